#include "reminderscheduler.h"

#include "clock.h"
#include "reminderrepository.h"

#include <algorithm>

ReminderScheduler::ReminderScheduler(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
    qRegisterMetaType<Reminder>();
    qRegisterMetaType<QList<Reminder>>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::checkNow);
}

void ReminderScheduler::start()
{
    ReminderRepository reminders(m_db);
    const QDateTime now = m_clock.now();
    QList<Reminder> shown = reminders.open();
    QString error;
    // Whatever is due at start came due while nobody was there to tell.
    const QList<Reminder> missed = reminders.fireDue(now, now.addMSecs(1), &error);
    if (!error.isEmpty())
        Q_EMIT failed(error);
    shown += missed;
    if (!shown.isEmpty())
        Q_EMIT remindersDue(shown);
    reschedule();
}

void ReminderScheduler::checkNow()
{
    QString error;
    const QList<Reminder> fired = ReminderRepository(m_db).fireDue(m_clock.now(), {}, &error);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        // A locked or failing database: try again in a minute, not at once.
        m_wakeAt = m_clock.now().addSecs(60);
        m_timer.start(std::chrono::minutes(1));
        return;
    }
    if (!fired.isEmpty())
        Q_EMIT remindersDue(fired);
    reschedule();
}

void ReminderScheduler::reschedule()
{
    m_timer.stop();
    const std::optional<QDateTime> next = ReminderRepository(m_db).nextDue();
    if (!next) {
        m_wakeAt = {};
        return;
    }
    const QDateTime now = m_clock.now();
    const qint64 ms = std::clamp<qint64>(now.msecsTo(*next), 0, MaxSleepMs);
    m_wakeAt = now.addMSecs(ms);
    m_timer.start(std::chrono::milliseconds(ms));
}
