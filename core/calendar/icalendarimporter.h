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

    // Beyond these a file is refused before libical reads it. libical keeps
    // every property as a structure of its own: 32 MB of "X-A:b" lines took
    // 2 GB, so the lines are counted too. Years of a busy calendar exported
    // by Google are a few MB and some 100,000 lines.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxLines = 500000;

    explicit ICalendarImporter(const Database &db) : m_db(db) {}

    // maxLines: MaxLines but in tests.
    bool importData(const QByteArray &data, Result *result, QString *error,
                    int maxLines = MaxLines);
    // Messages name the file.
    bool importFile(const QString &path, Result *result, QString *error);

private:
    bool checkLines(const QByteArray &data, int maxLines, QString *error) const;

    const Database &m_db;
};
