#include "abcreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <vector>

std::optional<ClientClasses> AbcReport::run(const ReportFilter &filter,
                                            const ClientClasses::Thresholds &thresholds,
                                            QString *error) const
{
    if (thresholds.a <= 0 || thresholds.b < 0 || thresholds.a + thresholds.b > 100 ||
        thresholds.x < 0 || thresholds.y < thresholds.x) {
        if (error)
            *error = tr("The thresholds must be A > 0, B ≥ 0 with A + B ≤ 100, and 0 ≤ X ≤ Y.");
        return std::nullopt;
    }
    ClientClasses out;
    out.from = filter.from;
    out.to = filter.to;
    out.thresholds = thresholds;
    QVariantList binds = {ReportFilter::localShift(), filter.beginUtc(), filter.endUtc()};
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  // Grouped before the names are joined: a year holds twice as many
                  // deals as client-months, and the groups come in client order.
                  QStringLiteral("SELECT g.client_id, c.name, g.month, g.n, g.amount FROM "
                                 "(SELECT d.client_id AS client_id, strftime('%Y-%m', "
                                 "d.closed_at, ?) AS month, COUNT(*) AS n, "
                                 "SUM(COALESCE(d.final_amount, d.amount)) AS amount FROM deals d "
                                 "WHERE d.closed_at >= ? AND d.closed_at < ? AND d.status = "
                                 "'won'%1 GROUP BY 1, 2) g JOIN clients c ON c.id = g.client_id")
                      .arg(conditions),
                  binds, error))
        return std::nullopt;
    QHash<qint64, int> row;
    // One entry a client and month with a purchase (the query groups them so).
    struct Purchase
    {
        int client;
        qint64 amount;
    };
    std::vector<Purchase> purchases;
    QList<int> monthsBought;
    QString firstMonth;
    QString lastMonth;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = row.find(id);
        if (it == row.end()) {
            ClientClasses::Client c;
            c.id = id;
            c.name = q.value(1).toString();
            it = row.insert(id, int(out.clients.size()));
            out.clients << c;
            monthsBought << 0;
        }
        const qint64 amount = q.value(4).toLongLong();
        ClientClasses::Client &c = out.clients[*it];
        c.won += q.value(3).toLongLong();
        c.revenue += amount;
        purchases.push_back({*it, amount});
        ++monthsBought[*it];
        out.revenue += amount;
        if (!filter.from.isValid() || !filter.to.isValid()) {
            const QString month = q.value(2).toString();
            firstMonth = firstMonth.isEmpty() ? month : std::min(firstMonth, month);
            lastMonth = lastMonth.isEmpty() ? month : std::max(lastMonth, month);
        }
    }
    // The months of the period, those without a purchase too.
    QDate first = filter.from.isValid()
                      ? QDate(filter.from.year(), filter.from.month(), 1)
                      : QDate::fromString(firstMonth + QStringLiteral("-01"), Qt::ISODate);
    QDate last = filter.to.isValid()
                     ? QDate(filter.to.year(), filter.to.month(), 1)
                     : QDate::fromString(lastMonth + QStringLiteral("-01"), Qt::ISODate);
    int months = 0;
    for (QDate m = first; m.isValid() && m <= last; m = m.addMonths(1))
        ++months;
    out.months = months;

    // The variation of each client's monthly revenue, the months without a
    // purchase counted as zero.
    const int counted = std::max(1, months);
    QList<double> squares(out.clients.size(), 0.0);
    for (const Purchase &p : purchases) {
        const double d = double(p.amount) - double(out.clients.at(p.client).revenue) / counted;
        squares[p.client] += d * d;
    }
    for (int i = 0; i < out.clients.size(); ++i) {
        ClientClasses::Client &c = out.clients[i];
        const double mean = double(c.revenue) / counted;
        squares[i] += double(counted - monthsBought.at(i)) * mean * mean;
        c.variation = mean > 0 ? std::sqrt(squares.at(i) / counted) / mean : 0;
        c.xyz = c.variation * 100 <= thresholds.x   ? QLatin1Char('X')
                : c.variation * 100 <= thresholds.y ? QLatin1Char('Y')
                                                    : QLatin1Char('Z');
    }
    std::sort(out.clients.begin(), out.clients.end(),
              [](const ClientClasses::Client &a, const ClientClasses::Client &b) {
                  return a.revenue != b.revenue ? a.revenue > b.revenue : a.id < b.id;
              });
    // A client whose revenue starts inside a band belongs to it.
    double before = 0;
    for (ClientClasses::Client &c : out.clients) {
        c.share = out.revenue > 0 ? double(c.revenue) / double(out.revenue) : 0;
        c.abc = before * 100 < thresholds.a                  ? QLatin1Char('A')
                : before * 100 < thresholds.a + thresholds.b ? QLatin1Char('B')
                                                             : QLatin1Char('C');
        before += c.share;
        c.cumulative = before;
    }
    for (const char *classes : {"ABC", "XYZ"}) {
        QList<ClientClasses::Total> &totals = classes[0] == 'A' ? out.abc : out.xyz;
        for (int k = 0; k < 3; ++k) {
            ClientClasses::Total t;
            t.cls = QLatin1Char(classes[k]);
            for (const ClientClasses::Client &c : out.clients) {
                if ((classes[0] == 'A' ? c.abc : c.xyz) == t.cls) {
                    ++t.clients;
                    t.revenue += c.revenue;
                }
            }
            totals << t;
        }
    }
    return out;
}

std::optional<int> AbcReport::applyImportance(const ClientClasses &classes, QString *error) const
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE clients SET importance = ?, updated_at = ? "
                             "WHERE id = ? AND importance <> ?"));
    const QString now = Sql::utcNow();
    int changed = 0;
    for (const ClientClasses::Client &c : classes.clients) {
        const QString cls(c.abc);
        q.bindValue(0, cls);
        q.bindValue(1, now);
        q.bindValue(2, c.id);
        q.bindValue(3, cls);
        if (!Sql::exec(q, error))
            return std::nullopt;
        changed += q.numRowsAffected();
    }
    if (!tx.commit(error))
        return std::nullopt;
    return changed;
}
