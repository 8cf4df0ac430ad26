#include "recipientfinder.h"

#include "clients/clientrepository.h"
#include "clients/emailaddress.h"
#include "clients/phonenormalizer.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "settings/settingsrepository.h"

#include <QSqlQuery>

namespace {
QString firstEmail(const QList<EmailEntry> &emails)
{
    for (const EmailEntry &e : emails)
        if (e.isValid())
            return e.address;
    return {};
}

QString firstPhone(const QList<PhoneEntry> &phones)
{
    for (const PhoneEntry &p : phones)
        if (p.isValid())
            return p.e164;
    return {};
}
} // namespace

std::optional<RecipientData>
RecipientFinder::fill(const Client &client, const ContactPerson *contact, QString *error) const
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    RecipientData r;
    r.clientId = client.id;
    r.clientName = client.displayName();
    r.city = client.city;
    r.region = client.region;
    r.postalAddress = client.address;
    r.inn = client.legalEntities.value(0).inn;
    r.manager = client.responsible.isEmpty() ? m_manager : client.responsible;
    const QString who = contact ? contact->fullName() : client.displayName();
    if (contact) {
        if (isEmail() ? contact->emailOptOut : contact->smsOptOut)
            return refuse(isEmail() ? tr("%1 opted out of e-mail.").arg(who)
                                    : tr("%1 opted out of SMS.").arg(who));
        r.contactId = contact->id;
        r.firstName = contact->firstName;
        r.middleName = contact->middleName;
        r.lastName = contact->lastName;
        r.position = contact->position;
        r.address = isEmail() ? firstEmail(contact->emails) : firstPhone(contact->phones);
    } else {
        if (client.kind == Client::Kind::Person) {
            r.firstName = client.firstName;
            r.middleName = client.middleName;
            r.lastName = client.lastName;
        }
        r.address = isEmail() ? firstEmail(client.emails) : firstPhone(client.phones);
    }
    if (isEmail() ? client.emailOptOut : client.smsOptOut)
        return refuse(isEmail() ? tr("%1 opted out of e-mail.").arg(client.displayName())
                                : tr("%1 opted out of SMS.").arg(client.displayName()));
    if (r.address.isEmpty())
        return refuse(isEmail() ? tr("%1 has no e-mail address.").arg(who)
                                : tr("%1 has no mobile phone number.").arg(who));
    return r;
}

std::optional<RecipientData> RecipientFinder::forClient(qint64 clientId, QString *error) const
{
    const std::optional<Client> client = ClientRepository(m_db).load(clientId);
    if (!client) {
        if (error)
            *error = tr("There is no client %1.").arg(clientId);
        return std::nullopt;
    }
    const QString own = isEmail() ? firstEmail(client->emails) : firstPhone(client->phones);
    if (own.isEmpty()) {
        for (const ContactPerson &p : client->contacts) {
            const QString theirs = isEmail() ? firstEmail(p.emails) : firstPhone(p.phones);
            if (!theirs.isEmpty())
                return fill(*client, &p, error);
        }
    }
    return fill(*client, nullptr, error);
}

std::optional<RecipientData> RecipientFinder::forContact(qint64 contactId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT client_id FROM contact_persons WHERE id = ?"));
    q.addBindValue(contactId);
    const std::optional<Client> client =
        q.exec() && q.next() ? ClientRepository(m_db).load(q.value(0).toLongLong()) : std::nullopt;
    if (client) {
        for (const ContactPerson &p : client->contacts)
            if (p.id == contactId)
                return fill(*client, &p, error);
    }
    if (error)
        *error = tr("There is no contact person %1.").arg(contactId);
    return std::nullopt;
}

std::optional<RecipientData> RecipientFinder::forAddress(const QString &typed, QString *error) const
{
    RecipientData r;
    r.manager = m_manager;
    if (isEmail()) {
        r.address = EmailAddress::normalize(typed);
        if (!EmailAddress::isValid(typed)) {
            if (error)
                *error = tr("\"%1\" is not an e-mail address.").arg(typed);
            return std::nullopt;
        }
    } else {
        r.address = PhoneNormalizer(SettingsRepository(m_db).phoneRegion()).toE164(typed);
        if (r.address.isEmpty()) {
            if (error)
                *error = tr("\"%1\" is not a phone number.").arg(typed);
            return std::nullopt;
        }
    }
    // The card of whoever has the address, so the message lands in its history.
    QSqlQuery q(m_db.connection());
    q.prepare(isEmail() ? QStringLiteral("SELECT client_id, contact_id FROM emails "
                                         "WHERE address = ? ORDER BY id LIMIT 1")
                        : QStringLiteral("SELECT client_id, contact_id FROM phones "
                                         "WHERE e164 = ? ORDER BY id LIMIT 1"));
    q.addBindValue(r.address);
    if (!q.exec() || !q.next())
        return r;
    const qint64 contactId = q.value(1).toLongLong();
    std::optional<RecipientData> known =
        contactId ? forContact(contactId, error) : forClient(q.value(0).toLongLong(), error);
    if (known)
        known->address = r.address;
    return known;
}

bool RecipientFinder::addDeal(RecipientData &r, qint64 dealId, QString *error) const
{
    const std::optional<Deal> deal = DealRepository(m_db).load(dealId, error);
    if (!deal)
        return false;
    r.dealId = deal->id;
    r.dealTitle = deal->title;
    r.dealStage = deal->stageName;
    r.dealAmount = deal->status == Deal::Status::Won ? deal->finalAmount : deal->amount;
    r.currency = deal->currency;
    r.expectedClose = deal->expectedClose;
    if (!deal->responsible.isEmpty())
        r.manager = deal->responsible;
    if (r.clientId == 0)
        r.clientId = deal->clientId;
    return true;
}
