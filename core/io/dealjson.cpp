#include "dealjson.h"

#include "deals/money.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}
} // namespace

QJsonObject DealJson::toJson(const Deal &d, const QList<StageStay> &history)
{
    QJsonArray items;
    for (const DealItem &i : d.items)
        items.append(QJsonObject{
            {QStringLiteral("product"), i.name},
            {QStringLiteral("sku"), orNull(i.sku)},
            {QStringLiteral("unit"), orNull(i.unit)},
            {QStringLiteral("quantity"), DealItem::scaledToText(i.quantity, 3).toDouble()},
            {QStringLiteral("price"), Money::toPlain(i.price)},
            {QStringLiteral("discount_percent"), DealItem::scaledToText(i.discount, 2).toDouble()},
            {QStringLiteral("vat_percent"), i.vatPercent < 0 ? QJsonValue() : i.vatPercent},
            {QStringLiteral("total"), Money::toPlain(i.total())},
            {QStringLiteral("vat"), Money::toPlain(i.vat())}});
    QJsonArray stays;
    for (const StageStay &s : history)
        stays.append(QJsonObject{{QStringLiteral("stage"), s.stageName},
                                 {QStringLiteral("status"), s.status},
                                 {QStringLiteral("entered_at"), s.enteredAt},
                                 {QStringLiteral("left_at"), orNull(s.leftAt)},
                                 {QStringLiteral("user"), orNull(s.user)},
                                 {QStringLiteral("reason"), orNull(s.reason)}});
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("client_id"), d.clientId},
        {QStringLiteral("client"), d.clientName},
        {QStringLiteral("contact_id"), idOrNull(d.contactId)},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("pipeline"), d.pipelineName},
        {QStringLiteral("stage"), d.stageName},
        {QStringLiteral("status"), Deal::statusToString(d.status)},
        {QStringLiteral("kind"), Deal::kindToString(d.kind)},
        {QStringLiteral("probability"), d.probability},
        {QStringLiteral("amount"), Money::toPlain(d.amount)},
        {QStringLiteral("final_amount"),
         d.status == Deal::Status::Won ? QJsonValue(Money::toPlain(d.finalAmount)) : QJsonValue()},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("budget"), d.budget < 0 ? QJsonValue() : Money::toPlain(d.budget)},
        {QStringLiteral("interest"), orNull(d.interest)},
        {QStringLiteral("needs"), orNull(d.needs)},
        {QStringLiteral("source"), orNull(d.source)},
        {QStringLiteral("responsible"), orNull(d.responsible)},
        {QStringLiteral("loss_reason"), orNull(d.lossReason)},
        {QStringLiteral("loss_comment"), orNull(d.lossComment)},
        {QStringLiteral("expected_close"), orNull(d.expectedClose.toString(Qt::ISODate))},
        {QStringLiteral("created_at"), d.createdAt},
        {QStringLiteral("closed_at"), orNull(d.closedAt)},
        {QStringLiteral("items"), items},
        {QStringLiteral("stage_history"), stays}};
}
