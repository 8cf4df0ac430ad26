#include "taskrepository.h"

#include "calendar/reminderrepository.h"
#include "calendar/repeatrule.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "deals/dealrepository.h"
#include "people/currentuser.h"

namespace {
const char kColumns[] =
    "t.id, t.title, t.description, COALESCE(t.client_id, 0), COALESCE(t.contact_id, 0), "
    "COALESCE(t.deal_id, 0), COALESCE(t.route_step_id, 0), COALESCE(t.stage_id, 0), t.required, "
    "t.status, t.priority, COALESCE(t.due_at, ''), t.all_day, t.repeat_rule, "
    "COALESCE(t.series_id, 0), t.author, t.executor, t.check_required, t.created_at, "
    "COALESCE(t.updated_at, ''), COALESCE(t.completed_at, ''), COALESCE(c.name, ''), "
    "TRIM(COALESCE(p.last_name || ' ' || p.first_name || ' ' || p.middle_name, '')), "
    "COALESCE(d.title, '')";
const char kJoins[] = "FROM tasks t LEFT JOIN clients c ON c.id = t.client_id "
                      "LEFT JOIN contact_persons p ON p.id = t.contact_id "
                      "LEFT JOIN deals d ON d.id = t.deal_id";

Task taskFrom(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.description = q.value(2).toString();
    t.clientId = q.value(3).toLongLong();
    t.contactId = q.value(4).toLongLong();
    t.dealId = q.value(5).toLongLong();
    t.routeStepId = q.value(6).toLongLong();
    t.stageId = q.value(7).toLongLong();
    t.required = q.value(8).toBool();
    t.status = q.value(9).toString();
    t.priority = q.value(10).toString();
    t.dueAt = q.value(11).toString();
    t.allDay = q.value(12).toBool();
    t.repeatRule = q.value(13).toString();
    t.seriesId = q.value(14).toLongLong();
    t.author = q.value(15).toString();
    t.executor = q.value(16).toString();
    t.checkRequired = q.value(17).toBool();
    t.createdAt = q.value(18).toString();
    t.updatedAt = q.value(19).toString();
    t.completedAt = q.value(20).toString();
    t.clientName = q.value(21).toString();
    t.contactName = q.value(22).toString().simplified();
    t.dealTitle = q.value(23).toString();
    return t;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QList<Task> readAll(QSqlQuery &q)
{
    QList<Task> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << taskFrom(q);
    return out;
}

// The bounds of today in `zone`, as the text the due column compares with.
struct DayBounds
{
    QString nowUtc;
    QString today;       // local date of an all-day due
    QString tomorrowUtc; // the first moment of tomorrow, UTC
};

DayBounds boundsAt(const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return {now.toUTC().toString(Qt::ISODate), today.toString(Qt::ISODate),
            QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODate)};
}

// The bucket of a row as SQL: 0 overdue, 1 today, 2 upcoming, 3 no date.
const char kBucket[] = "CASE WHEN t.due_at IS NULL THEN 3 WHEN t.all_day THEN "
                       "(CASE WHEN t.due_at < :today THEN 0 WHEN t.due_at = :today THEN 1 "
                       "ELSE 2 END) ELSE (CASE WHEN t.due_at < :now THEN 0 WHEN t.due_at < "
                       ":tomorrow THEN 1 ELSE 2 END) END";

const char kMine[] = "t.executor = :user AND t.status IN ('open', 'in_progress', 'returned')";
const char kAssigned[] = "t.author = :user AND t.executor <> :user AND t.status IN ('open', "
                         "'in_progress', 'returned', 'checking')";
const char kToCheck[] = "t.author = :user AND t.status = 'checking'";
} // namespace

TaskRepository::TaskRepository(const Database &db, QString user)
    : m_db(db), m_user(user.isEmpty() ? CurrentUser::loginName() : std::move(user))
{
}

