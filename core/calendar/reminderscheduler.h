#pragma once

#include "reminder.h"

#include <QList>
#include <QObject>
#include <QTimer>

class Clock;
class Database;

// Sleeps on one single-shot timer until the next due reminder, then marks
// what is due fired and says so once. The database decides what is due, so a
// wall-clock jump neither loses nor repeats a reminder: a wake that comes
// early (the clock went back) fires nothing and sleeps again, a late one
// fires what is due. Callers invoke reschedule() after every change of
// tasks, events or reminders, and checkNow() on resume from suspend.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // A timer cannot see the wall clock: this long at most, so that a clock
    // changed while asleep is noticed within it.
    static constexpr qint64 MaxSleepMs = 60 * 60 * 1000;

    ReminderScheduler(const Database &db, const Clock &clock, QObject *parent = nullptr);

    // Reports the reminders still open from the last run and those that came
    // due while the program was closed (marked missed), then sleeps.
    void start();
    bool isSleeping() const { return m_timer.isActive(); }
    // When the timer is set to wake, in the clock's time; invalid: no reminder pending.
    QDateTime wakeAt() const { return m_wakeAt; }

public Q_SLOTS:
    void reschedule();
    void checkNow();

Q_SIGNALS:
    void remindersDue(const QList<Reminder> &reminders);
    void failed(const QString &error);

private:
    const Database &m_db;
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_wakeAt;
};
