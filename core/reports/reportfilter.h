#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

// What every report is narrowed by: a period of local days and the deal's
// and client's attributes. Empty fields do not narrow.
struct ReportFilter
{
    QDate from; // first day, inclusive
    QDate to;   // last day, inclusive
    qint64 pipelineId = 0;
    QString responsible;
    QString source;
    QString region;
    QString importance;
    QString tag;

    // The period as UTC ISO strings [begin, end), as the database keeps times.
    QString beginUtc() const;
    QString endUtc() const;
    // " AND ..." over the deals aliased `alias`, with its values appended to
    // `binds` in order; the pipeline is included when set.
    QString dealConditions(const QString &alias, QVariantList *binds) const;
    // The same for a client id column (region, importance, tag; not the deal's fields).
    QString clientConditions(const QString &clientIdColumn, QVariantList *binds) const;
    // True when more than the period, the pipeline and the responsible narrow
    // the deals: the totals of schema 8 do not know the other fields.
    bool narrowsDeals() const;
    // True when the client's region, importance or tag narrow.
    bool narrowsClients() const;
    // A piece of SQL and the values of its placeholders, in order.
    struct SqlPart
    {
        QString sql;
        QVariantList binds;
    };
    // The period cut for the per-day totals of schema 8: the UTC days
    // [firstDay, endDay) but `rawDays` come from the totals; the ranges
    // [first, second) from the rows. Raw are the days only partly in the
    // period and those holding one of `cuts`, the instants where the report's
    // groups change (a local month's start). With UTC kept, no day is raw.
    struct DaySplit
    {
        QString firstDay;
        QString endDay;
        QStringList rawDays;
        QList<std::pair<QString, QString>> rawRanges;
        // " AND column NOT IN (raw days)", its values appended to `binds`.
        QString notRaw(const QString &column, QVariantList *binds) const;
        // The period's rows as one UNION ALL: `rows` ("SELECT ... WHERE time
        // >= ? AND time < ?") for each raw range and `totals` ("SELECT ...
        // WHERE day >= ? AND day < ?") for the other days, each narrowed by
        // its `also`. Their own binds are the values of placeholders before
        // the WHERE (in the select list); all are appended to `binds`.
        QString unite(const SqlPart &rows, const SqlPart &rowsAlso, const SqlPart &totals,
                      const SqlPart &totalsAlso, QVariantList *binds) const;
    };
    DaySplit daySplit(const QList<QDateTime> &cuts = {}) const;
    // " AND ..." over the unqualified columns of the per-day totals (and of
    // deals): the pipeline when set and `withPipeline`, the responsible and
    // the source when set. The client's fields do not apply there.
    SqlPart totalsConditions(bool withPipeline = true) const;
    // The starts of the local months (or weeks, on Mondays) after the
    // period's first day, at this machine's offset now as localShift() has it:
    // the cuts of a report grouped by month or week.
    QList<QDateTime> bucketStarts(bool monthly) const;
    // SQLite's date modifier from UTC to local time ("10800 seconds"), for
    // grouping by local month or week: this machine's offset now.
    static QString localShift();
    // The same in seconds, for grouping in C++.
    static int localOffset();
};