const QStringList &TaskRepository::statuses()
{
    static const QStringList s = {QStringLiteral("open"),     QStringLiteral("in_progress"),
                                  QStringLiteral("checking"), QStringLiteral("returned"),
                                  QStringLiteral("done"),     QStringLiteral("cancelled")};
    return s;
}

const QStringList &TaskRepository::priorities()
{
    static const QStringList p = {QStringLiteral("low"), QStringLiteral("normal"),
                                  QStringLiteral("high")};
    return p;
}

QString TaskRepository::statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("checking"))
        return tr("To check");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString TaskRepository::priorityText(const QString &priority)
{
    if (priority == QLatin1String("low"))
        return tr("Low");
    if (priority == QLatin1String("high"))
        return tr("High");
    return tr("Normal");
}

QString TaskRepository::actionText(const QString &action)
{
    if (action == QLatin1String("created"))
        return tr("Created");
    if (action == QLatin1String("started"))
        return tr("Started");
    if (action == QLatin1String("done"))
        return tr("Done");
    if (action == QLatin1String("sent_for_check"))
        return tr("Sent for a check");
    if (action == QLatin1String("accepted"))
        return tr("Accepted");
    if (action == QLatin1String("returned"))
        return tr("Returned");
    if (action == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (action == QLatin1String("reopened"))
        return tr("Reopened");
    if (action == QLatin1String("edited"))
        return tr("Edited");
    return action;
}

bool TaskRepository::isUser(const QString &name) const
{
    return !name.isEmpty() && name.compare(m_user, Qt::CaseInsensitive) == 0;
}

bool TaskRepository::validate(Task &task, QString *error) const
{
    task.title = task.title.trimmed();
    if (task.title.isEmpty())
        return fail(error, tr("A task needs a title."));
    if (!priorities().contains(task.priority))
        return fail(error,
                    tr("The priority \"%1\" is not one of low, normal, high.").arg(task.priority));
    task.dueAt = task.dueAt.trimmed();
    if (!task.dueAt.isEmpty()) {
        if (task.allDay) {
            // An all-day task is due on a local date; a time given is dropped.
            QDate date = QDate::fromString(task.dueAt.left(10), Qt::ISODate);
            if (!date.isValid())
                return fail(
                    error,
                    tr("The due date \"%1\" is not a date such as 2026-12-31.").arg(task.dueAt));
            task.dueAt = date.toString(Qt::ISODate);
        } else {
            const QDateTime due = QDateTime::fromString(task.dueAt, Qt::ISODate);
            if (!due.isValid() || task.dueAt.size() <= 10)
                return fail(error,
                            tr("The due time \"%1\" is not a time such as 2026-12-31T10:00:00Z.")
                                .arg(task.dueAt));
            task.dueAt = due.toUTC().toString(Qt::ISODate);
        }
    }
    if (!task.repeatRule.trimmed().isEmpty()) {
        QString why;
        const std::optional<RepeatRule> rule = RepeatRule::fromRrule(task.repeatRule, &why);
        if (!rule)
            return fail(error, why);
        if (task.dueAt.isEmpty())
            return fail(error, tr("A repeating task needs a due date."));
        task.repeatRule = rule->toRrule();
    } else {
        task.repeatRule.clear();
    }
    task.author = task.author.simplified();
    task.executor = task.executor.simplified();
    return true;
}

bool TaskRepository::addHistory(qint64 id, const QString &action, const QString &from,
                                const QString &to, const QString &comment, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO task_history(task_id, at, actor, action, from_status, "
                             "to_status, comment) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(Sql::utcNow());
    q.addBindValue(Sql::text(m_user));
    q.addBindValue(action);
    q.addBindValue(Sql::nullIfEmpty(from));
    q.addBindValue(Sql::nullIfEmpty(to));
    q.addBindValue(Sql::text(comment));
    return Sql::exec(q, error);
}

bool TaskRepository::create(Task &task, QString *error)
{
    if (!validate(task, error))
        return false;
    if (task.author.isEmpty())
        task.author = m_user;
    if (task.executor.isEmpty())
        task.executor = task.author;
    if (!statuses().contains(task.status))
        task.status = QStringLiteral("open");
    task.createdAt = Sql::utcNow();
    task.updatedAt = task.createdAt;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tasks(title, description, client_id, contact_id, deal_id, route_step_id, "
        "stage_id, required, status, priority, due_at, all_day, repeat_rule, series_id, author, "
        "executor, check_required, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.title);
    q.addBindValue(Sql::text(task.description));
    q.addBindValue(Sql::idOrNull(task.clientId));
    q.addBindValue(Sql::idOrNull(task.contactId));
    q.addBindValue(Sql::idOrNull(task.dealId));
    q.addBindValue(Sql::idOrNull(task.routeStepId));
    q.addBindValue(Sql::idOrNull(task.stageId));
    q.addBindValue(task.required ? 1 : 0);
    q.addBindValue(task.status);
    q.addBindValue(task.priority);
    q.addBindValue(Sql::nullIfEmpty(task.dueAt));
    q.addBindValue(task.allDay ? 1 : 0);
    q.addBindValue(Sql::text(task.repeatRule));
    q.addBindValue(Sql::idOrNull(task.seriesId));
    q.addBindValue(Sql::text(task.author));
    q.addBindValue(Sql::text(task.executor));
    q.addBindValue(task.checkRequired ? 1 : 0);
    q.addBindValue(task.createdAt);
    q.addBindValue(task.updatedAt);
    if (!Sql::exec(q, error))
        return false;
    task.id = q.lastInsertId().toLongLong();
    // A repeating task is the first of its series.
    if (!task.repeatRule.isEmpty() && !task.seriesId) {
        task.seriesId = task.id;
        q.prepare(QStringLiteral("UPDATE tasks SET series_id = id WHERE id = ?"));
        q.addBindValue(task.id);
        if (!Sql::exec(q, error))
            return false;
    }
    if (!addHistory(task.id, QStringLiteral("created"), QString(), task.status, QString(), error))
        return false;
    return tx.commit(error);
}

bool TaskRepository::update(Task &task, QString *error)
{
    const std::optional<Task> old = load(task.id);
    if (!old)
        return fail(error, tr("There is no task with id %1.").arg(task.id));
    if (!validate(task, error))
        return false;
    if (task.author.isEmpty())
        task.author = old->author;
    if (task.executor.isEmpty())
        task.executor = task.author;
    task.updatedAt = Sql::utcNow();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tasks SET title = ?, description = ?, client_id = ?, contact_id = ?, deal_id = ?, "
        "priority = ?, due_at = ?, all_day = ?, repeat_rule = ?, series_id = ?, author = ?, "
        "executor = ?, check_required = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(task.title);
    q.addBindValue(Sql::text(task.description));
    q.addBindValue(Sql::idOrNull(task.clientId));
    q.addBindValue(Sql::idOrNull(task.contactId));
    q.addBindValue(Sql::idOrNull(task.dealId));
    q.addBindValue(task.priority);
    q.addBindValue(Sql::nullIfEmpty(task.dueAt));
    q.addBindValue(task.allDay ? 1 : 0);
    q.addBindValue(Sql::text(task.repeatRule));
    // A task that starts repeating starts its series.
    q.addBindValue(task.repeatRule.isEmpty() ? Sql::idOrNull(old->seriesId)
                                             : QVariant(old->seriesId ? old->seriesId : task.id));
    q.addBindValue(Sql::text(task.author));
    q.addBindValue(Sql::text(task.executor));
    q.addBindValue(task.checkRequired ? 1 : 0);
    q.addBindValue(task.updatedAt);
    q.addBindValue(task.id);
    if (!Sql::exec(q, error))
        return false;
    QString comment;
    if (old->executor != task.executor)
        comment = tr("executor: %1 → %2").arg(old->executor, task.executor);
    if (!addHistory(task.id, QStringLiteral("edited"), QString(), QString(), comment, error))
        return false;
    // A reminder before the due follows it.
    if (old->dueAt != task.dueAt && !ReminderRepository(m_db).refreshTask(task.id, error))
        return false;
    if (!tx.commit(error))
        return false;
    task = *load(task.id);
    return true;
}

std::optional<Task> TaskRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE t.id = ?")
                  .arg(QLatin1String(kColumns), QLatin1String(kJoins)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return taskFrom(q);
}

QList<TaskHistoryEntry> TaskRepository::history(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, actor, action, COALESCE(from_status, ''), "
                             "COALESCE(to_status, ''), comment FROM task_history WHERE task_id = "
                             "? ORDER BY id"));
    q.addBindValue(id);
    q.exec();
    QList<TaskHistoryEntry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

QList<Task> TaskRepository::forDeal(qint64 dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE t.deal_id = ? ORDER BY t.status IN "
                             "('done', 'cancelled'), t.due_at IS NULL, t.due_at, t.id")
                  .arg(QLatin1String(kColumns), QLatin1String(kJoins)));
    q.addBindValue(dealId);
    return readAll(q);
}

