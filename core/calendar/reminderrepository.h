#pragma once

#include "reminder.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// The reminders of tasks and events; one per task or event. The state is
// written before the user is told, so a reminder fires once whatever the
// clock does: pending -> fired -> dismissed, or snoozed to fire once more.
class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)

public:
    explicit ReminderRepository(const Database &db) : m_db(db) {}

    // Sets (replaces) the reminder; the due time is the first occurrence
    // starting at `now` or later, less the offset.
    bool setForTask(qint64 taskId, const ReminderSpec &spec, const QDateTime &now,
                    QString *error = nullptr);
    bool setForEvent(qint64 eventId, const ReminderSpec &spec, const QDateTime &now,
                     QString *error = nullptr);
    bool clearForTask(qint64 taskId, QString *error = nullptr);
    bool clearForEvent(qint64 eventId, QString *error = nullptr);
    std::optional<Reminder> forTask(qint64 taskId) const;
    std::optional<Reminder> forEvent(qint64 eventId) const;
    std::optional<Reminder> load(qint64 id) const;

    // After the task's due time or the event's start changed: the due time
    // follows; one moved into the future goes off again.
    bool refreshTask(qint64 taskId, QString *error = nullptr);
    bool refreshEvent(qint64 eventId, QString *error = nullptr);

    // Pending or snoozed, due at `at` or before, not yet told; and the fired
    // ones not dismissed. Read only. Pending ones due over a minute before
    // `at` are marked missed: nobody was there to tell.
    QList<Reminder> due(const QDateTime &at) const;
    // The fired ones the user has not dismissed yet.
    QList<Reminder> open() const;
    // When the next pending or snoozed reminder is due.
    std::optional<QDateTime> nextDue() const;

    // Marks what is due at `now` fired (missed when it was due before
    // `missedBefore`) and returns exactly those: a second call returns none.
    QList<Reminder> fireDue(const QDateTime &now, const QDateTime &missedBefore,
                            QString *error = nullptr);
    bool snooze(qint64 id, const QDateTime &until, QString *error = nullptr);
    // A repeating event's reminder moves on to the next occurrence.
    bool dismiss(qint64 id, const QDateTime &now, QString *error = nullptr);

private:
    bool set(const QString &column, qint64 targetId, const ReminderSpec &spec, const QDateTime &now,
             QString *error);
    bool refresh(const QString &column, qint64 targetId, QString *error);
    // The start of the target's first occurrence at `after` or later (for a
    // single event or a task: its start or due time, whenever it is).
    std::optional<QDateTime> targetStart(qint64 taskId, qint64 eventId,
                                         const QDateTime &after) const;
    QList<Reminder> select(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};
