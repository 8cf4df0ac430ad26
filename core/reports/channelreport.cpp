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
    // New clients by their source (a client's source, not its deals'): whole
    // UTC days from client_created_totals unless the client's fields narrow,
    // the partial first and last day from the partial index, which holds
    // every column read (the planner, left to itself, prefers the client
    // list's index and reads the table).
    const QString clients = QStringLiteral(
        "SELECT c.source AS source, 1 AS n FROM clients c INDEXED BY clients_report_created "
        "WHERE c.archived = 0 AND c.merged_into IS NULL AND c.created_at >= ? AND "
        "c.created_at < ?");
    const ReportFilter::SqlPart clientNarrowing = filter.totalsConditions(false);
    QVariantList binds;
    QString parts;
    if (filter.narrowsClients()) {
        binds << filter.beginUtc() << filter.endUtc();
        parts =
            clients + filter.clientConditions(QStringLiteral("c.id"), &binds) + clientNarrowing.sql;
        binds << clientNarrowing.binds;
    } else {
        parts = filter.daySplit().unite({clients, {}}, clientNarrowing,
                                        {QStringLiteral("SELECT source, count AS n FROM "
                                                        "client_created_totals WHERE day >= ? "
                                                        "AND day < ?"),
                                         {}},
                                        clientNarrowing, &binds);
    }
    if (!Sql::run(q, QStringLiteral("SELECT source, SUM(n) FROM (%1) GROUP BY 1").arg(parts), binds,
                  error))
        return std::nullopt;
    while (q.next())
        source(q.value(0).toString()).newClients = q.value(1).toLongLong();
    // New deals by the deal's source: whole UTC days from deal_source_totals
    // unless the client's fields narrow, the partial first and last day from
    // the deals_report_created index.
    const QString created = QStringLiteral("SELECT d.source AS source, 1 AS n FROM deals d "
                                           "WHERE d.created_at >= ? AND d.created_at < ?");
    binds = {};
    if (filter.narrowsClients()) {
        binds << filter.beginUtc() << filter.endUtc();
        parts = created + filter.dealConditions(QStringLiteral("d"), &binds);
    } else {
        const ReportFilter::SqlPart narrowing = filter.totalsConditions();
        parts = filter.daySplit().unite({created, {}}, narrowing,
                                        {QStringLiteral("SELECT source, count AS n FROM "
                                                        "deal_source_totals WHERE day >= ? AND "
                                                        "day < ?"),
                                         {}},
                                        narrowing, &binds);
    }
    if (!Sql::run(q, QStringLiteral("SELECT source, SUM(n) FROM (%1) GROUP BY 1").arg(parts), binds,
                  error))
        return std::nullopt;
    while (q.next())
        source(q.value(0).toString()).newDeals = q.value(1).toLongLong();
    // Won in the period: whole UTC days from deal_closed_totals unless the
    // client's fields narrow, the partial first and last day from the deals.
    const QString won = QStringLiteral("SELECT d.source AS source, 1 AS n, "
                                       "COALESCE(d.final_amount, d.amount) AS fa FROM deals d "
                                       "WHERE d.status = 'won' AND d.closed_at >= ? AND "
                                       "d.closed_at < ?");
    binds = {};
    if (filter.narrowsClients()) {
        binds << filter.beginUtc() << filter.endUtc();
        parts = won + filter.dealConditions(QStringLiteral("d"), &binds);
    } else {
        const ReportFilter::SqlPart narrowing = filter.totalsConditions();
        parts = filter.daySplit().unite(
            {won, {}}, narrowing,
            {QStringLiteral("SELECT source, count AS n, final_amount AS fa FROM "
                            "deal_closed_totals WHERE status = 'won' AND day >= ? AND day < ?"),
             {}},
            narrowing, &binds);
    }
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
