#include "abcreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

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
                  QStringLiteral("SELECT d.client_id, c.name, strftime('%Y-%m', d.closed_at, ?), "
                                 "COUNT(*), SUM(COALESCE(d.final_amount, d.amount)) FROM deals d "
                                 "JOIN clients c ON c.id = d.client_id WHERE d.closed_at >= ? AND "
                                 "d.closed_at < ? AND d.status = 'won'%1 GROUP BY 1, 3")
                      .arg(conditions),
                  binds, error))
        return std::nullopt;
    QHash<qint64, int> row;
    QList<QHash<QString, qint64>> monthly;
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
            monthly << QHash<QString, qint64>();
        }
        const QString month = q.value(2).toString();
        const qint64 amount = q.value(4).toLongLong();
        ClientClasses::Client &c = out.clients[*it];
        c.won += q.value(3).toLongLong();
        c.revenue += amount;
        monthly[*it][month] += amount;
        out.revenue += amount;
        firstMonth = firstMonth.isEmpty() ? month : std::min(firstMonth, month);
        lastMonth = lastMonth.isEmpty() ? month : std::max(lastMonth, month);
    }
    // The months of the period, those without a purchase too.
    QDate first = filter.from.isValid()
                      ? QDate(filter.from.year(), filter.from.month(), 1)
                      : QDate::fromString(firstMonth + QStringLiteral("-01"), Qt::ISODate);
    QDate last = filter.to.isValid()
                     ? QDate(filter.to.year(), filter.to.month(), 1)
                     : QDate::fromString(lastMonth + QStringLiteral("-01"), Qt::ISODate);
    QStringList months;
    for (QDate m = first; m.isValid() && m <= last; m = m.addMonths(1))
        months << m.toString(QStringLiteral("yyyy-MM"));
    out.months = int(months.size());

    for (int i = 0; i < out.clients.size(); ++i) {
        ClientClasses::Client &c = out.clients[i];
        const double mean = double(c.revenue) / std::max<qsizetype>(1, months.size());
        double squares = 0;
        for (const QString &m : months) {
            const double d = double(monthly.at(i).value(m)) - mean;
            squares += d * d;
        }
        c.variation =
            mean > 0 ? std::sqrt(squares / std::max<qsizetype>(1, months.size())) / mean : 0;
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
