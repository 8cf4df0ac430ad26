#include "reportdeals.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QSqlQuery>

std::optional<QList<qint64>> ReportDeals::funnelStage(const ReportFilter &filter, Funnel::Mode mode,
                                                      qint64 stageId, QString *error) const
{
    if (mode == Funnel::Mode::Snapshot) {
        QVariantList binds = {stageId};
        const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
        return ids(QStringLiteral("SELECT d.id FROM deals d WHERE d.status = 'open' "
                                  "AND d.stage_id = ?%1 ORDER BY d.id")
                       .arg(conditions),
                   binds, error);
    }
    // As FunnelReport counts how far a deal got: a won deal went through them all.
    QVariantList binds = {stageId, stageId, filter.beginUtc(), filter.endUtc()};
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    return ids(QStringLiteral(
                   "SELECT d.id FROM deals d WHERE d.pipeline_id = "
                   "(SELECT pipeline_id FROM stages WHERE id = ?) AND "
                   "(d.status = 'won' OR MAX((SELECT position FROM stages WHERE id = d.stage_id), "
                   "COALESCE((SELECT MAX(s.position) FROM deal_stage_history h JOIN stages s "
                   "ON s.id = h.stage_id WHERE h.deal_id = d.id), 0)) >= "
                   "(SELECT position FROM stages WHERE id = ?)) "
                   "AND d.created_at >= ? AND d.created_at < ?%1 ORDER BY d.id")
                   .arg(conditions),
               binds, error);
}

std::optional<QList<qint64>> ReportDeals::closed(const ReportFilter &filter, const QString &status,
                                                 ClosedBy by, std::optional<qint64> lossReasonId,
                                                 QString *error) const
{
    QVariantList binds = {status, filter.beginUtc(), filter.endUtc()};
    const QString column =
        by == ClosedBy::ClosedAt ? QStringLiteral("d.closed_at") : QStringLiteral("d.created_at");
    QString reason;
    if (lossReasonId) {
        reason = QStringLiteral(" AND COALESCE(d.loss_reason_id, 0) = ?");
        binds << *lossReasonId;
    }
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    return ids(QStringLiteral("SELECT d.id FROM deals d WHERE d.status = ? AND %1 >= ? "
                              "AND %1 < ?%2%3 ORDER BY d.id")
                   .arg(column, reason, conditions),
               binds, error);
}

std::optional<QList<qint64>> ReportDeals::closedWith(const ReportFilter &filter,
                                                     const QString &status, Field field,
                                                     const QString &value, QString *error) const
{
    QVariantList binds = {filter.beginUtc(), filter.endUtc()};
    QString narrow = status.isEmpty() ? QStringLiteral(" AND d.status IN ('won', 'lost')")
                                      : QStringLiteral(" AND d.status = ?");
    if (!status.isEmpty())
        binds << status;
    if (field != Field::Any) {
        narrow += field == Field::Source ? QStringLiteral(" AND d.source = ?")
                                         : QStringLiteral(" AND d.responsible = ?");
        binds << value;
    }
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    return ids(QStringLiteral("SELECT d.id FROM deals d WHERE d.closed_at >= ? AND d.closed_at < ?"
                              "%1%2 ORDER BY d.id")
                   .arg(narrow, conditions),
               binds, error);
}

std::optional<QList<qint64>> ReportDeals::ids(const QString &sql, const QVariantList &binds,
                                              QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, sql, binds, error))
        return std::nullopt;
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