QList<Task> TaskRepository::forClient(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE t.client_id = ? ORDER BY t.status IN "
                             "('done', 'cancelled'), t.due_at IS NULL, t.due_at, t.id")
                  .arg(QLatin1String(kColumns), QLatin1String(kJoins)));
    q.addBindValue(clientId);
    return readAll(q);
}

std::optional<Task> TaskRepository::loadFor(qint64 id, QString *error) const
{
    std::optional<Task> task = load(id);
    if (!task)
        fail(error, tr("There is no task with id %1.").arg(id));
    return task;
}

bool TaskRepository::setStatus(const Task &task, const QString &to, const QString &action,
                               const QString &comment, QString *error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString now = Sql::utcNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE tasks SET status = ?, updated_at = ?, completed_at = CASE "
                             "WHEN ? IN ('done', 'cancelled') THEN ? ELSE NULL END WHERE id = ?"));
    q.addBindValue(to);
    q.addBindValue(now);
    q.addBindValue(to);
    q.addBindValue(now);
    q.addBindValue(task.id);
    if (!Sql::exec(q, error) || !addHistory(task.id, action, task.status, to, comment, error))
        return false;
    if (to == QLatin1String("done") && !afterDone(task, error))
        return false;
    return tx.commit(error);
}

bool TaskRepository::start(qint64 id, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (t->status != QLatin1String("open") && t->status != QLatin1String("returned"))
        return fail(error,
                    tr("The task \"%1\" is %2; only an open or returned task can be started.")
                        .arg(t->title, statusText(t->status).toLower()));
    if (!isUser(t->executor) && !isUser(t->author) && !t->executor.isEmpty())
        return fail(
            error,
            tr("Only %1, who does the task \"%2\", can start it.").arg(t->executor, t->title));
    return setStatus(*t, QStringLiteral("in_progress"), QStringLiteral("started"), QString(),
                     error);
}

