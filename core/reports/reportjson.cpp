#include "reportjson.h"

#include "channels.h"
#include "clientclasses.h"
#include "deals/money.h"
#include "efficiency.h"
#include "funnel.h"
#include "interactionstats.h"
#include "losses.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject ReportJson::funnel(const Funnel &f)
{
    QJsonArray stages;
    for (const FunnelStage &s : f.stages)
        stages.append(
            QJsonObject{{QStringLiteral("stage"), s.name},
                        {QStringLiteral("count"), s.count},
                        {QStringLiteral("amount"), Money::toPlain(s.amount)},
                        {QStringLiteral("weighted_amount"), Money::toPlain(s.weighted)},
                        {QStringLiteral("reached"), s.reached},
                        {QStringLiteral("conversion_to_next"), orNull(s.conversionToNext)},
                        {QStringLiteral("conversion_to_won"), orNull(s.conversionToWon)},
                        {QStringLiteral("avg_days_in_stage"), orNull(s.avgDaysInStage)}});
    return {{QStringLiteral("from"), date(f.from)},
            {QStringLiteral("to"), date(f.to)},
            {QStringLiteral("mode"), Funnel::modeToString(f.mode)},
            {QStringLiteral("pipeline"), f.pipeline},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("won"),
             QJsonObject{{QStringLiteral("count"), f.wonCount},
                         {QStringLiteral("amount"), Money::toPlain(f.wonAmount)}}},
            {QStringLiteral("lost"),
             QJsonObject{{QStringLiteral("count"), f.lostCount},
                         {QStringLiteral("amount"), Money::toPlain(f.lostAmount)}}}};
}

QJsonObject ReportJson::losses(const Losses &l)
{
    QJsonArray reasons;
    for (const Losses::Reason &r : l.reasons)
        reasons.append(QJsonObject{{QStringLiteral("reason"), r.name},
                                   {QStringLiteral("count"), r.count},
                                   {QStringLiteral("amount"), Money::toPlain(r.amount)}});
    QJsonArray months;
    for (const Losses::Month &m : l.months) {
        QJsonObject counts;
        for (int i = 0; i < l.reasons.size(); ++i)
            counts.insert(l.reasons.at(i).name, m.counts.value(i));
        months.append(
            QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("counts"), counts}});
    }
    return {{QStringLiteral("from"), date(l.from)},
            {QStringLiteral("to"), date(l.to)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("months"), months},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("count"), l.totalCount},
                         {QStringLiteral("amount"), Money::toPlain(l.totalAmount)}}}};
}

namespace {
QJsonObject efficiencyRow(const Efficiency::Row &r)
{
    const std::optional<qint64> average = r.averageDeal();
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("closed"), r.closed},
            {QStringLiteral("won"), r.won},
            {QStringLiteral("win_rate"), orNull(r.winRate())},
            {QStringLiteral("revenue"), Money::toPlain(r.wonAmount)},
            {QStringLiteral("average_deal"),
             average ? QJsonValue(Money::toPlain(*average)) : QJsonValue()},
            {QStringLiteral("average_cycle_days"), orNull(r.averageCycleDays())}};
}

QJsonArray counts(const QList<InteractionStats::Count> &list, const QString &keyName)
{
    QJsonArray out;
    for (const InteractionStats::Count &c : list)
        out.append(QJsonObject{{QStringLiteral("type"), c.type},
                               {keyName, c.key},
                               {QStringLiteral("count"), c.count}});
    return out;
}

QJsonArray totals(const QList<ClientClasses::Total> &list)
{
    QJsonArray out;
    for (const ClientClasses::Total &t : list)
        out.append(QJsonObject{{QStringLiteral("class"), QString(t.cls)},
                               {QStringLiteral("clients"), t.clients},
                               {QStringLiteral("revenue"), Money::toPlain(t.revenue)}});
    return out;
}
} // namespace

QJsonObject ReportJson::efficiency(const Efficiency &e)
{
    QJsonObject out{{QStringLiteral("from"), date(e.from)},
                    {QStringLiteral("to"), date(e.to)},
                    {QStringLiteral("total"), efficiencyRow(e.total)}};
    for (const auto &[name, rows] :
         {std::pair{QStringLiteral("by_month"), &e.byMonth},
          std::pair{QStringLiteral("by_source"), &e.bySource},
          std::pair{QStringLiteral("by_responsible"), &e.byResponsible}}) {
        QJsonArray list;
        for (const Efficiency::Row &r : *rows)
            list.append(efficiencyRow(r));
        out.insert(name, list);
    }
    return out;
}

