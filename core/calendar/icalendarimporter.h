#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// Reads events from iCalendar (RFC 5545) through libical: VEVENTs with their
// RRULE, EXDATE and overridden occurrences (RECURRENCE-ID), all-day dates,
// UTC, TZID (IANA or Windows names) and floating times, and the first VALARM.
// An event whose UID exists is updated, not duplicated. A file with an error
// is refused whole, naming the line or the component, and nothing is written.
class ICalendarImporter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarImporter)

public:
    struct Result
    {
        int created = 0;
        int updated = 0;
    };

    explicit ICalendarImporter(const Database &db) : m_db(db) {}

    bool importData(const QByteArray &data, Result *result, QString *error);
    bool importFile(const QString &path, Result *result, QString *error);

private:
    bool checkLines(const QByteArray &data, QString *error) const;

    const Database &m_db;
};