bool TaskRepository::done(qint64 id, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (t->status == QLatin1String("checking"))
        return fail(error, tr("The task \"%1\" is waiting for %2's check; the author accepts or "
                              "returns it.")
                               .arg(t->title, t->author));
    if (t->isFinished())
        return fail(
            error,
            tr("The task \"%1\" is %2 already.").arg(t->title, statusText(t->status).toLower()));
    const bool byAuthor = isUser(t->author) || t->author.isEmpty();
    if (!byAuthor && !isUser(t->executor) && !t->executor.isEmpty())
        return fail(error, tr("Only %1, who does the task \"%2\", or its author %3 can mark it "
                              "done; you are %4.")
                               .arg(t->executor, t->title, t->author, m_user));
    // The author's own "done" needs nobody's check.
    const bool check =
        t->checkRequired && !byAuthor && t->executor.compare(t->author, Qt::CaseInsensitive) != 0;
    if (check)
        return setStatus(*t, QStringLiteral("checking"), QStringLiteral("sent_for_check"),
                         QString(), error);
    return setStatus(*t, QStringLiteral("done"), QStringLiteral("done"), QString(), error);
}

bool TaskRepository::accept(qint64 id, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (t->status != QLatin1String("checking"))
        return fail(error, tr("The task \"%1\" is not waiting for a check (it is %2).")
                               .arg(t->title, statusText(t->status).toLower()));
    if (!isUser(t->author) && !t->author.isEmpty())
        return fail(
            error,
            tr("Only %1, who gave the task \"%2\", can accept it.").arg(t->author, t->title));
    return setStatus(*t, QStringLiteral("done"), QStringLiteral("accepted"), QString(), error);
}

