#pragma once

#include "repeatrule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One occurrence of a repeating event moved or deleted, named by the start
// the rule gives it (RECURRENCE-ID): a UTC time, or the local date when all-day.
struct EventException
{
    QDateTime originalStart;
    bool cancelled = false;
    QDateTime start; // moved: the new start and end (UTC; all-day: the date at 00:00 UTC)
    QDateTime end;
    bool operator==(const EventException &) const = default;
};

// A calendar event. Timed events keep UTC start and end and the zone they
// were planned in (their repeat rule runs in its wall-clock time); all-day
// events keep local dates, the end exclusive, in startDate/endDate.
struct Event
{
    qint64 id = 0;
    QString uid; // iCalendar UID; made on create when empty
    QString title;
    QString description;
    QString location;
    bool allDay = false;
    QDateTime start; // UTC, timed events
    QDateTime end;
    QDate startDate;  // all-day events
    QDate endDate;    // exclusive
    QString timeZone; // IANA id; empty: the system's
    RepeatRule repeat;
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    QList<qint64> attendees; // contact persons
    QList<EventException> exceptions;
    QString createdAt;
    QString updatedAt;

    // The start as the rule expands it: in the event's zone, or the date at
    // 00:00 UTC for an all-day event.
    QDateTime seriesStart() const;
    // Seconds from an occurrence's start to its end.
    qint64 duration() const;
};
