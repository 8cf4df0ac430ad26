#pragma once

#include "funnel.h"

#include <QList>
#include <optional>

class Database;
struct ReportFilter;

// The deals behind a figure of a report, for the drill-down: the same
// conditions the report counted them by, as ids.
class ReportDeals
{
public:
    // Which date puts a closed deal in the period.
    enum class ClosedBy
    {
        ClosedAt,  // closed in the period (a snapshot's won and lost, the losses)
        CreatedAt, // created in the period and closed since (a flow's won and lost)
    };
    // What a closed deal is grouped by in the efficiency and channel reports.
    enum class Field
    {
        Any,
        Source,
        Responsible,
    };

    explicit ReportDeals(const Database &db) : m_db(db) {}

    // A funnel stage's deals: the open deals in it now (snapshot), or the
    // period's new deals of its pipeline that got at least this far (flow).
    std::optional<QList<qint64>> funnelStage(const ReportFilter &filter, Funnel::Mode mode,
                                             qint64 stageId, QString *error = nullptr) const;
    // Won or lost deals ("won", "lost"); for lost ones, of one loss reason
    // when given (0: no reason given).
    std::optional<QList<qint64>> closed(const ReportFilter &filter, const QString &status,
                                        ClosedBy by, std::optional<qint64> lossReasonId = {},
                                        QString *error = nullptr) const;

    // Deals closed in the period ("won", "lost"; both when `status` is
    // empty) whose source or responsible is `value` (empty: not given).
    std::optional<QList<qint64>> closedWith(const ReportFilter &filter, const QString &status,
                                            Field field, const QString &value = {},
                                            QString *error = nullptr) const;

private:
    std::optional<QList<qint64>> ids(const QString &sql, const QVariantList &binds,
                                     QString *error) const;

    const Database &m_db;
};
