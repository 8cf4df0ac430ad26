#include "reminderrepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "eventrepository.h"
#include "zonedtime.h"

namespace {
constexpr int kMissedGraceSecs = 60;

Reminder::State stateFrom(const QString &text)
{
    if (text == QLatin1String("fired"))
        return Reminder::State::Fired;
    if (text == QLatin1String("snoozed"))
        return Reminder::State::Snoozed;
    if (text == QLatin1String("dismissed"))
        return Reminder::State::Dismissed;
    return Reminder::State::Pending;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(ZonedTime::utcText(t)) : nullText();
}

QDateTime dueFor(const ReminderSpec &spec, const QDateTime &start)
{
    return spec.isOffset ? start.addSecs(-qint64(spec.offsetMinutes) * 60) : spec.at;
}
} // namespace

QString Reminder::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Fired:
        return QStringLiteral("fired");
    case State::Snoozed:
        return QStringLiteral("snoozed");
    case State::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<QDateTime> ReminderRepository::targetStart(qint64 taskId, qint64 eventId,
                                                         const QDateTime &after) const
{
    if (taskId) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT due_at, all_day FROM tasks WHERE id = ?"));
        q.addBindValue(taskId);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            return std::nullopt;
        const QString due = q.value(0).toString();
        if (q.value(1).toBool() || due.size() == 10) // an all-day task: the day's start
            return ZonedTime::fromLocal(QDate::fromString(due.left(10), Qt::ISODate), QTime(0, 0),
                                        QTimeZone::systemTimeZone())
                .toUTC();
        return ZonedTime::fromUtcText(due);
    }
    const std::optional<Event> e = EventRepository(m_db).load(eventId);
    if (!e)
        return std::nullopt;
    const QDateTime first =
        e->allDay ? ZonedTime::fromLocal(e->startDate, QTime(0, 0), QTimeZone::systemTimeZone())
                  : e->start;
    if (e->repeat.isNone())
        return first.toUTC();
    // The next occurrence not deleted; a moved one by its new start.
    QDateTime from = after.addDays(e->allDay ? -1 : 0);
    for (int round = 0; round < 100; ++round) {
        const QList<QDateTime> next =
            e->repeat.occurrences(e->seriesStart(), from, QDateTime(), 20);
        if (next.isEmpty())
            return std::nullopt;
        for (const QDateTime &o : next) {
            QDateTime start = o;
            bool cancelled = false;
            for (const EventException &x : e->exceptions)
                if (x.originalStart == o) {
                    cancelled = x.cancelled;
                    start = x.start;
                }
            if (e->allDay && !cancelled)
                start =
                    ZonedTime::fromLocal(start.date(), QTime(0, 0), QTimeZone::systemTimeZone());
            if (!cancelled && start >= after)
                return start.toUTC();
        }
        from = next.last().addSecs(1);
    }
    return std::nullopt;
}