bool TaskRepository::returnTask(qint64 id, const QString &comment, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (t->status != QLatin1String("checking"))
        return fail(error, tr("The task \"%1\" is not waiting for a check (it is %2).")
                               .arg(t->title, statusText(t->status).toLower()));
    if (!isUser(t->author) && !t->author.isEmpty())
        return fail(
            error,
            tr("Only %1, who gave the task \"%2\", can return it.").arg(t->author, t->title));
    if (comment.trimmed().isEmpty())
        return fail(error,
                    tr("Say why the task \"%1\" goes back: a comment is required.").arg(t->title));
    return setStatus(*t, QStringLiteral("returned"), QStringLiteral("returned"), comment.trimmed(),
                     error);
}

bool TaskRepository::cancel(qint64 id, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (t->isFinished())
        return fail(
            error,
            tr("The task \"%1\" is %2 already.").arg(t->title, statusText(t->status).toLower()));
    if (!isUser(t->author) && !t->author.isEmpty())
        return fail(
            error,
            tr("Only %1, who gave the task \"%2\", can cancel it.").arg(t->author, t->title));
    return setStatus(*t, QStringLiteral("cancelled"), QStringLiteral("cancelled"), QString(),
                     error);
}

bool TaskRepository::reopen(qint64 id, QString *error)
{
    const std::optional<Task> t = loadFor(id, error);
    if (!t)
        return false;
    if (!t->isFinished())
        return fail(error, tr("The task \"%1\" is not done nor cancelled (it is %2).")
                               .arg(t->title, statusText(t->status).toLower()));
    if (!isUser(t->author) && !isUser(t->executor) && !t->author.isEmpty())
        return fail(
            error,
            tr("Only %1 or %2 can reopen the task \"%3\".").arg(t->author, t->executor, t->title));
    return setStatus(*t, QStringLiteral("open"), QStringLiteral("reopened"), QString(), error);
}

bool TaskRepository::afterDone(const Task &task, QString *error)
{
    if (task.dealId && !DealRepository(m_db, m_user).taskDone(task.id, error))
        return false;
    return createNextOccurrence(task, error);
}

bool TaskRepository::createNextOccurrence(const Task &task, QString *error)
{
    if (task.repeatRule.isEmpty() || task.dueAt.isEmpty())
        return true;
    const std::optional<RepeatRule> rule = RepeatRule::fromRrule(task.repeatRule, error);
    if (!rule)
        return false;
    // The series began at its first task's due; the next one follows the
    // occurrence just done, in local time so 09:00 stays 09:00.
    qint64 seriesId = task.seriesId ? task.seriesId : task.id;
    const std::optional<Task> first = load(seriesId);
    const QString firstDue = first && !first->dueAt.isEmpty() ? first->dueAt : task.dueAt;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto local = [&](const QString &due) {
        return task.allDay ? QDateTime(QDate::fromString(due, Qt::ISODate), QTime(0, 0), zone)
                           : QDateTime::fromString(due, Qt::ISODate).toTimeZone(zone);
    };
    const std::optional<QDateTime> next = rule->nextAfter(local(firstDue), local(task.dueAt));
    if (!next)
        return true; // the series has ended
    Task n;
    n.title = task.title;
    n.description = task.description;
    n.clientId = task.clientId;
    n.contactId = task.contactId;
    n.dealId = task.dealId;
    n.priority = task.priority;
    n.allDay = task.allDay;
    n.dueAt =
        task.allDay ? next->date().toString(Qt::ISODate) : next->toUTC().toString(Qt::ISODate);
    n.repeatRule = task.repeatRule;
    n.seriesId = seriesId;
    n.author = task.author;
    n.executor = task.executor;
    n.checkRequired = task.checkRequired;
    if (!create(n, error))
        return false;
    // The series' reminder, so long before its due, follows to the new
    // occurrence (read here: the repository hides a done task's reminder).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT offset_minutes FROM reminders WHERE task_id = ? AND "
                             "offset_minutes IS NOT NULL"));
    q.addBindValue(task.id);
    if (!q.exec() || !q.next())
        return true;
    const int offset = q.value(0).toInt();
    q.finish();
    return ReminderRepository(m_db).setForTask(n.id, ReminderSpec::before(offset),
                                               QDateTime::currentDateTimeUtc(), error);
}

