#include "dashboardreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QSqlQuery>

std::optional<Dashboard> DashboardReport::run(const QDate &today, QString *error) const
{
    Dashboard out;
    out.today = today;
    QSqlQuery q(m_db.connection());
    // The open deals' totals kept by triggers (schema 8): a few rows, where
    // summing the deals read every open one (100 ms and more for 450,000).
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(count), 0), COALESCE(SUM(amount), 0), "
                             "COALESCE(SUM(weighted), 0) FROM deal_open_totals"));
    if (!Sql::exec(q, error))
        return std::nullopt;
    if (q.next()) {
        out.openCount = q.value(0).toLongLong();
        out.openAmount = q.value(1).toLongLong();
        out.openWeighted = (q.value(2).toLongLong() + 50) / 100;
    }
    const QDate thisMonth(today.year(), today.month(), 1);
    auto won = [&](const QDate &first, qint64 *count, qint64 *amount) {
        ReportFilter period;
        period.from = first;
        period.to = first.addMonths(1).addDays(-1);
        q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(COALESCE(final_amount, amount)), "
                                 "0) FROM deals WHERE closed_at >= ? AND closed_at < ? "
                                 "AND status = 'won'"));
        q.bindValue(0, period.beginUtc());
        q.bindValue(1, period.endUtc());
        if (!Sql::exec(q, error))
            return false;
        if (q.next()) {
            *count = q.value(0).toLongLong();
            *amount = q.value(1).toLongLong();
        }
        return true;
    };
    if (!won(thisMonth, &out.wonThisMonthCount, &out.wonThisMonthAmount) ||
        !won(thisMonth.addMonths(-1), &out.wonLastMonthCount, &out.wonLastMonthAmount))
        return std::nullopt;
    return out;
}
