#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
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
    // The period cut for the per-day totals: its whole UTC days [firstDay,
    // endDay) and the parts of a day before and after them, [beginUtc(),
    // headEnd) and [tailBegin, endUtc()). A period of local days starts and
    // ends within a UTC day unless the machine keeps UTC.
    struct DaySplit
    {
        QString headEnd;
        QString tailBegin;
        QString firstDay;
        QString endDay;
    };
    DaySplit daySplit() const;
    // SQLite's date modifier from UTC to local time ("10800 seconds"), for
    // grouping by local month or week: this machine's offset now.
    static QString localShift();
};