bool ReminderRepository::set(const QString &column, qint64 targetId, const ReminderSpec &spec,
                             const QDateTime &now, QString *error)
{
    if (spec.isOffset && spec.offsetMinutes < 0) {
        if (error)
            *error = tr("A reminder goes off before the start, not %n minute(s) after it.", nullptr,
                        -spec.offsetMinutes);
        return false;
    }
    if (!spec.isOffset && !spec.at.isValid()) {
        if (error)
            *error = tr("A reminder at an exact time needs a valid time.");
        return false;
    }
    const bool task = column == QLatin1String("task_id");
    const std::optional<QDateTime> start =
        targetStart(task ? targetId : 0, task ? 0 : targetId, now);
    if (spec.isOffset && !start) {
        if (error)
            *error = task ? tr("The task %1 has no due time to remind before.").arg(targetId)
                          : tr("The event %1 has no occurrence to remind of.").arg(targetId);
        return false;
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reminders WHERE %1 = ?").arg(column));
    q.addBindValue(targetId);
    if (!Sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO reminders(%1, offset_minutes, remind_at, due_at, "
                             "occurrence_start, state) VALUES (?, ?, ?, ?, ?, 'pending')")
                  .arg(column));
    q.addBindValue(targetId);
    q.addBindValue(spec.isOffset ? QVariant(spec.offsetMinutes)
                                 : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(spec.isOffset ? nullText() : QVariant(ZonedTime::utcText(spec.at)));
    q.addBindValue(ZonedTime::utcText(dueFor(spec, start.value_or(spec.at))));
    q.addBindValue(start ? timeOrNull(*start) : nullText());
    if (!q.exec()) {
        if (error)
            *error = task ? tr("There is no task %1.").arg(targetId)
                          : tr("There is no event %1.").arg(targetId);
        return false;
    }
    return tx.commit(error);
}

bool ReminderRepository::setForTask(qint64 taskId, const ReminderSpec &spec, const QDateTime &now,
                                    QString *error)
{
    return set(QStringLiteral("task_id"), taskId, spec, now, error);
}

bool ReminderRepository::setForEvent(qint64 eventId, const ReminderSpec &spec, const QDateTime &now,
                                     QString *error)
{
    return set(QStringLiteral("event_id"), eventId, spec, now, error);
}

bool ReminderRepository::clearForTask(qint64 taskId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reminders WHERE task_id = ?"));
    q.addBindValue(taskId);
    return Sql::exec(q, error);
}

bool ReminderRepository::clearForEvent(qint64 eventId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reminders WHERE event_id = ?"));
    q.addBindValue(eventId);
    return Sql::exec(q, error);
}

QList<Reminder> ReminderRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Reminder> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.id, COALESCE(r.task_id, 0), COALESCE(r.event_id, 0), r.offset_minutes, "
                  "r.remind_at, r.due_at, r.occurrence_start, r.state, r.fired_at, r.missed, "
                  "COALESCE(t.title, e.title), COALESCE(t.all_day, e.all_day) FROM reminders r "
                  "LEFT JOIN tasks t ON t.id = r.task_id LEFT JOIN events e ON e.id = r.event_id "
                  "WHERE (r.task_id IS NULL OR t.status NOT IN ('done', 'cancelled')) AND %1 "
                  "ORDER BY r.due_at, r.id")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        Reminder r;
        r.id = q.value(0).toLongLong();
        r.taskId = q.value(1).toLongLong();
        r.eventId = q.value(2).toLongLong();
        r.spec = q.value(3).isNull()
                     ? ReminderSpec::exactly(ZonedTime::fromUtcText(q.value(4).toString()))
                     : ReminderSpec::before(q.value(3).toInt());
        r.dueAt = ZonedTime::fromUtcText(q.value(5).toString());
        r.occurrenceStart = ZonedTime::fromUtcText(q.value(6).toString());
        r.state = stateFrom(q.value(7).toString());
        r.firedAt = ZonedTime::fromUtcText(q.value(8).toString());
        r.missed = q.value(9).toBool();
        r.title = q.value(10).toString();
        r.allDay = q.value(11).toBool();
        out.append(r);
    }
    return out;
}

std::optional<Reminder> ReminderRepository::forTask(qint64 taskId) const
{
    const QList<Reminder> r = select(QStringLiteral("r.task_id = ?"), {taskId});
    return r.isEmpty() ? std::nullopt : std::optional<Reminder>(r.first());
}

std::optional<Reminder> ReminderRepository::forEvent(qint64 eventId) const
{
    const QList<Reminder> r = select(QStringLiteral("r.event_id = ?"), {eventId});
    return r.isEmpty() ? std::nullopt : std::optional<Reminder>(r.first());
}

std::optional<Reminder> ReminderRepository::load(qint64 id) const
{
    const QList<Reminder> r = select(QStringLiteral("r.id = ?"), {id});
    return r.isEmpty() ? std::nullopt : std::optional<Reminder>(r.first());
}

bool ReminderRepository::refresh(const QString &column, qint64 targetId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, offset_minutes, remind_at, due_at, state, "
                             "occurrence_start FROM reminders WHERE %1 = ?")
                  .arg(column));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return true; // no reminder: nothing to follow
    const qint64 id = q.value(0).toLongLong();
    const ReminderSpec spec =
        q.value(1).isNull() ? ReminderSpec::exactly(ZonedTime::fromUtcText(q.value(2).toString()))
                            : ReminderSpec::before(q.value(1).toInt());
    const QDateTime oldDue = ZonedTime::fromUtcText(q.value(3).toString());
    const QString state = q.value(4).toString();
    const QDateTime occurrence = ZonedTime::fromUtcText(q.value(5).toString());
    q.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool task = column == QLatin1String("task_id");
    // A series' reminder stays on its occurrence, or the next one if that went.
    const std::optional<QDateTime> start = targetStart(task ? targetId : 0, task ? 0 : targetId,
                                                       occurrence.isValid() ? occurrence : now);
    if (!start && spec.isOffset)
        return clearForTask(task ? targetId : -1, error) &&
               clearForEvent(task ? -1 : targetId, error);
    const QDateTime due = dueFor(spec, start.value_or(spec.at));
    if (due == oldDue)
        return true;
    // Moved to a time still to come: it goes off (again) then.
    const bool again = due > now && state != QLatin1String("snoozed");
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE reminders SET due_at = ?, occurrence_start = ?, "
                             "state = CASE WHEN ? THEN 'pending' ELSE state END, "
                             "missed = CASE WHEN ? THEN 0 ELSE missed END WHERE id = ?"));
    u.addBindValue(ZonedTime::utcText(due));
    u.addBindValue(start ? timeOrNull(*start) : nullText());
    u.addBindValue(again ? 1 : 0);
    u.addBindValue(again ? 1 : 0);
    u.addBindValue(id);
    return Sql::exec(u, error);
}

