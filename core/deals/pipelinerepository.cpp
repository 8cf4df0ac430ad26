#include "pipelinerepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "lossreasonrepository.h"

#include <QHash>
#include <QSet>

namespace {
Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.probability = q.value(4).toInt();
    s.color = q.value(5).toString();
    return s;
}

const char kStageColumns[] = "id, pipeline_id, name, position, probability, color";
} // namespace

bool PipelineRepository::ensureDefaults(QString *error)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pipelines)")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toBool())
        return true;
    q.finish();
    Transaction tx(db);
    Pipeline p;
    p.name = tr("Sales");
    const QList<QPair<QString, int>> stages = {
        {tr("First contact"), 10}, {tr("Needs analysis"), 20}, {tr("Proposal"), 40},
        {tr("Negotiation"), 60},   {tr("Contract"), 80},       {tr("Payment"), 90},
        {tr("Shipment"), 95}};
    const QStringList colors = {QStringLiteral("#8fa8c8"), QStringLiteral("#7fb3d5"),
                                QStringLiteral("#76c7c0"), QStringLiteral("#a3c46c"),
                                QStringLiteral("#e3c567"), QStringLiteral("#eba35d"),
                                QStringLiteral("#d98c8c")};
    for (int i = 0; i < stages.size(); ++i) {
        Stage s;
        s.name = stages.at(i).first;
        s.probability = stages.at(i).second;
        s.color = colors.at(i);
        p.stages << s;
    }
    if (!save(p, error))
        return false;
    LossReasonRepository reasons(m_db);
    if (reasons.reasons(true).isEmpty()) {
        for (const QString &name : {tr("Price"), tr("Chose a competitor"), tr("No budget"),
                                    tr("No answer"), tr("Postponed"), tr("Other")})
            if (!reasons.add(name, error))
                return false;
    }
    return tx.commit(error);
}

QList<Pipeline> PipelineRepository::pipelines() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id FROM pipelines ORDER BY position, id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Pipeline> out;
    for (qint64 id : ids)
        if (auto p = pipeline(id))
            out << *p;
    return out;
}

std::optional<Pipeline> PipelineRepository::pipeline(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, position FROM pipelines WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Pipeline p;
    p.id = id;
    p.name = q.value(0).toString();
    p.position = q.value(1).toInt();
    q.prepare(QStringLiteral("SELECT %1 FROM stages WHERE pipeline_id = ? ORDER BY position, id")
                  .arg(QLatin1String(kStageColumns)));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        p.stages << stageFrom(q);
    return p;
}

