#include "taskrepository.h"

#include "db/database.h"
#include "db/sql.h"

namespace {
const char kColumns[] = "id, title, description, COALESCE(client_id, 0), COALESCE(deal_id, 0), "
                        "COALESCE(route_step_id, 0), COALESCE(stage_id, 0), required, status, "
                        "priority, COALESCE(due_at, ''), author, executor, check_required, "
                        "created_at, COALESCE(completed_at, '')";

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.description = q.value(2).toString();
    t.clientId = q.value(3).toLongLong();
    t.dealId = q.value(4).toLongLong();
    t.routeStepId = q.value(5).toLongLong();
    t.stageId = q.value(6).toLongLong();
    t.required = q.value(7).toBool();
    t.status = q.value(8).toString();
    t.priority = q.value(9).toString();
    t.dueAt = q.value(10).toString();
    t.author = q.value(11).toString();
    t.executor = q.value(12).toString();
    t.checkRequired = q.value(13).toBool();
    t.createdAt = q.value(14).toString();
    t.completedAt = q.value(15).toString();
    return t;
}

} // namespace

bool TaskRepository::create(Task &task, QString *error)
{
    task.title = task.title.trimmed();
    if (task.title.isEmpty()) {
        if (error)
            *error = tr("A task needs a title.");
        return false;
    }
    task.createdAt = Sql::utcNow();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tasks(title, description, client_id, deal_id, route_step_id, stage_id, "
        "required, status, priority, due_at, author, executor, check_required, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.title);
    q.addBindValue(Sql::text(task.description));
    q.addBindValue(Sql::idOrNull(task.clientId));
    q.addBindValue(Sql::idOrNull(task.dealId));
    q.addBindValue(Sql::idOrNull(task.routeStepId));
    q.addBindValue(Sql::idOrNull(task.stageId));
    q.addBindValue(task.required ? 1 : 0);
    q.addBindValue(task.status);
    q.addBindValue(task.priority);
    q.addBindValue(Sql::nullIfEmpty(task.dueAt));
    q.addBindValue(Sql::text(task.author));
    q.addBindValue(Sql::text(task.executor));
    q.addBindValue(task.checkRequired ? 1 : 0);
    q.addBindValue(task.createdAt);
    if (!Sql::exec(q, error))
        return false;
    task.id = q.lastInsertId().toLongLong();
    return true;
}

std::optional<Task> TaskRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return taskFrom(q);
}

QList<Task> TaskRepository::forDeal(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE deal_id = ? ORDER BY status IN "
                             "('done', 'cancelled'), due_at IS NULL, due_at, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(dealId);
    q.exec();
    QList<Task> out;
    while (q.next())
        out << taskFrom(q);
    return out;
}

bool TaskRepository::setStatus(qint64 id, const QString &status, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tasks SET status = ?, completed_at = CASE WHEN ? IN "
                             "('done', 'cancelled') THEN ? ELSE NULL END WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(status);
    q.addBindValue(Sql::utcNow());
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no task with id %1.").arg(id);
        return false;
    }
    return true;
}
