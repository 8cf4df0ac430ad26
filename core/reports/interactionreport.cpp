#include "interactionreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {

void mostFirst(QList<InteractionStats::Count> &list)
{
    std::sort(list.begin(), list.end(),
              [](const InteractionStats::Count &a, const InteractionStats::Count &b) {
                  if (a.count != b.count)
                      return a.count > b.count;
                  return a.type != b.type ? a.type < b.type : a.key < b.key;
              });
}
} // namespace

std::optional<InteractionStats> InteractionReport::run(const ReportFilter &filter,
                                                       InteractionStats::Bucket bucket,
                                                       int quietDays, const QDateTime &now,
                                                       QString *error) const
{
    InteractionStats out;
    out.from = filter.from;
    out.to = filter.to;
    out.bucket = bucket;
    out.quietDays = quietDays;
    // A week is named by its Monday: 'weekday 0' goes on to Sunday, six days back is Monday.
    const bool monthly = bucket == InteractionStats::Bucket::Month;
    const auto period = [monthly](const QString &time) -> QString {
        return monthly ? QStringLiteral("strftime('%Y-%m', %1, ?)").arg(time)
                       : QStringLiteral("date(%1, ?, 'weekday 0', '-6 days')").arg(time);
    };
    const QString shift = ReportFilter::localShift();
    ReportFilter::SqlPart byUser;
    if (!filter.responsible.isEmpty())
        byUser = {QStringLiteral(" AND user = ?"), {filter.responsible}};
    const QString rows = QStringLiteral("SELECT i.type AS type, i.result AS result, %1 AS period, "
                                        "i.user AS user, 1 AS n FROM interactions i "
                                        "WHERE i.occurred_at >= ? AND i.occurred_at < ?")
                             .arg(period(QStringLiteral("i.occurred_at")));
    QVariantList binds;
    QString parts;
    if (filter.narrowsClients()) {
        // Read from the interactions_by_time index alone.
        binds << shift << filter.beginUtc() << filter.endUtc() << byUser.binds;
        parts = rows + byUser.sql + filter.clientConditions(QStringLiteral("i.client_id"), &binds);
    } else {
        // Whole UTC days from interaction_totals; from the rows the days only
        // partly in the period and those in which a local week or month begins.
        parts = filter.daySplit(filter.bucketStarts(monthly))
                    .unite({rows, {shift}}, byUser,
                           {QStringLiteral("SELECT type, result, %1 AS period, user, count AS n "
                                           "FROM interaction_totals WHERE day >= ? AND day < ?")
                                .arg(period(QStringLiteral("day"))),
                            {shift}},
                           byUser, &binds);
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT type, result, period, user, SUM(n) FROM (%1) "
                                 "GROUP BY 1, 2, 3, 4")
                      .arg(parts),
                  binds, error))
        return std::nullopt;
    QHash<QPair<QString, QString>, qint64> results;
    QHash<QPair<QString, QString>, qint64> periods;
    QHash<QPair<QString, QString>, qint64> users;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const qint64 count = q.value(4).toLongLong();
        results[{type, q.value(1).toString()}] += count;
        periods[{type, q.value(2).toString()}] += count;
        users[{type, q.value(3).toString()}] += count;
        out.total += count;
    }
    for (auto [from, to] : {std::pair{&results, &out.byResult}, std::pair{&periods, &out.byPeriod},
                            std::pair{&users, &out.byUser}})
        for (auto it = from->cbegin(); it != from->cend(); ++it)
            *to << InteractionStats::Count{it.key().first, it.key().second, it.value()};
    mostFirst(out.byResult);
    mostFirst(out.byUser);
    std::sort(out.byPeriod.begin(), out.byPeriod.end(),
              [](const InteractionStats::Count &a, const InteractionStats::Count &b) {
                  return a.key != b.key ? a.key < b.key : a.type < b.type;
              });

    // Quiet clients: no contact since the cut (never counts too), from clients_by_contact.
    const QString cut = now.toUTC().addDays(-quietDays).toString(Qt::ISODate);
    binds = {cut};
    const QString conditions = filter.clientConditions(QStringLiteral("c.id"), &binds);
    if (!Sql::run(q,
                  QStringLiteral("SELECT COUNT(*) FROM clients c WHERE c.archived = 0 AND "
                                 "c.last_contact_at < ?%1")
                      .arg(conditions),
                  binds, error) ||
        !q.next())
        return std::nullopt;
    out.quietCount = q.value(0).toLongLong();
    binds << InteractionStats::QuietListLimit;
    if (!Sql::run(q,
                  QStringLiteral("SELECT c.id, c.name, c.last_contact_at FROM clients c "
                                 "WHERE c.archived = 0 AND c.last_contact_at < ?%1 "
                                 "ORDER BY c.last_contact_at, c.id LIMIT ?")
                      .arg(conditions),
                  binds, error))
        return std::nullopt;
    while (q.next())
        out.quiet << InteractionStats::Quiet{q.value(0).toLongLong(), q.value(1).toString(),
                                             q.value(2).toString()};
    return out;
}
