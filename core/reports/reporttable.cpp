#include "reporttable.h"

#include "channels.h"
#include "clientclasses.h"
#include "deals/money.h"
#include "efficiency.h"
#include "funnel.h"
#include "interactionstats.h"
#include "losses.h"

#include <algorithm>

QString ReportTable::share(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

ReportTable ReportTable::funnel(const Funnel &f)
{
    ReportTable t;
    t.headers = {tr("Stage"),         tr("Deals"),  tr("Amount"),       tr("Weighted"),
                 tr("To next stage"), tr("To won"), tr("Days in stage")};
    t.numeric = {false, true, true, true, true, true, true};
    for (const FunnelStage &s : f.stages)
        t.rows << QStringList{s.name,
                              QString::number(s.count),
                              Money::toPlain(s.amount),
                              Money::toPlain(s.weighted),
                              share(s.conversionToNext),
                              share(s.conversionToWon),
                              s.avgDaysInStage ? QString::number(*s.avgDaysInStage, 'f', 1)
                                               : QString()};
    t.rows << QStringList{tr("Won"),
                          QString::number(f.wonCount),
                          Money::toPlain(f.wonAmount),
                          QString(),
                          QString(),
                          QString(),
                          QString()};
    t.rows << QStringList{tr("Lost"),
                          QString::number(f.lostCount),
                          Money::toPlain(f.lostAmount),
                          QString(),
                          QString(),
                          QString(),
                          QString()};
    return t;
}

ReportTable ReportTable::losses(const Losses &l)
{
    ReportTable t;
    t.headers = {tr("Loss reason"), tr("Deals"), tr("Amount"), tr("Share")};
    t.numeric = {false, true, true, true};
    for (const Losses::Reason &r : l.reasons)
        t.rows << QStringList{r.name, QString::number(r.count), Money::toPlain(r.amount),
                              share(l.totalCount
                                        ? std::optional<double>(double(r.count) / l.totalCount)
                                        : std::nullopt)};
    t.rows << QStringList{tr("Total"), QString::number(l.totalCount), Money::toPlain(l.totalAmount),
                          QString()};
    return t;
}

QString ReportTable::toText() const
{
    QList<qsizetype> width(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        width[c] = headers.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width.at(c), row.at(c).size());
    auto line = [&](const QStringList &cells) -> QString {
        QStringList out;
        for (qsizetype c = 0; c < cells.size() && c < width.size(); ++c)
            out << (numeric.value(c) ? cells.at(c).rightJustified(width.at(c))
                                     : cells.at(c).leftJustified(width.at(c)));
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

ReportTable ReportTable::efficiency(const Efficiency &e)
{
    ReportTable t;
    t.headers = {tr("Group"),   tr("Closed"),       tr("Won"),        tr("Win rate"),
                 tr("Revenue"), tr("Average deal"), tr("Cycle, days")};
    t.numeric = {false, true, true, true, true, true, true};
    auto add = [&t](const QString &key, const Efficiency::Row &r) {
        const std::optional<qint64> average = r.averageDeal();
        const std::optional<double> cycle = r.averageCycleDays();
        t.rows << QStringList{key,
                              QString::number(r.closed),
                              QString::number(r.won),
                              share(r.winRate()),
                              Money::toPlain(r.wonAmount),
                              average ? Money::toPlain(*average) : QString(),
                              cycle ? QString::number(*cycle, 'f', 1) : QString()};
    };
    for (const Efficiency::Row &r : e.byMonth)
        add(r.key, r);
    for (const Efficiency::Row &r : e.bySource)
        add(tr("Source: %1").arg(r.key.isEmpty() ? tr("not given") : r.key), r);
    for (const Efficiency::Row &r : e.byResponsible)
        add(tr("Responsible: %1").arg(r.key.isEmpty() ? tr("nobody") : r.key), r);
    add(tr("Total"), e.total);
    return t;
}

ReportTable ReportTable::interactions(const InteractionStats &s)
{
    ReportTable t;
    t.headers = {tr("Type"), tr("Result"), tr("Interactions")};
    t.numeric = {false, false, true};
    for (const InteractionStats::Count &c : s.byResult)
        t.rows << QStringList{c.type, c.key, QString::number(c.count)};
    t.rows << QStringList{tr("Total"), QString(), QString::number(s.total)};
    t.rows << QStringList{tr("No contact for %n day(s)", nullptr, s.quietDays), QString(),
                          QString::number(s.quietCount)};
    return t;
}

ReportTable ReportTable::channels(const Channels &c)
{
    ReportTable t;
    t.headers = {
        tr("Source or mailing"), tr("New clients"), tr("New deals"), tr("Sent"), tr("Failed"),
        tr("Excluded"),          tr("Won"),         tr("Revenue"),   tr("Cost"), tr("ROI"),
        tr("Cost per won deal")};
    t.numeric = {false, true, true, true, true, true, true, true, true, true, true};
    for (const Channels::Source &s : c.sources)
        t.rows << QStringList{s.source.isEmpty() ? tr("Source not given") : s.source,
                              QString::number(s.newClients),
                              QString::number(s.newDeals),
                              QString(),
                              QString(),
                              QString(),
                              QString::number(s.won),
                              Money::toPlain(s.revenue),
                              QString(),
                              QString(),
                              QString()};
    for (const Channels::Campaign &m : c.campaigns) {
        const std::optional<qint64> perWon = m.costPerWon();
        t.rows << QStringList{tr("Mailing: %1").arg(m.name),
                              QString(),
                              QString(),
                              QString::number(m.sent),
                              QString::number(m.failed),
                              QString::number(m.excluded),
                              QString::number(m.won),
                              Money::toPlain(m.revenue),
                              Money::toPlain(m.cost),
                              share(m.roi()),
                              perWon ? Money::toPlain(*perWon) : QString()};
    }
    return t;
}

ReportTable ReportTable::clientClasses(const ClientClasses &c)
{
    ReportTable t;
    t.headers = {tr("Client"),     tr("Won deals"), tr("Revenue"), tr("Share"),
                 tr("Cumulative"), tr("ABC"),       tr("XYZ"),     tr("Variation")};
    t.numeric = {false, true, true, true, true, false, false, true};
    for (const ClientClasses::Client &k : c.clients)
        t.rows << QStringList{k.name,
                              QString::number(k.won),
                              Money::toPlain(k.revenue),
                              QString::number(k.share, 'f', 4),
                              QString::number(k.cumulative, 'f', 4),
                              QString(k.abc),
                              QString(k.xyz),
                              QString::number(k.variation, 'f', 4)};
    return t;
}
