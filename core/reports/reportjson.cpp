#include "reportjson.h"

#include "deals/money.h"
#include "funnel.h"
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
