#include "dealrepository.h"

#include "clients/searchtext.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "people/currentuser.h"
#include "people/personrepository.h"
#include "pipelinerepository.h"
#include "tasks/taskrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {
// Whether the filter narrows the open deals by their manager at most: what
// the triggers' totals can answer.
bool byResponsibleAtMost(const DealFilter &f)
{
    return f.text.trimmed().isEmpty() && !f.matched && !f.only && f.source.isEmpty() &&
           !f.createdFrom.isValid() && !f.createdTo.isValid() && f.minAmount < 0 &&
           f.maxAmount < 0 && f.clientTag.isEmpty() && f.clientId == 0;
}

const char kDealColumns[] =
    "d.id, d.client_id, c.name, COALESCE(d.contact_id, 0), d.title, d.pipeline_id, p.name, "
    "d.stage_id, s.name, d.status, d.kind, d.probability, d.amount, COALESCE(d.final_amount, 0), "
    "d.currency, COALESCE(d.budget, -1), d.interest, d.needs, d.source, "
    "COALESCE(d.expected_close, ''), d.responsible, d.notes, COALESCE(d.loss_reason_id, 0), "
    "COALESCE(r.name, ''), d.loss_comment, d.stage_entered_at, d.created_at, d.updated_at, "
    "COALESCE(d.closed_at, '')";
const char kDealJoins[] = "FROM deals d JOIN clients c ON c.id = d.client_id "
                          "JOIN pipelines p ON p.id = d.pipeline_id "
                          "JOIN stages s ON s.id = d.stage_id "
                          "LEFT JOIN loss_reasons r ON r.id = d.loss_reason_id";

