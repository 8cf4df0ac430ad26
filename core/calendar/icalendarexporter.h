#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

class Database;

// Writes the calendar as iCalendar (RFC 5545) through libical: events with
// their repeat rules, deleted occurrences (EXDATE) and moved ones
// (RECURRENCE-ID) as VEVENT in their zone with its VTIMEZONE, all-day ones as
// dates; tasks with a due time as VTODO; reminders as VALARM.
class ICalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarExporter)

public:
    explicit ICalendarExporter(const Database &db) : m_db(db) {}

    // The events and tasks touching [from, to); everything when both are invalid.
    QByteArray exportRange(const QDateTime &from, const QDateTime &to) const;
    // Writes the whole file or nothing.
    bool exportToFile(const QString &path, const QDateTime &from, const QDateTime &to,
                      int *eventCount = nullptr, int *taskCount = nullptr,
                      QString *error = nullptr) const;

private:
    QByteArray build(const QDateTime &from, const QDateTime &to, int *eventCount,
                     int *taskCount) const;

    const Database &m_db;
};
