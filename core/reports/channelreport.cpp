#include "channelreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

std::optional<Channels> ChannelReport::run(const ReportFilter &filter, QString *error) const
{
    Channels out;
    out.from = filter.from;
    out.to = filter.to;
    QHash<QString, Channels::Source> sources;
    auto source = [&](const QString &name) -> Channels::Source & {
        Channels::Source &s = sources[name];
        s.source = name;
        return s;
    };
    QSqlQuery q(m_db.connection());
    // A count's rows in the period: whole UTC days from the per-day `totals`
    // (schemas 8 and 10) and the partial first and last day from `rows`, both
    // narrowed by `narrowing`; or, when the client's region, importance or
    // tag narrow (the totals do not know them), the rows alone under `all`.
    const ReportFilter::DaySplit split = filter.daySplit();
    const auto periodRows = [&](const QString &rows, const QString &totals,
                                const ReportFilter::SqlPart &narrowing,
                                const ReportFilter::SqlPart &all, QVariantList *binds) -> QString {
        if (!filter.narrowsClients())
            return split.unite({rows, {}}, narrowing, {totals, {}}, narrowing, binds);
        *binds << filter.beginUtc() << filter.endUtc() << all.binds;
        return rows + all.sql;
    };

    // New clients by their source (a client's source, not its deals'), the
    // rows from the partial index, which holds every column read (the
    // planner, left to itself, prefers the client list's index and reads the
    // table).
    const ReportFilter::SqlPart clientNarrowing = filter.totalsConditions(false);
    ReportFilter::SqlPart clientAll;
    clientAll.sql =
        filter.clientConditions(QStringLiteral("c.id"), &clientAll.binds) + clientNarrowing.sql;
    clientAll.binds << clientNarrowing.binds;
    QVariantList binds;
    QString parts = periodRows(
        QStringLiteral("SELECT c.source AS source, 1 AS n FROM clients c INDEXED BY "
                       "clients_report_created WHERE c.archived = 0 AND c.merged_into IS NULL "
                       "AND c.created_at >= ? AND c.created_at < ?"),
        QStringLiteral("SELECT source, count AS n FROM client_created_totals WHERE day >= ? AND "
                       "day < ?"),
        clientNarrowing, clientAll, &binds);
    if (!Sql::run(q, QStringLiteral("SELECT source, SUM(n) FROM (%1) GROUP BY 1").arg(parts), binds,
                  error))
        return std::nullopt;
    while (q.next())
        source(q.value(0).toString()).newClients = q.value(1).toLongLong();

    // New deals by the deal's source, the rows from the deals_report_created index.
    const ReportFilter::SqlPart dealNarrowing = filter.totalsConditions();
    ReportFilter::SqlPart dealAll;
    dealAll.sql = filter.dealConditions(QStringLiteral("d"), &dealAll.binds);
    binds = {};
    parts = periodRows(QStringLiteral("SELECT d.source AS source, 1 AS n FROM deals d "
                                      "WHERE d.created_at >= ? AND d.created_at < ?"),
                       QStringLiteral("SELECT source, count AS n FROM deal_source_totals "
                                      "WHERE day >= ? AND day < ?"),
                       dealNarrowing, dealAll, &binds);
    if (!Sql::run(q, QStringLiteral("SELECT source, SUM(n) FROM (%1) GROUP BY 1").arg(parts), binds,
                  error))
        return std::nullopt;
    while (q.next())
        source(q.value(0).toString()).newDeals = q.value(1).toLongLong();

    // Won in the period.
    binds = {};
    parts = periodRows(
        QStringLiteral("SELECT d.source AS source, 1 AS n, COALESCE(d.final_amount, d.amount) AS "
                       "fa FROM deals d WHERE d.status = 'won' AND d.closed_at >= ? AND "
                       "d.closed_at < ?"),
        QStringLiteral("SELECT source, count AS n, final_amount AS fa FROM deal_closed_totals "
                       "WHERE status = 'won' AND day >= ? AND day < ?"),
        dealNarrowing, dealAll, &binds);
    if (!Sql::run(q,
                  QStringLiteral("SELECT source, SUM(n), SUM(fa) FROM (%1) GROUP BY 1").arg(parts),
                  binds, error))
        return std::nullopt;
    while (q.next()) {
        Channels::Source &s = source(q.value(0).toString());
        s.won = q.value(1).toLongLong();
        s.revenue = q.value(2).toLongLong();
    }
    out.sources = sources.values();
    std::sort(out.sources.begin(), out.sources.end(),
              [](const Channels::Source &a, const Channels::Source &b) {
                  if (a.revenue != b.revenue)
                      return a.revenue > b.revenue;
                  if (a.newDeals != b.newDeals)
                      return a.newDeals > b.newDeals;
                  return a.source < b.source;
              });

    // Mailings created in the period: their outbox, exclusions, cost and return.
    if (!Sql::run(
            q,
            QStringLiteral(
                "SELECT c.id, c.name, c.channel, c.status, c.cost, "
                "(SELECT COUNT(*) FROM outbox o WHERE o.campaign_id = c.id AND o.state = 'sent'), "
                "(SELECT COUNT(*) FROM outbox o WHERE o.campaign_id = c.id AND o.state = "
                "'failed'), "
                "(SELECT COUNT(*) FROM outbox o WHERE o.campaign_id = c.id AND o.state IN "
                "('queued', 'sending', 'unknown')), "
                "(SELECT COUNT(*) FROM campaign_exclusions x WHERE x.campaign_id = c.id) "
                "FROM campaigns c WHERE c.created_at >= ? AND c.created_at < ? "
                "ORDER BY c.created_at DESC, c.id DESC"),
            {filter.beginUtc(), filter.endUtc()}, error))
        return std::nullopt;
    while (q.next()) {
        Channels::Campaign c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.channel = q.value(2).toString();
        c.status = q.value(3).toString();
        c.cost = q.value(4).toLongLong();
        c.sent = q.value(5).toLongLong();
        c.failed = q.value(6).toLongLong();
        c.waiting = q.value(7).toLongLong();
        c.excluded = q.value(8).toLongLong();
        out.campaigns << c;
    }
    // Each won deal once, however many of the mailing's messages its client got.
    const QString window = QStringLiteral("+%1 days").arg(Channels::AttributionDays);
    for (Channels::Campaign &c : out.campaigns) {
        if (!Sql::run(q,
                      QStringLiteral("SELECT COUNT(*), SUM(COALESCE(d.final_amount, d.amount)) "
                                     "FROM deals d WHERE d.status = 'won' AND d.id IN ("
                                     "SELECT d2.id FROM outbox o JOIN deals d2 ON d2.client_id = "
                                     "o.client_id WHERE o.campaign_id = ? AND o.state = 'sent' AND "
                                     "d2.created_at >= o.sent_at AND d2.created_at < "
                                     "strftime('%Y-%m-%dT%H:%M:%SZ', o.sent_at, ?))"),
                      {c.id, window}, error) ||
            !q.next())
            return std::nullopt;
        c.won = q.value(0).toLongLong();
        c.revenue = q.value(1).toLongLong();
    }
    return out;
}