Deal dealFrom(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.clientId = q.value(1).toLongLong();
    d.clientName = q.value(2).toString();
    d.contactId = q.value(3).toLongLong();
    d.title = q.value(4).toString();
    d.pipelineId = q.value(5).toLongLong();
    d.pipelineName = q.value(6).toString();
    d.stageId = q.value(7).toLongLong();
    d.stageName = q.value(8).toString();
    Deal::statusFromString(q.value(9).toString(), &d.status);
    Deal::kindFromString(q.value(10).toString(), &d.kind);
    d.probability = q.value(11).toInt();
    d.amount = q.value(12).toLongLong();
    d.finalAmount = q.value(13).toLongLong();
    d.currency = q.value(14).toString();
    d.budget = q.value(15).toLongLong();
    d.interest = q.value(16).toString();
    d.needs = q.value(17).toString();
    d.source = q.value(18).toString();
    d.expectedClose = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    d.responsible = q.value(20).toString();
    d.notes = q.value(21).toString();
    d.lossReasonId = q.value(22).toLongLong();
    d.lossReason = q.value(23).toString();
    d.lossComment = q.value(24).toString();
    d.stageEnteredAt = q.value(25).toString();
    d.createdAt = q.value(26).toString();
    d.updatedAt = q.value(27).toString();
    d.closedAt = q.value(28).toString();
    return d;
}

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a << id;
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The pattern of LIKE for `text` folded, with LIKE's own wildcards escaped.
QString likePattern(const QString &text)
{
    QString escaped = SearchText::fold(text.trimmed());
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Words of the title or of the client's name. The clients matching are
// found once per statement (a list, not a join per deal).
const char kTextTerm[] =
    "(d.search_key LIKE ? ESCAPE '\\' OR d.client_id IN (SELECT id FROM clients WHERE name_key "
    "LIKE ? ESCAPE '\\'))";

// How a filter's terms may use indexes. A term written `+d.column` is checked
// on each row instead of choosing an index (in SQLite and PostgreSQL alike).
struct FilterPlan
{
    // Status and pipeline checked per row: reading every deal in table order
    // is cheaper than jumping to each row an index names, when most match.
    bool scanRows = false;
    // The amount range checked per row: a board column then walks its stage
    // in order instead of sorting every deal in the range.
    bool walkAmounts = false;
};

// The WHERE terms of a filter over `deals d`, with their values.
QString filterSql(const DealFilter &f, QVariantList *values, FilterPlan plan = {})
{
    QStringList terms{QStringLiteral("1")};
    const QString plus = plan.scanRows ? QStringLiteral("+") : QString();
    const QString amountPlus = plan.walkAmounts ? QStringLiteral("+") : QString();
    auto add = [&](const QString &term, const QVariant &value) {
        terms << term;
        values->append(value);
    };
    if (f.pipelineId)
        add(plus + QStringLiteral("d.pipeline_id = ?"), f.pipelineId);
    if (f.status)
        add(plus + QStringLiteral("d.status = ?"), Deal::statusToString(*f.status));
    if (f.clientId)
        add(QStringLiteral("d.client_id = ?"), f.clientId);
    if (!f.responsible.isEmpty())
        add(QStringLiteral("d.responsible = ?"), f.responsible);
    if (!f.source.isEmpty())
        add(QStringLiteral("d.source = ?"), f.source);
    if (f.createdFrom.isValid())
        add(QStringLiteral("d.created_at >= ?"), f.createdFrom.toString(Qt::ISODate));
    if (f.createdTo.isValid())
        add(QStringLiteral("d.created_at < ?"), f.createdTo.addDays(1).toString(Qt::ISODate));
    if (f.minAmount >= 0)
        add(amountPlus + QStringLiteral("d.amount >= ?"), f.minAmount);
    if (f.maxAmount >= 0)
        add(amountPlus + QStringLiteral("d.amount <= ?"), f.maxAmount);
    if (!f.clientTag.isEmpty())
        add(QStringLiteral("d.client_id IN (SELECT ct.client_id FROM client_tags ct JOIN tags t "
                           "ON t.id = ct.tag_id WHERE t.name = ?)"),
            f.clientTag);
    if (f.only) {
        terms << QStringLiteral("d.id IN (SELECT value FROM json_each(?))");
        values->append(jsonIds(*f.only));
    }
    if (f.matched) {
        terms << QStringLiteral("d.id IN (SELECT value FROM json_each(?))");
        values->append(jsonIds(*f.matched));
    } else if (!SearchText::fold(f.text.trimmed()).isEmpty()) {
        terms << QLatin1String(kTextTerm);
        values->append(likePattern(f.text));
        values->append(likePattern(f.text));
    }
    return terms.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

DealRepository::DealRepository(const Database &db, QString user) : m_db(db), m_user(std::move(user))
{
    if (m_user.isEmpty())
        m_user = CurrentUser::loginName();
}

std::optional<Deal> DealRepository::load(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE d.id = ?")
                  .arg(QLatin1String(kDealColumns), QLatin1String(kDealJoins)));
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = tr("There is no deal with id %1.").arg(id);
        return std::nullopt;
    }
    Deal d = dealFrom(q);
    q.prepare(QStringLiteral("SELECT id, COALESCE(product_id, 0), name, sku, unit, quantity, "
                             "price, discount, COALESCE(vat_percent, -1) FROM deal_items "
                             "WHERE deal_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        DealItem i;
        i.id = q.value(0).toLongLong();
        i.productId = q.value(1).toLongLong();
        i.name = q.value(2).toString();
        i.sku = q.value(3).toString();
        i.unit = q.value(4).toString();
        i.quantity = q.value(5).toLongLong();
        i.price = q.value(6).toLongLong();
        i.discount = q.value(7).toInt();
        i.vatPercent = q.value(8).toInt();
        d.items << i;
    }
    return d;
}

namespace {
// What create() and update() both check.
QString invalidDeal(const Deal &d)
{
    if (d.title.trimmed().isEmpty())
        return DealRepository::tr("A deal needs a title.");
    if (d.clientId == 0)
        return DealRepository::tr("A deal needs a client.");
    if (d.probability > 100)
        return DealRepository::tr("The probability must be from 0 to 100.");
    if (d.amount < 0 || d.budget < -1)
        return DealRepository::tr("Amounts must not be negative.");
    if (d.currency.size() != 3)
        return DealRepository::tr("The currency must be a three-letter code such as RUB.");
    for (const DealItem &i : d.items) {
        if (i.name.trimmed().isEmpty())
            return DealRepository::tr("Every line item needs a product name.");
        if (i.quantity <= 0 || i.price < 0 || i.discount < 0 || i.discount > 10000 ||
            i.vatPercent > 100)
            return DealRepository::tr("Line \"%1\": the quantity must be above 0, the price "
                                      "not negative, the discount and VAT from 0 to 100 %.")
                .arg(i.name);
    }
    return {};
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool DealRepository::create(Deal &deal, QString *error)
{
    PipelineRepository pipelines(m_db);
    // The default pipeline is the first one.
    const std::optional<Pipeline> pipeline =
        deal.pipelineId ? pipelines.pipeline(deal.pipelineId) : pipelines.pipelines().value(0);
    if (!deal.pipelineId && pipeline->id == 0)
        return fail(error, tr("There is no pipeline; add one in the settings."));
    if (!pipeline)
        return fail(error, tr("There is no pipeline with id %1.").arg(deal.pipelineId));
    deal.pipelineId = pipeline->id;
    if (deal.stageId == 0)
        deal.stageId = pipeline->stages.first().id;
    const auto stage = std::find_if(pipeline->stages.begin(), pipeline->stages.end(),
                                    [&](const Stage &s) { return s.id == deal.stageId; });
    if (stage == pipeline->stages.end())
        return fail(error, tr("The stage is not one of the pipeline \"%1\".").arg(pipeline->name));
    if (deal.probability < 0)
        deal.probability = stage->probability;
    if (const QString why = invalidDeal(deal); !why.isEmpty())
        return fail(error, why);

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString now = Sql::utcNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO deals(client_id, contact_id, title, search_key, pipeline_id, stage_id, "
        "status, kind, probability, amount, currency, budget, interest, needs, source, "
        "expected_close, responsible, notes, stage_entered_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(deal.clientId);
    q.addBindValue(Sql::idOrNull(deal.contactId));
    q.addBindValue(deal.title.trimmed());
    q.addBindValue(SearchText::fold(deal.title));
    q.addBindValue(deal.pipelineId);
    q.addBindValue(deal.stageId);
    q.addBindValue(Deal::kindToString(deal.kind));
    q.addBindValue(deal.probability);
    q.addBindValue(deal.amount);
    q.addBindValue(deal.currency);
    q.addBindValue(deal.budget >= 0 ? QVariant(deal.budget)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::text(deal.interest));
    q.addBindValue(Sql::text(deal.needs));
    q.addBindValue(Sql::text(deal.source.trimmed()));
    q.addBindValue(Sql::nullIfEmpty(deal.expectedClose.toString(Qt::ISODate)));
    q.addBindValue(Sql::text(deal.responsible.trimmed()));
    q.addBindValue(Sql::text(deal.notes));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(error, q.lastError().nativeErrorCode() == QLatin1String("787")
                               ? tr("There is no client with id %1.").arg(deal.clientId)
                               : q.lastError().text());
    deal.id = q.lastInsertId().toLongLong();
    deal.status = Deal::Status::Open;
    deal.stageEnteredAt = now;
    deal.createdAt = now;
    deal.updatedAt = now;
    if (!writeItems(deal, error) || !enterStage(deal, deal.stageId, now, QString(), error))
        return false;
    return tx.commit(error);
}

bool DealRepository::update(Deal &deal, QString *error)
{
    if (const QString why = invalidDeal(deal); !why.isEmpty())
        return fail(error, why);
    if (deal.probability < 0)
        return fail(error, tr("The probability must be from 0 to 100."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    const QString now = Sql::utcNow();
    q.prepare(QStringLiteral(
        "UPDATE deals SET client_id = ?, contact_id = ?, title = ?, search_key = ?, kind = ?, "
        "probability = ?, amount = ?, currency = ?, budget = ?, interest = ?, needs = ?, "
        "source = ?, expected_close = ?, responsible = ?, notes = ?, loss_comment = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(deal.clientId);
    q.addBindValue(Sql::idOrNull(deal.contactId));
    q.addBindValue(deal.title.trimmed());
    q.addBindValue(SearchText::fold(deal.title));
    q.addBindValue(Deal::kindToString(deal.kind));
    q.addBindValue(deal.probability);
    q.addBindValue(deal.amount);
    q.addBindValue(deal.currency);
    q.addBindValue(deal.budget >= 0 ? QVariant(deal.budget)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::text(deal.interest));
    q.addBindValue(Sql::text(deal.needs));
    q.addBindValue(Sql::text(deal.source.trimmed()));
    q.addBindValue(Sql::nullIfEmpty(deal.expectedClose.toString(Qt::ISODate)));
    q.addBindValue(Sql::text(deal.responsible.trimmed()));
    q.addBindValue(Sql::text(deal.notes));
    q.addBindValue(Sql::text(deal.lossComment));
    q.addBindValue(now);
    q.addBindValue(deal.id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, tr("There is no deal with id %1.").arg(deal.id));
    deal.updatedAt = now;
    if (!writeItems(deal, error))
        return false;
    return tx.commit(error);
}

bool DealRepository::writeItems(Deal &deal, QString *error)
{
    // Line items are few: written anew, in the order of the card.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM deal_items WHERE deal_id = ?"));
    q.addBindValue(deal.id);
    if (!Sql::exec(q, error))
        return false;
    for (int i = 0; i < deal.items.size(); ++i) {
        DealItem &item = deal.items[i];
        q.prepare(QStringLiteral("INSERT INTO deal_items(deal_id, product_id, name, sku, unit, "
                                 "quantity, price, discount, vat_percent, position) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(deal.id);
        q.addBindValue(Sql::idOrNull(item.productId));
        q.addBindValue(item.name.trimmed());
        q.addBindValue(Sql::text(item.sku.trimmed()));
        q.addBindValue(Sql::text(item.unit.trimmed()));
        q.addBindValue(item.quantity);
        q.addBindValue(item.price);
        q.addBindValue(item.discount);
        q.addBindValue(item.vatPercent < 0 ? QVariant(QMetaType(QMetaType::Int))
                                           : QVariant(item.vatPercent));
        q.addBindValue(i);
        if (!Sql::exec(q, error))
            return false;
        item.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool DealRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM deals WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool DealRepository::enterStage(const Deal &deal, qint64 stageId, const QString &now,
                                const QString &reason, QString *error)
{
    QSqlQuery q(m_db.connection());
    // A simple deal records only its start and its end.
    const bool record = deal.kind != Deal::Kind::Simple || !hasHistory(deal.id);
    if (record) {
        q.prepare(QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, status, "
                                 "entered_at, user, reason) VALUES (?, ?, 'open', ?, ?, ?)"));
        q.addBindValue(deal.id);
        q.addBindValue(stageId);
        q.addBindValue(now);
        q.addBindValue(Sql::text(m_user));
        q.addBindValue(Sql::text(reason));
        if (!Sql::exec(q, error))
            return false;
    }
    if (deal.kind != Deal::Kind::Process)
        return true;
    // The stage's route: its tasks, due so many days from now.
    TaskRepository tasks(m_db, m_user);
    const QDateTime entered = QDateTime::fromString(now, Qt::ISODate);
    for (const RouteStep &step : PipelineRepository(m_db).routeSteps(stageId)) {
        Task t;
        t.title = step.title;
        t.clientId = deal.clientId;
        t.dealId = deal.id;
        t.routeStepId = step.id;
        t.stageId = stageId;
        t.required = step.required;
        t.dueAt = entered.addDays(step.dueDays).toString(Qt::ISODate);
        t.author = m_user;
        t.executor = deal.responsible.isEmpty() ? m_user : deal.responsible;
        if (!tasks.create(t, error))
            return false;
    }
    return true;
}

bool DealRepository::hasHistory(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deal_stage_history WHERE deal_id = ?)"));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool DealRepository::closeStay(qint64 id, const QString &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE deal_stage_history SET left_at = ? WHERE deal_id = ? AND "
                             "left_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(id);
    return Sql::exec(q, error);
}

QStringList DealRepository::openRequiredTasks(qint64 id, qint64 stageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT title FROM tasks WHERE deal_id = ? AND stage_id = ? AND "
                             "required = 1 AND status NOT IN ('done', 'cancelled') ORDER BY id"));
    q.addBindValue(id);
    q.addBindValue(stageId);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList DealRepository::blockingTasks(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, stage_id FROM deals WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("process"))
        return {};
    const qint64 stageId = q.value(1).toLongLong();
    q.finish();
    return openRequiredTasks(id, stageId);
}

bool DealRepository::move(qint64 id, qint64 stageId, const QString &reason, QString *error)
{
    std::optional<Deal> deal = load(id, error);
    if (!deal)
        return false;
    if (deal->status != Deal::Status::Open)
        return fail(error, tr("The deal \"%1\" is closed; reopen it first.").arg(deal->title));
    const std::optional<Stage> stage = PipelineRepository(m_db).stage(stageId);
    if (!stage || stage->pipelineId != deal->pipelineId)
        return fail(error,
                    tr("The stage is not one of the pipeline \"%1\".").arg(deal->pipelineName));
    if (stageId == deal->stageId)
        return true;
    if (deal->kind == Deal::Kind::Process && reason.trimmed().isEmpty()) {
        const QStringList open = openRequiredTasks(id, deal->stageId);
        if (!open.isEmpty())
            return fail(error, tr("The required tasks of \"%1\" are not done (%2); give a reason "
                                  "to move the deal by hand.")
                                   .arg(deal->stageName, open.join(QStringLiteral(", "))));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString now = Sql::utcNow();
    QSqlQuery q(db);
    // The route tasks of the stage left behind no longer apply; their
    // history says why they were cancelled.
    q.prepare(QStringLiteral("INSERT INTO task_history(task_id, at, actor, action, from_status, "
                             "to_status, comment) SELECT id, ?, ?, 'cancelled', status, "
                             "'cancelled', ? FROM tasks WHERE deal_id = ? AND stage_id = ? AND "
                             "route_step_id IS NOT NULL AND status NOT IN ('done', 'cancelled')"));
    q.addBindValue(now);
    q.addBindValue(Sql::text(m_user));
    q.addBindValue(tr("the deal moved to \"%1\"").arg(stage->name));
    q.addBindValue(id);
    q.addBindValue(deal->stageId);
    if (!Sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("UPDATE tasks SET status = 'cancelled', completed_at = ?, "
                             "updated_at = ? WHERE deal_id = ? AND stage_id = ? AND route_step_id "
                             "IS NOT NULL AND status NOT IN ('done', 'cancelled')"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(deal->stageId);
    if (!Sql::exec(q, error))
        return false;
    if (deal->kind != Deal::Kind::Simple && !closeStay(id, now, error))
        return false;
    q.prepare(QStringLiteral("UPDATE deals SET stage_id = ?, stage_entered_at = ?, probability = "
                             "?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stageId);
    q.addBindValue(now);
    q.addBindValue(stage->probability);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !enterStage(*deal, stageId, now, reason.trimmed(), error))
        return false;
    return tx.commit(error);
}

bool DealRepository::close(const Deal &deal, Deal::Status status, qint64 finalAmount,
                           qint64 lossReasonId, const QString &comment, const QString &reason,
                           QString *error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString now = Sql::utcNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE deals SET status = ?, final_amount = ?, loss_reason_id = ?, "
                             "loss_comment = ?, probability = ?, closed_at = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(Deal::statusToString(status));
    q.addBindValue(status == Deal::Status::Won ? QVariant(finalAmount)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::idOrNull(lossReasonId));
    q.addBindValue(Sql::text(comment));
    q.addBindValue(status == Deal::Status::Won ? 100 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(deal.id);
    if (!Sql::exec(q, error) || !closeStay(deal.id, now, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, status, "
                             "entered_at, user, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(deal.id);
    q.addBindValue(deal.stageId);
    q.addBindValue(Deal::statusToString(status));
    q.addBindValue(now);
    q.addBindValue(Sql::text(m_user));
    q.addBindValue(Sql::text(reason));
    if (!Sql::exec(q, error))
        return false;
    return tx.commit(error);
}

bool DealRepository::win(qint64 id, std::optional<qint64> finalAmount, QString *error)
{
    const std::optional<Deal> deal = load(id, error);
    if (!deal)
        return false;
    if (deal->status != Deal::Status::Open)
        return fail(error, tr("The deal \"%1\" is closed already.").arg(deal->title));
    if (finalAmount && *finalAmount < 0)
        return fail(error, tr("Amounts must not be negative."));
    return close(*deal, Deal::Status::Won, finalAmount.value_or(deal->amount), 0, QString(),
                 QString(), error);
}

bool DealRepository::lose(qint64 id, qint64 lossReasonId, const QString &comment, QString *error)
{
    const std::optional<Deal> deal = load(id, error);
    if (!deal)
        return false;
    if (deal->status != Deal::Status::Open)
        return fail(error, tr("The deal \"%1\" is closed already.").arg(deal->title));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM loss_reasons WHERE id = ?"));
    q.addBindValue(lossReasonId);
    if (!q.exec() || !q.next())
        return fail(error, tr("A lost deal needs a loss reason."));
    const QString reason = q.value(0).toString();
    q.finish();
    return close(*deal, Deal::Status::Lost, 0, lossReasonId, comment.trimmed(),
                 comment.trimmed().isEmpty() ? reason
                                             : reason + QStringLiteral(": ") + comment.trimmed(),
                 error);
}

bool DealRepository::reopen(qint64 id, QString *error)
{
    std::optional<Deal> deal = load(id, error);
    if (!deal)
        return false;
    if (deal->status == Deal::Status::Open)
        return fail(error, tr("The deal \"%1\" is open already.").arg(deal->title));
    const std::optional<Stage> stage = PipelineRepository(m_db).stage(deal->stageId);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString now = Sql::utcNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE deals SET status = 'open', final_amount = NULL, "
                             "loss_reason_id = NULL, loss_comment = '', closed_at = NULL, "
                             "probability = ?, stage_entered_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stage ? stage->probability : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !closeStay(id, now, error))
        return false;
    // Recorded whatever the kind: a reopening is part of the deal's end.
    q.prepare(QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, status, "
                             "entered_at, user, reason) VALUES (?, ?, 'open', ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(deal->stageId);
    q.addBindValue(now);
    q.addBindValue(Sql::text(m_user));
    q.addBindValue(tr("Reopened"));
    if (!Sql::exec(q, error))
        return false;
    return tx.commit(error);
}

bool DealRepository::completeTask(qint64 taskId, QString *error)
{
    // One path for every "done": the task's workflow, which calls taskDone().
    return TaskRepository(m_db, m_user).done(taskId, error);
}

bool DealRepository::taskDone(qint64 taskId, QString *error)
{
    const std::optional<Task> task = TaskRepository(m_db, m_user).load(taskId);
    if (!task)
        return fail(error, tr("There is no task with id %1.").arg(taskId));
    if (!task->dealId || !task->required)
        return true;
    const std::optional<Deal> deal = load(task->dealId, error);
    if (!deal)
        return false;
    // The last required task of a process deal's stage moves it on.
    if (deal->kind == Deal::Kind::Process && deal->status == Deal::Status::Open &&
        deal->stageId == task->stageId && openRequiredTasks(deal->id, deal->stageId).isEmpty()) {
        const std::optional<Pipeline> p = PipelineRepository(m_db).pipeline(deal->pipelineId);
        for (int i = 0; p && i + 1 < p->stages.size(); ++i)
            if (p->stages.at(i).id == deal->stageId)
                return move(deal->id, p->stages.at(i + 1).id, QString(), error);
    }
    return true;
}

QList<StageStay> DealRepository::history(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.stage_id, s.name, h.status, h.entered_at, "
                             "COALESCE(h.left_at, ''), h.user, h.reason FROM deal_stage_history "
                             "h JOIN stages s ON s.id = h.stage_id WHERE h.deal_id = ? "
                             "ORDER BY h.entered_at, h.id"));
    q.addBindValue(id);
    q.exec();
    QList<StageStay> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()});
    return out;
}

QList<Deal> DealRepository::forClient(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE d.client_id = ? ORDER BY d.status <> 'open', "
                             "d.created_at DESC, d.id DESC")
                  .arg(QLatin1String(kDealColumns), QLatin1String(kDealJoins)));
    q.addBindValue(clientId);
    q.exec();
    QList<Deal> out;
    while (q.next())
        out << dealFrom(q);
    return out;
}

QList<DealCard> DealRepository::column(qint64 stageId, const DealFilter &filter,
                                       const std::optional<DealCardKey> &after, int limit) const
{
    FilterPlan plan;
    if ((filter.minAmount >= 0 || filter.maxAmount >= 0) && filter.pipelineId) {
        // An amount range: the stage's deals in the range, from deals_totals,
        // sorted; or the stage walked in order, skipping the rest. Walking
        // reads about limit / share rows, sorting share × all: counted on the
        // index first (no row read), the cheaper way is taken.
        QSqlQuery count(m_db.connection());
        count.prepare(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN amount BETWEEN ? AND ? "
                           "THEN 1 ELSE 0 END), 0) "
                           "FROM deals WHERE status = 'open' AND pipeline_id = ? AND "
                           "stage_id = ?"));
        count.addBindValue(std::max<qint64>(0, filter.minAmount));
        count.addBindValue(filter.maxAmount >= 0 ? filter.maxAmount
                                                 : std::numeric_limits<qint64>::max());
        count.addBindValue(filter.pipelineId);
        count.addBindValue(stageId);
        if (count.exec() && count.next()) {
            const double all = count.value(0).toDouble();
            const double inRange = count.value(1).toDouble();
            plan.walkAmounts = inRange * inRange > double(limit) * all;
        }
    }
    QVariantList values{stageId};
    QString sql = QStringLiteral(
        "SELECT d.id, d.client_id, c.name, d.title, d.amount, d.currency, d.probability, "
        "d.kind, d.stage_entered_at, "
        "(SELECT t.title || char(1) || COALESCE(t.due_at, '') FROM tasks t WHERE t.deal_id = d.id "
        "AND t.status IN ('open', 'returned') ORDER BY t.due_at IS NULL, t.due_at, t.id LIMIT 1) "
        "FROM deals d JOIN clients c ON c.id = d.client_id "
        "WHERE d.status = 'open' AND d.stage_id = ? AND ");
    sql += filterSql(filter, &values, plan);
    if (after) {
        sql += QStringLiteral(" AND (d.stage_entered_at, d.id) > (?, ?)");
        values << after->stageEnteredAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY d.stage_entered_at, d.id LIMIT ?");
    values << limit;
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    bindAll(q, values);
    q.exec();
    QList<DealCard> out;
    while (q.next()) {
        DealCard c;
        c.id = q.value(0).toLongLong();
        c.clientId = q.value(1).toLongLong();
        c.clientName = q.value(2).toString();
        c.title = q.value(3).toString();
        c.amount = q.value(4).toLongLong();
        c.currency = q.value(5).toString();
        c.probability = q.value(6).toInt();
        c.kind = q.value(7).toString();
        c.stageEnteredAt = q.value(8).toString();
        const QStringList task = q.value(9).toString().split(QChar(1));
        if (task.size() == 2) {
            c.nextTaskTitle = task.at(0);
            c.nextTaskDue = task.at(1);
        }
        out << c;
    }
    return out;
}

QList<StageTotals> DealRepository::totals(qint64 pipelineId, const DealFilter &filter) const
{
    DealFilter f = filter;
    f.pipelineId = pipelineId;
    f.status = Deal::Status::Open;
    QSqlQuery q(m_db.connection());
    if (byResponsibleAtMost(f)) {
        // The whole board, or one manager's, is in the open deals' totals kept
        // by triggers (schema 8): a few rows, where counting read every open
        // deal (100 ms for 450,000).
        const bool one = !f.responsible.isEmpty();
        q.prepare(QStringLiteral("SELECT t.stage_id, SUM(t.count), SUM(t.amount), "
                                 "SUM(t.weighted) / 100 FROM deal_open_totals t JOIN stages s "
                                 "ON s.id = t.stage_id WHERE s.pipeline_id = ? %1 "
                                 "GROUP BY t.stage_id HAVING SUM(t.count) > 0")
                      .arg(one ? QStringLiteral("AND t.responsible = ?") : QString()));
        q.addBindValue(pipelineId);
        if (one)
            q.addBindValue(f.responsible);
    } else {
        QVariantList values;
        // Words to look for are read from every row: in table order, not by index.
        FilterPlan plan;
        plan.scanRows = !f.matched && !f.text.trimmed().isEmpty();
        const QString where = filterSql(f, &values, plan);
        q.prepare(QStringLiteral("SELECT d.stage_id, COUNT(*), SUM(d.amount), "
                                 "SUM(d.amount * d.probability / 100) FROM deals d WHERE %1 "
                                 "GROUP BY d.stage_id")
                      .arg(where));
        bindAll(q, values);
    }
    q.exec();
    QList<StageTotals> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

QList<qint64> DealRepository::ids(const DealFilter &filter, DealSort sort, bool descending,
                                  int limit) const
{
    QVariantList values;
    // Every row is read to be sorted anyway: in table order, not by index.
    FilterPlan plan;
    plan.scanRows = true;
    const QString where = filterSql(filter, &values, plan);
    QString order;
    switch (sort) {
    case DealSort::Title:
        order = QStringLiteral("d.search_key");
        break;
    case DealSort::Client:
        order = QStringLiteral("c.name_key");
        break;
    case DealSort::Stage:
        order = QStringLiteral("(SELECT position FROM stages WHERE id = d.stage_id)");
        break;
    case DealSort::Amount:
        order = QStringLiteral("d.amount");
        break;
    case DealSort::Probability:
        order = QStringLiteral("d.probability");
        break;
    case DealSort::ExpectedClose:
        order = QStringLiteral("d.expected_close");
        break;
    case DealSort::Status:
        order = QStringLiteral("d.status");
        break;
    case DealSort::Created:
        order = QStringLiteral("d.created_at");
        break;
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The clients are joined only to sort by their names.
    q.prepare(QStringLiteral("SELECT d.id FROM deals d %1 WHERE %2 ORDER BY %3%4, d.id%4 LIMIT ?")
                  .arg(sort == DealSort::Client ? QStringLiteral("JOIN clients c ON c.id = "
                                                                 "d.client_id")
                                                : QString(),
                       where, order, dir));
    values << (limit > 0 ? limit : -1);
    bindAll(q, values);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

QList<Deal> DealRepository::rows(const QList<qint64> &ids) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE d.id IN (SELECT value FROM json_each(?))")
                  .arg(QLatin1String(kDealColumns), QLatin1String(kDealJoins)));
    q.addBindValue(jsonIds(ids));
    q.exec();
    QHash<qint64, Deal> byId;
    while (q.next()) {
        Deal d = dealFrom(q);
        byId.insert(d.id, d);
    }
    QList<Deal> out;
    for (qint64 id : ids)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

namespace {
// Distinct non-empty values of a deals column, for a filter's list.
QStringList distinctValues(const QSqlDatabase &db, const char *column)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT DISTINCT %1 FROM deals WHERE %1 <> '' ORDER BY %1 LIMIT 500")
               .arg(QLatin1String(column)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

QStringList DealRepository::responsibles() const
{
    // The directory's active people first, then any other name deals carry.
    QStringList out = PersonRepository(m_db).activeNames();
    for (const QString &name : distinctValues(m_db.connection(), "responsible"))
        if (!out.contains(name, Qt::CaseInsensitive))
            out << name;
    return out;
}

QStringList DealRepository::sources() const
{
    return distinctValues(m_db.connection(), "source");
}

bool DealRepository::matchText(DealFilter &filter, int limit) const
{
    if (filter.matched || SearchText::fold(filter.text.trimmed()).isEmpty())
        return false;
    DealFilter f;
    f.pipelineId = filter.pipelineId;
    f.status = filter.status;
    f.text = filter.text;
    QVariantList values;
    FilterPlan plan;
    plan.scanRows = true;
    const QString where = filterSql(f, &values, plan);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id FROM deals d WHERE %1 LIMIT ?").arg(where));
    bindAll(q, values);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() > limit)
        return false;
    filter.matched = ids;
    return true;
}

int DealRepository::openCount() const
{
    QSqlQuery q(m_db.connection());
    // The open deals' totals kept by triggers (schema 8): no deal is read.
    q.exec(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM deal_open_totals"));
    return q.next() ? q.value(0).toInt() : 0;
}