bool ReminderRepository::refreshTask(qint64 taskId, QString *error)
{
    return refresh(QStringLiteral("task_id"), taskId, error);
}

bool ReminderRepository::refreshEvent(qint64 eventId, QString *error)
{
    return refresh(QStringLiteral("event_id"), eventId, error);
}

QList<Reminder> ReminderRepository::due(const QDateTime &at) const
{
    QList<Reminder> out = select(QStringLiteral("r.state IN ('pending', 'snoozed') AND r.due_at "
                                                "<= ?"),
                                 {ZonedTime::utcText(at)});
    for (Reminder &r : out)
        r.missed = r.dueAt.secsTo(at) > kMissedGraceSecs;
    QList<Reminder> told = open();
    return told + out;
}

QList<Reminder> ReminderRepository::open() const
{
    return select(QStringLiteral("r.state = 'fired'"), {});
}

std::optional<QDateTime> ReminderRepository::nextDue() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT MIN(r.due_at) FROM reminders r LEFT JOIN tasks t ON t.id = r.task_id "
        "WHERE r.state IN ('pending', 'snoozed') "
        "AND (r.task_id IS NULL OR t.status NOT IN ('done', 'cancelled'))"));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return ZonedTime::fromUtcText(q.value(0).toString());
}

QList<Reminder> ReminderRepository::fireDue(const QDateTime &now, const QDateTime &missedBefore,
                                            QString *error)
{
    Transaction tx(m_db.connection());
    QList<Reminder> due = select(QStringLiteral("r.state IN ('pending', 'snoozed') AND r.due_at "
                                                "<= ?"),
                                 {ZonedTime::utcText(now)});
    if (due.isEmpty())
        return due;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reminders SET state = 'fired', fired_at = ?, missed = ? "
                             "WHERE id = ? AND state IN ('pending', 'snoozed')"));
    for (Reminder &r : due) {
        r.state = Reminder::State::Fired;
        r.firedAt = now;
        r.missed = missedBefore.isValid() && r.dueAt < missedBefore;
        q.addBindValue(ZonedTime::utcText(now));
        q.addBindValue(r.missed ? 1 : 0);
        q.addBindValue(r.id);
        if (!Sql::exec(q, error))
            return {};
    }
    if (!tx.commit(error))
        return {};
    return due;
}

bool ReminderRepository::snooze(qint64 id, const QDateTime &until, QString *error)
{
    if (!until.isValid()) {
        if (error)
            *error = tr("Snoozing needs a valid time.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reminders SET state = 'snoozed', due_at = ?, missed = 0 "
                             "WHERE id = ?"));
    q.addBindValue(ZonedTime::utcText(until));
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no reminder %1.").arg(id);
        return false;
    }
    return true;
}

bool ReminderRepository::dismiss(qint64 id, const QDateTime &now, QString *error)
{
    const std::optional<Reminder> r = load(id);
    if (!r) {
        if (error)
            *error = tr("There is no reminder %1.").arg(id);
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (r->eventId && r->spec.isOffset && r->occurrenceStart.isValid()) {
        // A series: the reminder waits for the next occurrence.
        const QDateTime after = std::max(r->occurrenceStart.addSecs(1), now);
        const std::optional<QDateTime> next = targetStart(0, r->eventId, after);
        if (next && *next > r->occurrenceStart) {
            q.prepare(QStringLiteral("UPDATE reminders SET state = 'pending', due_at = ?, "
                                     "occurrence_start = ?, missed = 0, fired_at = NULL "
                                     "WHERE id = ?"));
            q.addBindValue(ZonedTime::utcText(dueFor(r->spec, *next)));
            q.addBindValue(ZonedTime::utcText(*next));
            q.addBindValue(id);
            return Sql::exec(q, error);
        }
    }
    q.prepare(QStringLiteral("UPDATE reminders SET state = 'dismissed' WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, error);
}
