#pragma once

#include "reminderspec.h"

#include <QDateTime>
#include <QString>

// A reminder of a task or an event, with what the reminder window shows.
struct Reminder
{
    enum class State
    {
        Pending,
        Fired,
        Snoozed,
        Dismissed
    };

    qint64 id = 0;
    qint64 taskId = 0;
    qint64 eventId = 0;
    ReminderSpec spec;
    QDateTime dueAt;           // UTC: when it goes (or went) off
    QDateTime occurrenceStart; // the start (due time) it reminds of
    State state = State::Pending;
    QDateTime firedAt;
    bool missed = false; // came due while the program was closed
    QString title;       // of the task or event
    bool allDay = false;

    static QString stateName(State state);
};
Q_DECLARE_METATYPE(Reminder)