TaskBucket TaskRepository::bucket(const Task &task, const QDateTime &now, const QTimeZone &zone)
{
    if (task.dueAt.isEmpty())
        return TaskBucket::NoDate;
    const DayBounds b = boundsAt(now, zone);
    if (task.allDay)
        return task.dueAt < b.today    ? TaskBucket::Overdue
               : task.dueAt == b.today ? TaskBucket::Today
                                       : TaskBucket::Upcoming;
    return task.dueAt < b.nowUtc        ? TaskBucket::Overdue
           : task.dueAt < b.tomorrowUtc ? TaskBucket::Today
                                        : TaskBucket::Upcoming;
}

QList<Task> TaskRepository::list(TaskView view, const QString &user, const QDateTime &now,
                                 const QTimeZone &zone, int limit) const
{
    const char *where = view == TaskView::Mine       ? kMine
                        : view == TaskView::Assigned ? kAssigned
                                                     : kToCheck;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY %4, t.due_at, t.id%5")
                  .arg(QLatin1String(kColumns), QLatin1String(kJoins), QLatin1String(where),
                       QLatin1String(kBucket),
                       limit > 0 ? QStringLiteral(" LIMIT :limit") : QString()));
    const DayBounds b = boundsAt(now, zone);
    q.bindValue(QStringLiteral(":user"), user);
    q.bindValue(QStringLiteral(":today"), b.today);
    q.bindValue(QStringLiteral(":now"), b.nowUtc);
    q.bindValue(QStringLiteral(":tomorrow"), b.tomorrowUtc);
    if (limit > 0)
        q.bindValue(QStringLiteral(":limit"), limit);
    return readAll(q);
}

TaskCounts TaskRepository::counts(const QString &user, const QDateTime &now,
                                  const QTimeZone &zone) const
{
    TaskCounts c;
    const DayBounds b = boundsAt(now, zone);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 AS bucket, COUNT(*) FROM tasks t WHERE %2 GROUP BY bucket")
                  .arg(QLatin1String(kBucket), QLatin1String(kMine)));
    q.bindValue(QStringLiteral(":user"), user);
    q.bindValue(QStringLiteral(":today"), b.today);
    q.bindValue(QStringLiteral(":now"), b.nowUtc);
    q.bindValue(QStringLiteral(":tomorrow"), b.tomorrowUtc);
    if (q.exec()) {
        while (q.next()) {
            const int n = q.value(1).toInt();
            switch (q.value(0).toInt()) {
            case 0:
                c.overdue = n;
                break;
            case 1:
                c.today = n;
                break;
            case 2:
                c.upcoming = n;
                break;
            default:
                c.noDate = n;
            }
        }
    }
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM tasks t WHERE %1), (SELECT COUNT(*) "
                             "FROM tasks t WHERE %2)")
                  .arg(QLatin1String(kAssigned), QLatin1String(kToCheck)));
    q.bindValue(QStringLiteral(":user"), user);
    if (q.exec() && q.next()) {
        c.assigned = q.value(0).toInt();
        c.toCheck = q.value(1).toInt();
    }
    return c;
}
