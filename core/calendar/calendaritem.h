#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// One thing the calendar shows in a range: an occurrence of an event, a task
// with a due time or date, a contact person's birthday, a deal's expected
// close. Timed items have UTC start and end; all-day ones local dates.
struct CalendarItem
{
    enum class Kind
    {
        Event,
        Task,
        Birthday,
        DealClose
    };
    enum KindFlag
    {
        Events = 0x1,
        Tasks = 0x2,
        Birthdays = 0x4,
        DealCloses = 0x8,
        AllKinds = Events | Tasks | Birthdays | DealCloses
    };

    Kind kind = Kind::Event;
    qint64 id = 0; // of the event, task, contact person or deal
    QString title;
    bool allDay = false;
    QDateTime start; // UTC, timed items
    QDateTime end;
    QDate startDate; // all-day items
    QDate endDate;   // exclusive
    // A repeating event's occurrence: the start the rule gives it, which
    // names it for moving, deleting or exporting (RECURRENCE-ID).
    QDateTime originalStart;
    bool repeating = false;
    bool moved = false; // an occurrence moved away from where its rule puts it
    QString location;
    QString status; // tasks: open, in_progress, checking, returned, done; deals: open
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    // Expected closes counted per day: how many deals (the item names one
    // deal only when this is 1).
    int count = 1;

    // By start, all-day items of a day before its timed ones; each key is
    // computed once, so ten thousand items sort in a few milliseconds.
    static void sortByStart(QList<CalendarItem> &items);
    static QString kindName(Kind kind);
};
// Moved in memory as bytes when a list grows: its members allow it.
Q_DECLARE_TYPEINFO(CalendarItem, Q_RELOCATABLE_TYPE);
