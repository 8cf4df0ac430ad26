#include "clientjson.h"

#include <QJsonArray>

namespace {
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray phones(const QList<PhoneEntry> &list)
{
    QJsonArray out;
    for (const PhoneEntry &p : list)
        out.append(p.value());
    return out;
}

QJsonArray emails(const QList<EmailEntry> &list)
{
    QJsonArray out;
    for (const EmailEntry &e : list)
        out.append(e.value());
    return out;
}
} // namespace

QJsonObject ClientJson::toJson(const Client &c)
{
    QJsonArray legal;
    for (const LegalEntity &l : c.legalEntities)
        legal.append(QJsonObject{{QStringLiteral("name"), text(l.name)},
                                 {QStringLiteral("inn"), text(l.inn)},
                                 {QStringLiteral("kpp"), text(l.kpp)},
                                 {QStringLiteral("ogrn"), text(l.ogrn)},
                                 {QStringLiteral("bank_name"), text(l.bankName)},
                                 {QStringLiteral("bik"), text(l.bik)},
                                 {QStringLiteral("bank_account"), text(l.bankAccount)},
                                 {QStringLiteral("corr_account"), text(l.corrAccount)},
                                 {QStringLiteral("legal_address"), text(l.legalAddress)}});
    QJsonArray contacts;
    for (const ContactPerson &p : c.contacts)
        contacts.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("first_name"), text(p.firstName)},
            {QStringLiteral("middle_name"), text(p.middleName)},
            {QStringLiteral("last_name"), text(p.lastName)},
            {QStringLiteral("position"), text(p.position)},
            {QStringLiteral("birthday"), text(ContactPerson::birthdayToText(p.birthday))},
            {QStringLiteral("phones"), phones(p.phones)},
            {QStringLiteral("emails"), emails(p.emails)},
            {QStringLiteral("email_opt_out"), p.emailOptOut},
            {QStringLiteral("sms_opt_out"), p.smsOptOut}});
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), Client::kindToString(c.kind)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("first_name"), text(c.firstName)},
        {QStringLiteral("middle_name"), text(c.middleName)},
        {QStringLiteral("last_name"), text(c.lastName)},
        {QStringLiteral("birthday"), text(ContactPerson::birthdayToText(c.birthday))},
        {QStringLiteral("phones"), phones(c.phones)},
        {QStringLiteral("emails"), emails(c.emails)},
        {QStringLiteral("city"), text(c.city)},
        {QStringLiteral("region"), text(c.region)},
        {QStringLiteral("address"), text(c.address)},
        {QStringLiteral("importance"), text(c.importance)},
        {QStringLiteral("source"), text(c.source)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("notes"), text(c.notes)},
        {QStringLiteral("legal_entities"), legal},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("email_opt_out"), c.emailOptOut},
        {QStringLiteral("sms_opt_out"), c.smsOptOut},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("updated_at"), c.updatedAt},
    };
}

QJsonObject ClientJson::toJson(const ClientListRow &row, const Client &c)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("kind"), row.kind},
                       {QStringLiteral("name"), row.name},
                       {QStringLiteral("city"), text(row.city)},
                       {QStringLiteral("phones"), phones(c.phones)},
                       {QStringLiteral("emails"), emails(c.emails)}};
}
