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
    // SQLite's date modifier from UTC to local time ("10800 seconds"), for
    // grouping by local month or week: this machine's offset now.
    static QString localShift();
};