std::optional<Pipeline> PipelineRepository::findPipeline(const QString &name) const
{
    for (const Pipeline &p : pipelines())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

std::optional<Stage> PipelineRepository::stage(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM stages WHERE id = ?").arg(QLatin1String(kStageColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return stageFrom(q);
}

std::optional<Stage> PipelineRepository::findStage(qint64 pipelineId, const QString &name) const
{
    const std::optional<Pipeline> p = pipeline(pipelineId);
    if (!p)
        return std::nullopt;
    // COLLATE NOCASE folds only ASCII: "переговоры" must find "Переговоры".
    for (const Stage &s : p->stages)
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool PipelineRepository::save(Pipeline &pipeline, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    pipeline.name = pipeline.name.trimmed();
    if (pipeline.name.isEmpty())
        return fail(tr("A pipeline needs a name."));
    if (pipeline.stages.isEmpty())
        return fail(tr("A pipeline needs at least one stage."));
    QSet<QString> names;
    for (Stage &s : pipeline.stages) {
        s.name = s.name.trimmed();
        if (s.name.isEmpty())
            return fail(tr("Every stage needs a name."));
        if (s.probability < 0 || s.probability > 100)
            return fail(tr("The probability of \"%1\" must be from 0 to 100.").arg(s.name));
        if (names.contains(s.name.toLower()))
            return fail(tr("Two stages are named \"%1\".").arg(s.name));
        names.insert(s.name.toLower());
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    if (pipeline.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO pipelines(name, position) VALUES "
                                 "(?, (SELECT COALESCE(MAX(position), -1) + 1 FROM pipelines))"));
        q.addBindValue(pipeline.name);
    } else {
        q.prepare(QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ?"));
        q.addBindValue(pipeline.name);
        q.addBindValue(pipeline.id);
    }
    if (!q.exec()) {
        return fail(q.lastError().nativeErrorCode() == QLatin1String("2067")
                        ? tr("There is a pipeline named \"%1\" already.").arg(pipeline.name)
                        : q.lastError().text());
    }
    if (pipeline.id == 0)
        pipeline.id = q.lastInsertId().toLongLong();

    // Stages left out go first, so that a renamed stage may take a freed name.
    QList<qint64> keep;
    for (const Stage &s : std::as_const(pipeline.stages))
        if (s.id)
            keep << s.id;
    q.prepare(QStringLiteral("SELECT s.id, s.name, EXISTS (SELECT 1 FROM deals d WHERE "
                             "d.stage_id = s.id) FROM stages s WHERE s.pipeline_id = ?"));
    q.addBindValue(pipeline.id);
    q.exec();
    QList<qint64> gone;
    while (q.next()) {
        if (keep.contains(q.value(0).toLongLong()))
            continue;
        if (q.value(2).toBool())
            return fail(
                tr("The stage \"%1\" has deals; move them first.").arg(q.value(1).toString()));
        gone << q.value(0).toLongLong();
    }
    for (qint64 id : gone) {
        q.prepare(QStringLiteral("DELETE FROM stages WHERE id = ?"));
        q.addBindValue(id);
        if (!Sql::exec(q, error))
            return false;
    }
    // Where each stage was, to know whether the order changed.
    QHash<qint64, int> oldPositions;
    q.prepare(QStringLiteral("SELECT id, position FROM stages WHERE pipeline_id = ?"));
    q.addBindValue(pipeline.id);
    if (!Sql::exec(q, error))
        return false;
    while (q.next())
        oldPositions.insert(q.value(0).toLongLong(), q.value(1).toInt());
    // Names are unique per pipeline: park the kept ones under their ids first.
    q.prepare(QStringLiteral("UPDATE stages SET name = char(1) || id WHERE pipeline_id = ?"));
    q.addBindValue(pipeline.id);
    if (!Sql::exec(q, error))
        return false;
    for (int i = 0; i < pipeline.stages.size(); ++i) {
        Stage &s = pipeline.stages[i];
        s.pipelineId = pipeline.id;
        s.position = i;
        if (s.id == 0)
            q.prepare(QStringLiteral("INSERT INTO stages(name, position, probability, color, "
                                     "pipeline_id) VALUES (?, ?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral("UPDATE stages SET name = ?, position = ?, probability = ?, "
                                     "color = ? WHERE pipeline_id = ? AND id = ?"));
        q.addBindValue(s.name);
        q.addBindValue(s.position);
        q.addBindValue(s.probability);
        q.addBindValue(Sql::text(s.color.trimmed()));
        q.addBindValue(pipeline.id);
        if (s.id)
            q.addBindValue(s.id);
        if (!Sql::exec(q, error))
            return false;
        if (s.id == 0)
            s.id = q.lastInsertId().toLongLong();
    }
    bool reordered = false;
    for (const Stage &s : pipeline.stages)
        reordered =
            reordered || (oldPositions.contains(s.id) && oldPositions.value(s.id) != s.position);
    // How far each deal got is kept as a position (for the funnel): count it again.
    if (reordered) {
        q.prepare(QStringLiteral(
            "UPDATE deals SET reached_position = MAX((SELECT position FROM stages WHERE id = "
            "deals.stage_id), COALESCE((SELECT MAX(s.position) FROM deal_stage_history h JOIN "
            "stages s ON s.id = h.stage_id WHERE h.deal_id = deals.id), 0)) WHERE pipeline_id = "
            "?"));
        q.addBindValue(pipeline.id);
        if (!Sql::exec(q, error))
            return false;
    }
    return tx.commit(error);
}

bool PipelineRepository::remove(qint64 pipelineId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals WHERE pipeline_id = ?)"));
    q.addBindValue(pipelineId);
    if (!Sql::exec(q, error))
        return false;
    if (q.next() && q.value(0).toBool()) {
        if (error)
            *error = tr("The pipeline has deals; move or delete them first.");
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM pipelines WHERE id = ?"));
    q.addBindValue(pipelineId);
    return Sql::exec(q, error);
}

QList<RouteStep> PipelineRepository::routeSteps(qint64 stageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, title, due_days, required FROM stage_route_steps "
                             "WHERE stage_id = ? ORDER BY position, id"));
    q.addBindValue(stageId);
    q.exec();
    QList<RouteStep> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), stageId, q.value(1).toString(), q.value(2).toInt(),
                    q.value(3).toBool()});
    return out;
}

bool PipelineRepository::setRouteSteps(qint64 stageId, QList<RouteStep> &steps, QString *error)
{
    for (const RouteStep &s : std::as_const(steps)) {
        if (s.title.trimmed().isEmpty() || s.dueDays < 0) {
            if (error)
                *error = tr("Every step needs a title and a due offset of 0 days or more.");
            return false;
        }
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    QList<qint64> keep;
    for (int i = 0; i < steps.size(); ++i) {
        RouteStep &s = steps[i];
        s.stageId = stageId;
        if (s.id == 0)
            q.prepare(QStringLiteral("INSERT INTO stage_route_steps(title, due_days, required, "
                                     "position, stage_id) VALUES (?, ?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral("UPDATE stage_route_steps SET title = ?, due_days = ?, "
                                     "required = ?, position = ? WHERE stage_id = ? AND id = ?"));
        q.addBindValue(s.title.trimmed());
        q.addBindValue(s.dueDays);
        q.addBindValue(s.required ? 1 : 0);
        q.addBindValue(i);
        q.addBindValue(stageId);
        if (s.id)
            q.addBindValue(s.id);
        if (!Sql::exec(q, error))
            return false;
        if (s.id == 0)
            s.id = q.lastInsertId().toLongLong();
        keep << s.id;
    }
    for (const RouteStep &old : routeSteps(stageId)) {
        if (keep.contains(old.id))
            continue;
        q.prepare(QStringLiteral("DELETE FROM stage_route_steps WHERE id = ?"));
        q.addBindValue(old.id);
        if (!Sql::exec(q, error))
            return false;
    }
    return tx.commit(error);
}
