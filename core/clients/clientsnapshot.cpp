#include "clientsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Phones and e-mails alike: the id, the label and what was typed. Normalised
// forms are left out: the repository computes them again on save.
template <typename Entry> QJsonArray entriesToJson(const QList<Entry> &entries)
{
    QJsonArray out;
    for (const Entry &e : entries)
        out.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("label"), e.label},
                               {QStringLiteral("raw"), e.raw}});
    return out;
}

template <typename Entry> QList<Entry> entriesFromJson(const QJsonArray &array)
{
    QList<Entry> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("id")).toInteger(),
                    o.value(QLatin1String("label")).toString(),
                    o.value(QLatin1String("raw")).toString(), QString()});
    }
    return out;
}
} // namespace

QByteArray ClientSnapshot::toJson(const Client &c)
{
    QJsonArray legal;
    for (const LegalEntity &l : c.legalEntities)
        legal.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("inn"), l.inn},
                                 {QStringLiteral("kpp"), l.kpp},
                                 {QStringLiteral("ogrn"), l.ogrn},
                                 {QStringLiteral("bank_name"), l.bankName},
                                 {QStringLiteral("bik"), l.bik},
                                 {QStringLiteral("bank_account"), l.bankAccount},
                                 {QStringLiteral("corr_account"), l.corrAccount},
                                 {QStringLiteral("legal_address"), l.legalAddress}});
    QJsonArray contacts;
    for (const ContactPerson &p : c.contacts)
        contacts.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("last_name"), p.lastName},
                        {QStringLiteral("first_name"), p.firstName},
                        {QStringLiteral("middle_name"), p.middleName},
                        {QStringLiteral("position"), p.position},
                        {QStringLiteral("birthday"), ContactPerson::birthdayToText(p.birthday)},
                        {QStringLiteral("notes"), p.notes},
                        {QStringLiteral("email_opt_out"), p.emailOptOut},
                        {QStringLiteral("sms_opt_out"), p.smsOptOut},
                        {QStringLiteral("phones"), entriesToJson(p.phones)},
                        {QStringLiteral("emails"), entriesToJson(p.emails)}});
    const QJsonObject o{{QStringLiteral("id"), c.id},
                        {QStringLiteral("kind"), Client::kindToString(c.kind)},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("first_name"), c.firstName},
                        {QStringLiteral("middle_name"), c.middleName},
                        {QStringLiteral("last_name"), c.lastName},
                        {QStringLiteral("birthday"), ContactPerson::birthdayToText(c.birthday)},
                        {QStringLiteral("parent_id"), c.parentId},
                        {QStringLiteral("region"), c.region},
                        {QStringLiteral("city"), c.city},
                        {QStringLiteral("address"), c.address},
                        {QStringLiteral("importance"), c.importance},
                        {QStringLiteral("source"), c.source},
                        {QStringLiteral("responsible"), c.responsible},
                        {QStringLiteral("notes"), c.notes},
                        {QStringLiteral("email_opt_out"), c.emailOptOut},
                        {QStringLiteral("sms_opt_out"), c.smsOptOut},
                        {QStringLiteral("archived"), c.archived},
                        {QStringLiteral("phones"), entriesToJson(c.phones)},
                        {QStringLiteral("emails"), entriesToJson(c.emails)},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                        {QStringLiteral("legal_entities"), legal},
                        {QStringLiteral("contacts"), contacts}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Client ClientSnapshot::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    Client c;
    c.id = o.value(QLatin1String("id")).toInteger();
    Client::kindFromString(s("kind"), &c.kind);
    c.name = s("name");
    c.firstName = s("first_name");
    c.middleName = s("middle_name");
    c.lastName = s("last_name");
    c.birthday = ContactPerson::birthdayFromText(s("birthday"));
    c.parentId = o.value(QLatin1String("parent_id")).toInteger();
    c.region = s("region");
    c.city = s("city");
    c.address = s("address");
    c.importance = s("importance");
    c.source = s("source");
    c.responsible = s("responsible");
    c.notes = s("notes");
    c.emailOptOut = o.value(QLatin1String("email_opt_out")).toBool();
    c.smsOptOut = o.value(QLatin1String("sms_opt_out")).toBool();
    c.archived = o.value(QLatin1String("archived")).toBool();
    c.phones = entriesFromJson<PhoneEntry>(o.value(QLatin1String("phones")).toArray());
    c.emails = entriesFromJson<EmailEntry>(o.value(QLatin1String("emails")).toArray());
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        c.tags << t.toString();
    for (const QJsonValue &v : o.value(QLatin1String("legal_entities")).toArray()) {
        const QJsonObject l = v.toObject();
        auto ls = [&l](const char *key) { return l.value(QLatin1String(key)).toString(); };
        c.legalEntities.append({l.value(QLatin1String("id")).toInteger(), ls("name"), ls("inn"),
                                ls("kpp"), ls("ogrn"), ls("bank_name"), ls("bik"),
                                ls("bank_account"), ls("corr_account"), ls("legal_address")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject p = v.toObject();
        auto ps = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
        ContactPerson person;
        person.id = p.value(QLatin1String("id")).toInteger();
        person.lastName = ps("last_name");
        person.firstName = ps("first_name");
        person.middleName = ps("middle_name");
        person.position = ps("position");
        person.birthday = ContactPerson::birthdayFromText(ps("birthday"));
        person.notes = ps("notes");
        person.emailOptOut = p.value(QLatin1String("email_opt_out")).toBool();
        person.smsOptOut = p.value(QLatin1String("sms_opt_out")).toBool();
        person.phones = entriesFromJson<PhoneEntry>(p.value(QLatin1String("phones")).toArray());
        person.emails = entriesFromJson<EmailEntry>(p.value(QLatin1String("emails")).toArray());
        c.contacts << person;
    }
    return c;
}