QJsonObject ReportJson::interactions(const InteractionStats &s)
{
    QJsonArray quiet;
    for (const InteractionStats::Quiet &q : s.quiet)
        quiet.append(
            QJsonObject{{QStringLiteral("id"), q.clientId},
                        {QStringLiteral("name"), q.name},
                        {QStringLiteral("last_contact_at"),
                         q.lastContactAt.isEmpty() ? QJsonValue() : QJsonValue(q.lastContactAt)}});
    return {{QStringLiteral("from"), date(s.from)},
            {QStringLiteral("to"), date(s.to)},
            {QStringLiteral("by"), s.bucket == InteractionStats::Bucket::Week
                                       ? QStringLiteral("week")
                                       : QStringLiteral("month")},
            {QStringLiteral("total"), s.total},
            {QStringLiteral("by_result"), counts(s.byResult, QStringLiteral("result"))},
            {QStringLiteral("by_period"), counts(s.byPeriod, QStringLiteral("period"))},
            {QStringLiteral("by_user"), counts(s.byUser, QStringLiteral("user"))},
            {QStringLiteral("no_contact_days"), s.quietDays},
            {QStringLiteral("no_contact_count"), s.quietCount},
            {QStringLiteral("no_contact"), quiet}};
}

QJsonObject ReportJson::channels(const Channels &c)
{
    QJsonArray sources;
    for (const Channels::Source &s : c.sources)
        sources.append(QJsonObject{{QStringLiteral("source"), s.source},
                                   {QStringLiteral("new_clients"), s.newClients},
                                   {QStringLiteral("new_deals"), s.newDeals},
                                   {QStringLiteral("won"), s.won},
                                   {QStringLiteral("revenue"), Money::toPlain(s.revenue)}});
    QJsonArray campaigns;
    for (const Channels::Campaign &m : c.campaigns) {
        const std::optional<qint64> perWon = m.costPerWon();
        campaigns.append(
            QJsonObject{{QStringLiteral("id"), m.id},
                        {QStringLiteral("name"), m.name},
                        {QStringLiteral("channel"), m.channel},
                        {QStringLiteral("status"), m.status},
                        {QStringLiteral("sent"), m.sent},
                        {QStringLiteral("failed"), m.failed},
                        {QStringLiteral("waiting"), m.waiting},
                        {QStringLiteral("excluded"), m.excluded},
                        {QStringLiteral("cost"), Money::toPlain(m.cost)},
                        {QStringLiteral("won"), m.won},
                        {QStringLiteral("revenue"), Money::toPlain(m.revenue)},
                        {QStringLiteral("roi"), orNull(m.roi())},
                        {QStringLiteral("cost_per_won"),
                         perWon ? QJsonValue(Money::toPlain(*perWon)) : QJsonValue()}});
    }
    return {{QStringLiteral("from"), date(c.from)},
            {QStringLiteral("to"), date(c.to)},
            {QStringLiteral("attribution_days"), Channels::AttributionDays},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("campaigns"), campaigns}};
}

QJsonObject ReportJson::clientClasses(const ClientClasses &c)
{
    QJsonArray clients;
    for (const ClientClasses::Client &k : c.clients)
        clients.append(QJsonObject{{QStringLiteral("id"), k.id},
                                   {QStringLiteral("name"), k.name},
                                   {QStringLiteral("won"), k.won},
                                   {QStringLiteral("revenue"), Money::toPlain(k.revenue)},
                                   {QStringLiteral("share"), k.share},
                                   {QStringLiteral("cumulative"), k.cumulative},
                                   {QStringLiteral("abc"), QString(k.abc)},
                                   {QStringLiteral("xyz"), QString(k.xyz)},
                                   {QStringLiteral("variation"), k.variation}});
    return {{QStringLiteral("from"), date(c.from)},
            {QStringLiteral("to"), date(c.to)},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("a"), c.thresholds.a},
                                                       {QStringLiteral("b"), c.thresholds.b},
                                                       {QStringLiteral("x"), c.thresholds.x},
                                                       {QStringLiteral("y"), c.thresholds.y}}},
            {QStringLiteral("months"), c.months},
            {QStringLiteral("revenue"), Money::toPlain(c.revenue)},
            {QStringLiteral("abc"), totals(c.abc)},
            {QStringLiteral("xyz"), totals(c.xyz)},
            {QStringLiteral("clients"), clients}};
}
