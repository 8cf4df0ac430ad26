#include "duplicatelookup.h"

#include "db/bulkstatement.h"
#include "searchindex.h"

DuplicateLookup::DuplicateLookup(const QSqlDatabase &db)
    : m_byInn(std::make_unique<BulkStatement>(
          db, "SELECT client_id FROM legal_entities WHERE inn = ? LIMIT 1")),
      m_byEmail(std::make_unique<BulkStatement>(
          db, "SELECT COALESCE(e.client_id, p.client_id) FROM emails e LEFT JOIN "
              "contact_persons p ON p.id = e.contact_id WHERE e.address = ? LIMIT 1")),
      m_byPhone(std::make_unique<BulkStatement>(
          db, "SELECT COALESCE(f.client_id, p.client_id) FROM phones f LEFT JOIN "
              "contact_persons p ON p.id = f.contact_id WHERE f.e164 = ? LIMIT 1")),
      m_byCompanyName(std::make_unique<BulkStatement>(
          db, "SELECT id FROM clients WHERE archived IN (0, 1) AND name_key = ? "
              "AND kind = 'company' ORDER BY archived, id LIMIT 1"))
{
}

DuplicateLookup::~DuplicateLookup() = default;

qint64 DuplicateLookup::find(const Client &client)
{
    for (const LegalEntity &l : client.legalEntities) {
        if (l.inn.isEmpty())
            continue;
        m_byInn->bind(1, l.inn);
        if (const qint64 id = m_byInn->selectId())
            return id;
    }
    // A company is also found through its people, a person only through itself.
    auto findEmails = [this](const QList<EmailEntry> &emails) -> qint64 {
        for (const EmailEntry &e : emails) {
            if (e.address.isEmpty())
                continue;
            m_byEmail->bind(1, e.address);
            if (const qint64 id = m_byEmail->selectId())
                return id;
        }
        return 0;
    };
    auto findPhones = [this](const QList<PhoneEntry> &phones) -> qint64 {
        for (const PhoneEntry &ph : phones) {
            if (ph.e164.isEmpty())
                continue;
            m_byPhone->bind(1, ph.e164);
            if (const qint64 id = m_byPhone->selectId())
                return id;
        }
        return 0;
    };
    if (const qint64 id = findEmails(client.emails))
        return id;
    for (const ContactPerson &p : client.contacts)
        if (const qint64 id = findEmails(p.emails))
            return id;
    if (const qint64 id = findPhones(client.phones))
        return id;
    for (const ContactPerson &p : client.contacts)
        if (const qint64 id = findPhones(p.phones))
            return id;
    if (client.kind == Client::Kind::Company) {
        m_byCompanyName->bind(1, SearchIndex::nameKey(client.name));
        if (const qint64 id = m_byCompanyName->selectId())
            return id;
    }
    return 0;
}
