#include "reportfilter.h"

#include <algorithm>

namespace {
QString iso(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}
} // namespace

QString ReportFilter::beginUtc() const
{
    return from.isValid() ? iso(from) : QStringLiteral("0000");
}

QString ReportFilter::endUtc() const
{
    return to.isValid() ? iso(to.addDays(1)) : QStringLiteral("9999");
}

bool ReportFilter::narrowsDeals() const
{
    return !source.isEmpty() || narrowsClients();
}

bool ReportFilter::narrowsClients() const
{
    return !region.isEmpty() || !importance.isEmpty() || !tag.isEmpty();
}

ReportFilter::DaySplit ReportFilter::daySplit(const QList<QDateTime> &cuts) const
{
    DaySplit split{QStringLiteral("0000"), QStringLiteral("9999"), {}, {}};
    const QDateTime begin = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    QList<QDateTime> edges = cuts;
    if (from.isValid()) {
        split.firstDay = begin.date().toString(Qt::ISODate);
        edges << begin;
    }
    if (to.isValid()) {
        const QDate last = end.time() == QTime(0, 0) ? end.date() : end.date().addDays(1);
        split.endDay = last.toString(Qt::ISODate);
        edges << end;
    }
    QList<QDate> raw;
    for (const QDateTime &edge : std::as_const(edges)) {
        const QDateTime utc = edge.toUTC();
        if (utc.time() != QTime(0, 0) && !raw.contains(utc.date()) &&
            (!from.isValid() || utc >= begin) && (!to.isValid() || utc <= end))
            raw << utc.date();
    }
    std::sort(raw.begin(), raw.end());
    const auto text = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    for (const QDate &day : std::as_const(raw)) {
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        const QDateTime next = start.addDays(1);
        split.rawDays << day.toString(Qt::ISODate);
        split.rawRanges << std::pair{from.isValid() && begin > start ? text(begin) : text(start),
                                     to.isValid() && end < next ? text(end) : text(next)};
    }
    return split;
}

QString ReportFilter::DaySplit::notRaw(const QString &column, QVariantList *binds) const
{
    if (rawDays.isEmpty())
        return QString();
    for (const QString &day : rawDays)
        *binds << day;
    return QStringLiteral(" AND %1 NOT IN (%2)")
        .arg(column, QStringList(rawDays.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

QString ReportFilter::DaySplit::unite(const SqlPart &rows, const SqlPart &rowsAlso,
                                      const SqlPart &totals, const SqlPart &totalsAlso,
                                      QVariantList *binds) const
{
    QStringList parts;
    for (const auto &[begin, end] : rawRanges) {
        parts << rows.sql + rowsAlso.sql;
        *binds << rows.binds << begin << end << rowsAlso.binds;
    }
    *binds << totals.binds << firstDay << endDay << totalsAlso.binds;
    parts << totals.sql + totalsAlso.sql + notRaw(QStringLiteral("day"), binds);
    return parts.join(QStringLiteral(" UNION ALL "));
}

ReportFilter::SqlPart ReportFilter::totalsConditions(bool withPipeline) const
{
    SqlPart part;
    if (withPipeline && pipelineId != 0) {
        part.sql += QStringLiteral(" AND pipeline_id = ?");
        part.binds << pipelineId;
    }
    if (!responsible.isEmpty()) {
        part.sql += QStringLiteral(" AND responsible = ?");
        part.binds << responsible;
    }
    if (!source.isEmpty()) {
        part.sql += QStringLiteral(" AND source = ?");
        part.binds << source;
    }
    return part;
}

QList<QDateTime> ReportFilter::bucketStarts(bool monthly) const
{
    QList<QDateTime> starts;
    if (!from.isValid() || !to.isValid())
        return starts;
    const qint64 offset = QDateTime::currentDateTime().offsetFromUtc();
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (monthly ? day.day() == 1 : day.dayOfWeek() == Qt::Monday)
            starts << QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-offset);
    return starts;
}

QString ReportFilter::dealConditions(const QString &alias, QVariantList *binds) const
{
    QString sql;
    if (pipelineId != 0) {
        sql += QStringLiteral(" AND %1.pipeline_id = ?").arg(alias);
        *binds << pipelineId;
    }
    if (!responsible.isEmpty()) {
        sql += QStringLiteral(" AND %1.responsible = ?").arg(alias);
        *binds << responsible;
    }
    if (!source.isEmpty()) {
        sql += QStringLiteral(" AND %1.source = ?").arg(alias);
        *binds << source;
    }
    return sql + clientConditions(alias + QStringLiteral(".client_id"), binds);
}

QString ReportFilter::clientConditions(const QString &clientIdColumn, QVariantList *binds) const
{
    QString sql;
    if (!region.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM clients WHERE region = ?)")
                   .arg(clientIdColumn);
        *binds << region;
    }
    if (!importance.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM clients WHERE importance = ?)")
                   .arg(clientIdColumn);
        *binds << importance;
    }
    if (!tag.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT ct.client_id FROM client_tags ct JOIN tags t "
                              "ON t.id = ct.tag_id WHERE t.name = ?)")
                   .arg(clientIdColumn);
        *binds << tag;
    }
    return sql;
}

QString ReportFilter::localShift()
{
    return QStringLiteral("%1 seconds").arg(localOffset());
}

int ReportFilter::localOffset()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}
