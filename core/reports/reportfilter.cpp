#include "reportfilter.h"

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
    return !source.isEmpty() || !region.isEmpty() || !importance.isEmpty() || !tag.isEmpty();
}

ReportFilter::DaySplit ReportFilter::daySplit() const
{
    const QString midnight = QStringLiteral("T00:00:00Z");
    DaySplit split{beginUtc(), endUtc(), QStringLiteral("0000"), QStringLiteral("9999")};
    if (from.isValid()) {
        const QDateTime begin = QDateTime(from, QTime(0, 0)).toUTC();
        const QDate first = begin.time() == QTime(0, 0) ? begin.date() : begin.date().addDays(1);
        split.firstDay = first.toString(Qt::ISODate);
        split.headEnd = split.firstDay + midnight;
    }
    if (to.isValid()) {
        split.endDay = QDateTime(to.addDays(1), QTime(0, 0)).toUTC().date().toString(Qt::ISODate);
        split.tailBegin = split.endDay + midnight;
    }
    if (split.firstDay >= split.endDay) { // no whole UTC day: the deals alone
        split.headEnd = endUtc();
        split.tailBegin = endUtc();
        split.firstDay = split.endDay;
    }
    return split;
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
    return QStringLiteral("%1 seconds").arg(QDateTime::currentDateTime().offsetFromUtc());
}
