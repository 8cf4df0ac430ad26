#include "efficiencyreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {
void add(Efficiency::Row &row, bool won, qint64 count, qint64 amount, double cycleDays)
{
    row.closed += count;
    if (won) {
        row.won += count;
        row.wonAmount += amount;
        row.wonCycleDays += cycleDays;
    }
}

QList<Efficiency::Row> ranked(const QHash<QString, Efficiency::Row> &rows)
{
    QList<Efficiency::Row> out = rows.values();
    std::sort(out.begin(), out.end(), [](const Efficiency::Row &a, const Efficiency::Row &b) {
        if (a.wonAmount != b.wonAmount)
            return a.wonAmount > b.wonAmount;
        return a.key < b.key;
    });
    return out;
}
} // namespace

std::optional<Efficiency> EfficiencyReport::run(const ReportFilter &filter, QString *error) const
{
    const QString shift = ReportFilter::localShift();
    const QString rows = QStringLiteral(
        "SELECT strftime('%Y-%m', d.closed_at, ?) AS month, d.source AS source, d.responsible AS "
        "responsible, d.status = 'won' AS won, 1 AS n, COALESCE(d.final_amount, d.amount) AS fa, "
        "julianday(d.closed_at) - julianday(d.created_at) AS cycle FROM deals d "
        "WHERE d.status IN ('won', 'lost') AND d.closed_at >= ? AND d.closed_at < ?");
    QVariantList binds;
    QString parts;
    if (filter.narrowsClients()) {
        // Read from the deals_report_closed index alone.
        binds << shift << filter.beginUtc() << filter.endUtc();
        parts = rows + filter.dealConditions(QStringLiteral("d"), &binds);
    } else {
        // Whole UTC days from deal_closed_totals; from the deals the days only
        // partly in the period and those in which a local month begins.
        const ReportFilter::SqlPart narrowing = filter.totalsConditions();
        parts = filter.daySplit(filter.bucketStarts(true))
                    .unite({rows, {shift}}, narrowing,
                           {QStringLiteral("SELECT strftime('%Y-%m', day, ?) AS month, source, "
                                           "responsible, status = 'won' AS won, count AS n, "
                                           "final_amount AS fa, cycle_days AS cycle FROM "
                                           "deal_closed_totals WHERE day >= ? AND day < ?"),
                            {shift}},
                           narrowing, &binds);
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT month, source, responsible, won, SUM(n), SUM(fa), "
                                 "SUM(cycle) FROM (%1) GROUP BY 1, 2, 3, 4")
                      .arg(parts),
                  binds, error))
        return std::nullopt;
    Efficiency out;
    out.from = filter.from;
    out.to = filter.to;
    QHash<QString, Efficiency::Row> months;
    QHash<QString, Efficiency::Row> sources;
    QHash<QString, Efficiency::Row> people;
    while (q.next()) {
        const QString month = q.value(0).toString();
        const QString source = q.value(1).toString();
        const QString person = q.value(2).toString();
        const bool won = q.value(3).toBool();
        const qint64 count = q.value(4).toLongLong();
        const qint64 amount = q.value(5).toLongLong();
        const double days = q.value(6).toDouble();
        for (auto [rows, key] :
             {std::pair{&months, month}, std::pair{&sources, source}, std::pair{&people, person}}) {
            Efficiency::Row &row = (*rows)[key];
            row.key = key;
            add(row, won, count, amount, days);
        }
        add(out.total, won, count, amount, days);
    }
    // Every month of the period, an empty one too.
    if (filter.from.isValid() && filter.to.isValid()) {
        for (QDate m(filter.from.year(), filter.from.month(), 1); m <= filter.to;
             m = m.addMonths(1)) {
            const QString key = m.toString(QStringLiteral("yyyy-MM"));
            Efficiency::Row row = months.value(key);
            row.key = key;
            out.byMonth << row;
        }
    } else {
        out.byMonth = months.values();
        std::sort(out.byMonth.begin(), out.byMonth.end(),
                  [](const Efficiency::Row &a, const Efficiency::Row &b) { return a.key < b.key; });
    }
    out.bySource = ranked(sources);
    out.byResponsible = ranked(people);
    return out;
}
