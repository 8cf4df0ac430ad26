#include "demodeals.h"

#include "clients/searchtext.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "deals/lossreasonrepository.h"
#include "deals/pipelinerepository.h"
#include "deals/productrepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <random>

namespace {
QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

bool DemoDeals::generate(int count, qint64 firstClient, qint64 lastClient, quint64 seed,
                         QString *error)
{
    if (count <= 0 || lastClient < firstClient)
        return true;
    PipelineRepository pipelines(m_db);
    if (!pipelines.ensureDefaults(error))
        return false;
    const Pipeline pipeline = pipelines.pipelines().first();
    const QList<QPair<qint64, QString>> reasons = LossReasonRepository(m_db).reasons();

    // A small catalogue, made once.
    ProductRepository products(m_db);
    const QList<Product> catalogue = [&] {
        QList<Product> existing = products.products();
        if (!existing.isEmpty())
            return existing;
        const QList<Product> made = {
            {0, tr("Paper A4, 500 sheets"), QStringLiteral("P-A4-500"), tr("pack"), 35000, 20,
             false},
            {0, tr("Laser printer"), QStringLiteral("PR-L200"), tr("pcs"), 2490000, 20, false},
            {0, tr("Toner cartridge"), QStringLiteral("TC-200"), tr("pcs"), 450000, 20, false},
            {0, tr("Laptop 15\""), QStringLiteral("NB-15"), tr("pcs"), 8990000, 20, false},
            {0, tr("Monitor 27\""), QStringLiteral("MN-27"), tr("pcs"), 2790000, 20, false},
            {0, tr("Delivery"), QStringLiteral("SRV-DLV"), tr("trip"), 150000, -1, false},
            {0, tr("Installation"), QStringLiteral("SRV-INS"), tr("h"), 250000, 20, false},
            {0, tr("Service contract"), QStringLiteral("SRV-12M"), tr("month"), 1500000, 20,
             false}};
        QList<Product> saved;
        for (Product p : made)
            if (products.save(p, error))
                saved << p;
        return saved;
    }();
    if (catalogue.isEmpty())
        return false;
    const QStringList titles = {tr("Office equipment"), tr("Paper supply"),
                                tr("Service contract"), tr("New office"),
                                tr("Pilot project"),    tr("Annual supply"),
                                tr("Printer fleet"),    tr("Laptops for sales")};
    const QStringList sources = {tr("Website"),   tr("Exhibition"),  tr("Referral"),
                                 tr("Cold call"), tr("Advertising"), tr("Repeat customer")};
    const QStringList managers = {tr("Anna Smirnova"), tr("Ivan Petrov"), tr("Olga Kuznetsova")};
    const QStringList nextSteps = {tr("Call to confirm the needs"), tr("Send the proposal"),
                                   tr("Meeting at the client's office"),
                                   tr("Agree on the contract"), tr("Issue the invoice")};

    QSqlDatabase db = m_db.connection();
    BulkStatement insDeal(
        db, "INSERT INTO deals(client_id, title, search_key, pipeline_id, stage_id, status, kind, "
            "probability, amount, final_amount, currency, source, expected_close, responsible, "
            "loss_reason_id, stage_entered_at, created_at, updated_at, closed_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUB', ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insItem(db, "INSERT INTO deal_items(deal_id, product_id, name, sku, unit, "
                              "quantity, price, discount, vat_percent, position) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insStay(db, "INSERT INTO deal_stage_history(deal_id, stage_id, status, "
                              "entered_at, left_at, user, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkStatement insTask(db, "INSERT INTO tasks(title, client_id, deal_id, stage_id, status, "
                              "priority, due_at, author, executor, created_at) "
                              "VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)");
    for (const BulkStatement *s : {&insDeal, &insItem, &insStay, &insTask})
        if (!s->isValid()) {
            if (error)
                *error = s->error();
            return false;
        }
    auto fail = [error](const BulkStatement &s) {
        if (error)
            *error = s.error();
        return false;
    };

    std::mt19937_64 engine(seed ^ 0x6465616c73ULL);
    auto below = [&engine](qint64 n) { return qint64(engine() % quint64(std::max<qint64>(1, n))); };
    // Tasks draw from their own engine: the deals stay what they were for a seed.
    std::mt19937_64 taskEngine(seed ^ 0x7461736b73ULL);
    auto taskBelow = [&taskEngine](qint64 n) {
        return qint64(taskEngine() % quint64(std::max<qint64>(1, n)));
    };
    std::mt19937_64 closeEngine(seed ^ 0x636c6f7365ULL);
    QSqlQuery clientSource(db);
    clientSource.prepare(QStringLiteral("SELECT source FROM clients WHERE id = ?"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 day = 86400;
    const int stages = int(pipeline.stages.size());
    for (int n = 0; n < count; ++n) {
        const qint64 client = firstClient + below(lastClient - firstClient + 1);
        // Where the deal got to and how it ended: every stage and state appears,
        // fewer deals further on as in a real funnel (the lesser of two draws),
        // and a won deal went through every stage.
        const int furthest = int(std::min(below(stages), below(stages)));
        const int roll = int(below(100));
        // Of the closed ones, 30 in 55 are won.
        const QString status = roll < m_openPercent ? QStringLiteral("open")
                               : roll < m_openPercent + (100 - m_openPercent) * 6 / 11
                                   ? QStringLiteral("won")
                                   : QStringLiteral("lost");
        const int reached = status == QLatin1String("won") ? stages - 1 : furthest;
        const QString kind = roll % 10 < 7   ? QStringLiteral("manual")
                             : roll % 10 < 9 ? QStringLiteral("process")
                                             : QStringLiteral("simple");
        // Stays of 1-30 days each, the whole story inside the span (two years).
        QList<qint64> entered;
        qint64 t = 0;
        for (int s = 0; s <= reached; ++s) {
            entered << t;
            t += (1 + below(30)) * day + below(day);
        }
        const qint64 span = t;
        // A closed deal ended any time in the two years; an open one is still
        // in its stage, entered within the last few weeks (same draw either way).
        const qint64 offset = below(std::max<qint64>(1, m_spanDays * day - span));
        const qint64 start =
            now - span - (status == QLatin1String("open") ? offset % (21 * day) : offset);
        const qint64 closed = start + span;
        const Product &main = catalogue.at(int(below(catalogue.size())));
        const qint64 quantity = (1 + below(20)) * 1000;
        const qint64 amount = main.price * quantity / 1000;
        const Stage &stage = pipeline.stages.at(reached);
        const QString title = titles.at(int(below(titles.size())));
        insDeal.bind(1, client);
        insDeal.bind(2, title);
        insDeal.bind(3, SearchText::fold(title));
        insDeal.bind(4, pipeline.id);
        insDeal.bind(5, stage.id);
        insDeal.bind(6, status);
        insDeal.bind(7, kind);
        insDeal.bind(8, qint64(status == QLatin1String("won")    ? 100
                               : status == QLatin1String("lost") ? 0
                                                                 : stage.probability));
        insDeal.bind(9, amount);
        if (status == QLatin1String("won"))
            insDeal.bind(10, amount - amount * below(10) / 100);
        else
            insDeal.bindNull(10);
        // The deal came the way its client did, so that channels add up.
        const QString fallback = sources.at(int(below(sources.size())));
        clientSource.bindValue(0, client);
        const QString source = clientSource.exec() && clientSource.next()
                                   ? clientSource.value(0).toString()
                                   : QString();
        clientSource.finish();
        insDeal.bind(11, source.isEmpty() ? fallback : source);
        // A large base's open deals close over months, not all in the next one.
        const qint64 expected = m_closeSpreadDays > 0 && status == QLatin1String("open")
                                    ? now + qint64(closeEngine() % quint64(m_closeSpreadDays)) * day
                                    : closed + 30 * day;
        insDeal.bind(12,
                     QDateTime::fromSecsSinceEpoch(expected, Qt::UTC).date().toString(Qt::ISODate));
        insDeal.bind(13, managers.at(int(below(managers.size()))));
        if (status == QLatin1String("lost") && !reasons.isEmpty())
            insDeal.bind(14, reasons.at(int(below(reasons.size()))).first);
        else
            insDeal.bindNull(14);
        insDeal.bind(15, iso(start + entered.last()));
        insDeal.bind(16, iso(start));
        insDeal.bind(17, iso(status == QLatin1String("open") ? start + entered.last() : closed));
        if (status == QLatin1String("open"))
            insDeal.bindNull(18);
        else
            insDeal.bind(18, iso(closed));
        if (!insDeal.exec())
            return fail(insDeal);
        const qint64 dealId = insDeal.lastInsertId();

        const int lines = 1 + int(below(3));
        for (int i = 0; i < lines; ++i) {
            const Product &p = i == 0 ? main : catalogue.at(int(below(catalogue.size())));
            insItem.bind(1, dealId);
            insItem.bind(2, p.id);
            insItem.bind(3, p.name);
            insItem.bind(4, p.sku);
            insItem.bind(5, p.unit);
            insItem.bind(6, i == 0 ? quantity : (1 + below(5)) * 1000);
            insItem.bind(7, p.price);
            insItem.bind(8, below(4) == 0 ? qint64(500) : qint64(0));
            if (p.vatPercent < 0)
                insItem.bindNull(9);
            else
                insItem.bind(9, qint64(p.vatPercent));
            insItem.bind(10, qint64(i));
            if (!insItem.exec())
                return fail(insItem);
        }
        // A simple deal has only its start and its end.
        const QString user = managers.at(int(below(managers.size())));
        for (int s = 0; s <= reached; ++s) {
            if (kind == QLatin1String("simple") && s > 0)
                break;
            const bool last = s == reached || kind == QLatin1String("simple");
            insStay.bind(1, dealId);
            insStay.bind(2, pipeline.stages.at(s).id);
            insStay.bind(3, QStringLiteral("open"));
            insStay.bind(4, iso(start + entered.at(s)));
            if (last && status == QLatin1String("open"))
                insStay.bindNull(5);
            else
                insStay.bind(5, iso(last ? closed : start + entered.at(s + 1)));
            insStay.bind(6, user);
            insStay.bind(7, QString());
            if (!insStay.exec())
                return fail(insStay);
        }
        // The next step of about half of the open deals, due from a week ago to two weeks ahead.
        // (The default half keeps its one draw, so a seed gives the same tasks.)
        if (status == QLatin1String("open") &&
            (m_taskPercent == 50 ? taskBelow(2) == 0 : taskBelow(100) < m_taskPercent)) {
            const QDate due = QDate::currentDate().addDays(taskBelow(21) - 6);
            insTask.bind(1, nextSteps.at(int(taskBelow(nextSteps.size()))));
            insTask.bind(2, client);
            insTask.bind(3, dealId);
            insTask.bind(4, stage.id);
            insTask.bind(5, taskBelow(5) == 0 ? QStringLiteral("high") : QStringLiteral("normal"));
            insTask.bind(
                6, QDateTime(due, QTime(10 + int(taskBelow(8)), 0)).toUTC().toString(Qt::ISODate));
            insTask.bind(7, user);
            insTask.bind(8, user);
            insTask.bind(9, iso(start + entered.last()));
            if (!insTask.exec())
                return fail(insTask);
        }
        if (status != QLatin1String("open")) {
            insStay.bind(1, dealId);
            insStay.bind(2, stage.id);
            insStay.bind(3, status);
            insStay.bind(4, iso(closed));
            insStay.bindNull(5);
            insStay.bind(6, user);
            insStay.bind(7, QString());
            if (!insStay.exec())
                return fail(insStay);
        }
    }
    return true;
}
