#include "lossreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

std::optional<Losses> LossReport::run(const ReportFilter &filter, QString *error) const
{
    Losses out;
    out.from = filter.from;
    out.to = filter.to;
    QVariantList binds = {ReportFilter::localShift(), filter.beginUtc(), filter.endUtc()};
    const QString conditions = filter.dealConditions(QStringLiteral("d"), &binds);
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT COALESCE(d.loss_reason_id, 0), COALESCE(r.name, ''), "
                                 "strftime('%Y-%m', d.closed_at, ?), COUNT(*), "
                                 "SUM(d.amount) FROM deals d LEFT JOIN loss_reasons r "
                                 "ON r.id = d.loss_reason_id WHERE d.closed_at >= ? "
                                 "AND d.closed_at < ? AND d.status = 'lost'%1 GROUP BY 1, 3")
                      .arg(conditions),
                  binds, error))
        return std::nullopt;
    QHash<qint64, int> reasonRow;
    struct Cell
    {
        qint64 reason;
        QDate month;
        qint64 count;
    };
    QList<Cell> cells;
    QDate first;
    QDate last;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = reasonRow.find(id);
        if (it == reasonRow.end()) {
            Losses::Reason r;
            r.reasonId = id;
            r.name = id == 0 ? tr("No reason given") : q.value(1).toString();
            it = reasonRow.insert(id, int(out.reasons.size()));
            out.reasons << r;
        }
        Losses::Reason &r = out.reasons[*it];
        const qint64 count = q.value(3).toLongLong();
        r.count += count;
        r.amount += q.value(4).toLongLong();
        out.totalCount += count;
        out.totalAmount += q.value(4).toLongLong();
        const QDate month =
            QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate);
        cells << Cell{id, month, count};
        first = first.isValid() ? std::min(first, month) : month;
        last = last.isValid() ? std::max(last, month) : month;
    }
    std::stable_sort(out.reasons.begin(), out.reasons.end(),
                     [](const Losses::Reason &a, const Losses::Reason &b) {
                         return a.count != b.count ? a.count > b.count : a.name < b.name;
                     });
    reasonRow.clear();
    for (int i = 0; i < out.reasons.size(); ++i)
        reasonRow.insert(out.reasons.at(i).reasonId, i);
    // Every month of the period, so a month without losses shows as zero.
    if (filter.from.isValid())
        first = QDate(filter.from.year(), filter.from.month(), 1);
    if (filter.to.isValid())
        last = QDate(filter.to.year(), filter.to.month(), 1);
    for (QDate m = first; m.isValid() && m <= last; m = m.addMonths(1))
        out.months << Losses::Month{m, QList<qint64>(out.reasons.size(), 0)};
    for (const Cell &c : cells) {
        for (Losses::Month &m : out.months) {
            if (m.month == c.month) {
                m.counts[reasonRow.value(c.reason)] += c.count;
                break;
            }
        }
    }
    return out;
}
