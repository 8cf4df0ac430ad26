#include "abcreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "reportfilter.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {
// The month of a time SQLite's strftime would not read (NULL there): a
// month of its own, outside the period's.
constexpr int UnknownMonth = -1;

// year * 12 + month - 1 of a UTC time ("2026-11-29T09:06:16Z", as the
// program writes them) moved by `shift` seconds: what SQLite's
// strftime('%Y-%m', time, '<shift> seconds') gives.
int localMonth(const QString &utc, int shift)
{
    const auto number = [&utc](qsizetype at, qsizetype digits) {
        int value = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            const char16_t c = utc.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (utc.size() < 10 || utc.at(4) != u'-' || utc.at(7) != u'-')
        return UnknownMonth;
    const int y = number(0, 4), mo = number(5, 2), d = number(8, 2);
    QDate day(y, mo, d);
    if (y < 0 || !day.isValid()) // QDate takes years before Christ
        return UnknownMonth;
    int seconds = shift;
    if (utc.size() >= 19 && (utc.at(10) == u'T' || utc.at(10) == u' ') && utc.at(13) == u':' &&
        utc.at(16) == u':') {
        const int h = number(11, 2), m = number(14, 2), s = number(17, 2);
        if (h < 0 || m < 0 || s < 0)
            return UnknownMonth;
        seconds += h * 3600 + m * 60 + s;
    }
    constexpr int Day = 86400;
    day = day.addDays(seconds >= 0 ? seconds / Day : -((Day - 1 - seconds) / Day));
    return day.year() * 12 + day.month() - 1;
}
} // namespace

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
    // The period's won deals one by one, straight from the covering index
    // deals_report_closed, grouped here by client and local month: SQLite's
    // GROUP BY spent twice as long on strftime and its sorter. The names are
    // read after, for the clients in id order.
    QVariantList binds = {filter.beginUtc(), filter.endUtc()};
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT d.client_id, d.closed_at, COALESCE(d.final_amount, "
                                 "d.amount) FROM deals d WHERE d.closed_at >= ? AND d.closed_at "
                                 "< ? AND d.status = 'won'%1")
                      .arg(conditions),
                  binds, error))
        return std::nullopt;
    struct Deal
    {
        qint64 client;
        int month;
        qint64 amount;
        bool operator<(const Deal &o) const
        {
            return client != o.client ? client < o.client : month < o.month;
        }
    };
    std::vector<Deal> deals;
    const int shift = ReportFilter::localOffset();
    while (q.next())
        deals.push_back({q.value(0).toLongLong(), localMonth(q.value(1).toString(), shift),
                         q.value(2).toLongLong()});
    q.finish();
    std::sort(deals.begin(), deals.end());

    // One entry a client and month with a purchase.
    struct Purchase
    {
        int client;
        qint64 amount;
    };
    std::vector<Purchase> purchases;
    QList<int> monthsBought;
    int firstMonth = std::numeric_limits<int>::max();
    int lastMonth = std::numeric_limits<int>::min();
    for (std::size_t i = 0; i < deals.size(); ++i) {
        const Deal &d = deals[i];
        const bool newClient = i == 0 || d.client != deals[i - 1].client;
        if (newClient) {
            ClientClasses::Client c;
            c.id = d.client;
            out.clients << c;
            monthsBought << 0;
        }
        const int index = int(out.clients.size()) - 1;
        if (newClient || d.month != deals[i - 1].month) {
            purchases.push_back({index, 0});
            ++monthsBought[index];
        }
        purchases.back().amount += d.amount;
        ClientClasses::Client &c = out.clients[index];
        ++c.won;
        c.revenue += d.amount;
        out.revenue += d.amount;
        if (d.month != UnknownMonth) {
            firstMonth = std::min(firstMonth, d.month);
            lastMonth = std::max(lastMonth, d.month);
        }
    }
    if (!readNames(&out.clients, error))
        return std::nullopt;

    // The months of the period, those without a purchase too.
    const auto monthStart = [&](int month) {
        return firstMonth <= lastMonth ? QDate(month / 12, month % 12 + 1, 1) : QDate();
    };
    const QDate first = filter.from.isValid() ? QDate(filter.from.year(), filter.from.month(), 1)
                                              : monthStart(firstMonth);
    const QDate last =
        filter.to.isValid() ? QDate(filter.to.year(), filter.to.month(), 1) : monthStart(lastMonth);
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

bool AbcReport::readNames(QList<ClientClasses::Client> *clients, QString *error) const
{
    // Through json_each the lookups walk the clients table forward, a third
    // of the time of the same lookups in the order deals are closed.
    QByteArray ids = "[";
    for (const ClientClasses::Client &c : std::as_const(*clients)) {
        if (ids.size() > 1)
            ids += ',';
        ids += QByteArray::number(c.id);
    }
    ids += ']';
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT c.id, c.name FROM json_each(?) j "
                                 "JOIN clients c ON c.id = j.value"),
                  {QString::fromLatin1(ids)}, error))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it =
            std::lower_bound(clients->begin(), clients->end(), id,
                             [](const ClientClasses::Client &c, qint64 id) { return c.id < id; });
        if (it != clients->end() && it->id == id)
            it->name = q.value(1).toString();
    }
    return true;
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
