#include "clientbulkwriter.h"

#include "clientrepository.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/sql.h"
#include "searchindex.h"
#include "sidesearchindex.h"

namespace {
// For the nullable text columns save() binds through Sql::nullIfEmpty.
void bindOrNull(BulkStatement &s, int index, const QString &text)
{
    if (text.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, text);
}
} // namespace

ClientBulkWriter::Record ClientBulkWriter::record(Client client)
{
    Record r;
    r.nameKey = SearchIndex::nameKey(client.name);
    SearchIndex::Documents d = SearchIndex::documents(client);
    r.nameDocument = std::move(d.name);
    r.bodyDocument = std::move(d.body);
    r.client = std::move(client);
    return r;
}

ClientBulkWriter::ClientBulkWriter(const Database &db, ClientRepository &clients)
    : m_db(db), m_clients(clients)
{
}

ClientBulkWriter::~ClientBulkWriter()
{
    // sql-identifier: m_cacheSize is the int PRAGMA cache_size gave; a PRAGMA binds nothing.
    if (m_cacheSize != 0)
        QSqlQuery(m_db.connection())
            .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

bool ClientBulkWriter::open(QString *error, SideSearchIndex *side)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // The indexes a big import walks at random (e-mails, phones, names) stay
    // in memory; the usual cache is back when the writer goes.
    if (m_cacheSize == 0 && q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_cacheSize = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -98304"));
    }
    // FTS5 builds its segments far faster from one stream than row by row
    // (about 50 µs a client less), and merges them less often.
    bool ok = q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_fts(id INTEGER "
                                    "PRIMARY KEY, name TEXT, body TEXT)")) &&
              q.exec(QStringLiteral("DELETE FROM import_fts")) &&
              q.prepare(QStringLiteral(
                  "INSERT INTO clients_fts(clients_fts, rank) VALUES ('automerge', ?)"));
    if (ok) {
        q.addBindValue(SearchAutomerge);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_client = std::make_unique<BulkStatement>(
        db,
        "INSERT INTO clients(kind, name, name_key, first_name, middle_name, last_name, "
        "parent_id, region, city, address, importance, source, responsible, notes, "
        "email_opt_out, sms_opt_out, archived, birthday, created_at, updated_at, list_phone, "
        "list_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_phone = std::make_unique<BulkStatement>(
        db, "INSERT INTO phones(client_id, contact_id, label, raw, e164, position) "
            "VALUES (?, ?, ?, ?, ?, ?)");
    m_email = std::make_unique<BulkStatement>(
        db, "INSERT INTO emails(client_id, contact_id, label, raw, address, position) "
            "VALUES (?, ?, ?, ?, ?, ?)");
    m_contact = std::make_unique<BulkStatement>(
        db, "INSERT INTO contact_persons(last_name, first_name, middle_name, position, birthday, "
            "notes, client_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_legal = std::make_unique<BulkStatement>(
        db, "INSERT INTO legal_entities(name, inn, kpp, ogrn, bank_name, bik, bank_account, "
            "corr_account, legal_address, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_tag = std::make_unique<BulkStatement>(
        db, "INSERT OR IGNORE INTO client_tags(client_id, tag_id) VALUES (?, ?)");
    m_stage = std::make_unique<BulkStatement>(
        db, "INSERT INTO import_fts(id, name, body) VALUES (?, ?, ?)");
    m_restage = std::make_unique<BulkStatement>(
        db, "INSERT OR REPLACE INTO import_fts(id, name, body) VALUES (?, ?, ?)");
    m_batch = std::make_unique<BulkStatement>(
        db, "INSERT OR IGNORE INTO import_batch_clients(batch_id, client_id, action) "
            "VALUES (?, ?, 'created')");
    for (const auto *s : {&m_client, &m_phone, &m_email, &m_contact, &m_legal, &m_tag, &m_stage,
                          &m_restage, &m_batch})
        if (!(*s)->isValid())
            return fail(**s, error);
    // Every client up to the last id has its search document indexed already;
    // no id at all: the base is empty.
    m_indexedUpTo = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM clients")) && q.next())
        m_indexedUpTo = q.value(0).toLongLong();
    q.finish(); // no index can be dropped while a statement reads
    m_baseWasEmpty = m_indexedUpTo == 0;
    if (m_baseWasEmpty && !setAside(m_schema, db, error))
        return false;
    m_side = m_baseWasEmpty && side && side->isActive() ? side : nullptr;
    m_auditOn = true;
    m_inserted = 0;
    m_created.clear();
    m_now = Sql::utcNow();
    return true;
}

bool ClientBulkWriter::setAside(DeferredSchema &schema, const QSqlDatabase &db, QString *error)
{
    // Into an empty base nothing is looked up but the clients this import
    // wrote, by id: the other indexes are built once at the end. Every client
    // the import touches is one it creates, so the triggers that keep the
    // history of changes have nothing to keep, and the daily totals of new
    // clients are counted by the writer as it goes.
    const QStringList tables = {QStringLiteral("clients"),        QStringLiteral("phones"),
                                QStringLiteral("emails"),         QStringLiteral("contact_persons"),
                                QStringLiteral("legal_entities"), QStringLiteral("client_tags")};
    return schema.takeIndexes(
               db, tables,
               {QStringLiteral("phones_by_client"), QStringLiteral("phones_by_contact"),
                QStringLiteral("emails_by_client"), QStringLiteral("emails_by_contact"),
                QStringLiteral("contact_persons_by_client"),
                QStringLiteral("legal_entities_by_client")},
               error) &&
           schema.takeTriggers(db, tables, error);
}

bool ClientBulkWriter::fail(const BulkStatement &statement, QString *error) const
{
    if (error)
        *error = statement.error();
    return false;
}

bool ClientBulkWriter::setAudit(bool on, QString *error)
{
    // In an empty base the triggers that read the switch are set aside.
    if (m_auditOn == on || m_baseWasEmpty)
        return true;
    QSqlQuery q(m_db.connection());
    if (!q.exec(on ? QStringLiteral("DELETE FROM settings WHERE key = 'audit_inserts'")
                   : QStringLiteral("INSERT OR REPLACE INTO settings(key, value) "
                                    "VALUES ('audit_inserts', '0')"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_auditOn = on;
    // A clock read per switch, not per row: created_at has seconds only.
    m_now = Sql::utcNow();
    return true;
}

bool ClientBulkWriter::resumeAudit(QString *error)
{
    return setAudit(true, error);
}

bool ClientBulkWriter::insert(Record &record, qint64 batchId, QString *error)
{
    if (!setAudit(false, error))
        return false;
    if (++m_inserted % 1024 == 0)
        m_now = Sql::utcNow();
    Client &c = record.client;
    BulkStatement &s = *m_client;
    s.bind(1, Client::kindToString(c.kind));
    s.bind(2, c.name);
    s.bind(3, record.nameKey);
    bindOrNull(s, 4, c.firstName.trimmed());
    bindOrNull(s, 5, c.middleName.trimmed());
    bindOrNull(s, 6, c.lastName.trimmed());
    s.bindId(7, c.parentId);
    s.bind(8, c.region.trimmed());
    s.bind(9, c.city.trimmed());
    s.bind(10, c.address.trimmed());
    s.bind(11, c.importance);
    s.bind(12, c.source.trimmed());
    s.bind(13, c.responsible.trimmed());
    s.bind(14, c.notes);
    s.bind(15, qint64(c.emailOptOut ? 1 : 0));
    s.bind(16, qint64(c.smsOptOut ? 1 : 0));
    s.bind(17, qint64(c.archived ? 1 : 0));
    // Only people have birthdays; a company's contacts carry theirs.
    bindOrNull(s, 18,
               c.kind == Client::Kind::Person ? ContactPerson::birthdayToText(c.birthday)
                                              : QString());
    s.bind(19, m_now);
    s.bind(20, m_now);
    s.bind(21, c.phones.value(0).value());
    s.bind(22, c.emails.value(0).value());
    if (!s.exec())
        return fail(s, error);
    c.id = s.lastInsertId();
    c.createdAt = m_now;
    c.updatedAt = m_now;
    countCreated(c, 1);

    auto addPhones = [&](qint64 clientId, qint64 contactId, QList<PhoneEntry> &phones) {
        for (int i = 0; i < phones.size(); ++i) {
            PhoneEntry &p = phones[i];
            m_phone->bindId(1, clientId);
            m_phone->bindId(2, contactId);
            m_phone->bind(3, p.label);
            m_phone->bind(4, p.raw);
            bindOrNull(*m_phone, 5, p.e164);
            m_phone->bind(6, qint64(i));
            if (!m_phone->exec())
                return false;
            p.id = m_phone->lastInsertId();
        }
        return true;
    };
    auto addEmails = [&](qint64 clientId, qint64 contactId, QList<EmailEntry> &emails) {
        for (int i = 0; i < emails.size(); ++i) {
            EmailEntry &e = emails[i];
            m_email->bindId(1, clientId);
            m_email->bindId(2, contactId);
            m_email->bind(3, e.label);
            m_email->bind(4, e.raw);
            bindOrNull(*m_email, 5, e.address);
            m_email->bind(6, qint64(i));
            if (!m_email->exec())
                return false;
            e.id = m_email->lastInsertId();
        }
        return true;
    };
    if (!addPhones(c.id, 0, c.phones))
        return fail(*m_phone, error);
    if (!addEmails(c.id, 0, c.emails))
        return fail(*m_email, error);
    for (ContactPerson &p : c.contacts) {
        m_contact->bind(1, p.lastName.trimmed());
        m_contact->bind(2, p.firstName.trimmed());
        m_contact->bind(3, p.middleName.trimmed());
        m_contact->bind(4, p.position.trimmed());
        bindOrNull(*m_contact, 5, ContactPerson::birthdayToText(p.birthday));
        m_contact->bind(6, p.notes);
        m_contact->bind(7, c.id);
        if (!m_contact->exec())
            return fail(*m_contact, error);
        p.id = m_contact->lastInsertId();
        if (!addPhones(0, p.id, p.phones))
            return fail(*m_phone, error);
        if (!addEmails(0, p.id, p.emails))
            return fail(*m_email, error);
    }
    for (LegalEntity &l : c.legalEntities) {
        const QStringList values = {l.name, l.inn,         l.kpp,         l.ogrn,        l.bankName,
                                    l.bik,  l.bankAccount, l.corrAccount, l.legalAddress};
        for (int i = 0; i < values.size(); ++i)
            m_legal->bind(i + 1, values.at(i).trimmed());
        m_legal->bind(10, c.id);
        if (!m_legal->exec())
            return fail(*m_legal, error);
        l.id = m_legal->lastInsertId();
    }
    for (const QString &given : std::as_const(c.tags)) {
        QString tag = given;
        qint64 tagId = 0;
        // Asked of the base once per import (the repository keeps them in bulk
        // mode); the audit stays off for a new tag.
        if (!m_clients.resolveTag(&tag, error, &tagId))
            return false;
        if (!tagId)
            continue;
        m_tag->bind(1, c.id);
        m_tag->bind(2, tagId);
        if (!m_tag->exec())
            return fail(*m_tag, error);
    }
    if (m_side) {
        if (!m_side->add(c.id, std::move(record.nameDocument), std::move(record.bodyDocument),
                         error))
            return false;
    } else {
        m_stage->bind(1, c.id);
        m_stage->bind(2, record.nameDocument);
        m_stage->bind(3, record.bodyDocument);
        if (!m_stage->exec())
            return fail(*m_stage, error);
        // In slices: a staging table of a million documents would hold them
        // all in memory (temp_store = MEMORY), about 200 MB.
        if (m_inserted % 65536 == 0 && !flushSearch(error))
            return false;
    }
    if (batchId) {
        m_batch->bind(1, batchId);
        m_batch->bind(2, c.id);
        if (!m_batch->exec())
            return fail(*m_batch, error);
    }
    return true;
}

bool ClientBulkWriter::updated(const Client &before, const Client &after, QString *error)
{
    countCreated(before, -1);
    countCreated(after, 1);
    SearchIndex::Documents d = SearchIndex::documents(after);
    if (m_side)
        return m_side->replace(after.id, std::move(d.name), std::move(d.body), error);
    m_restage->bind(1, after.id);
    m_restage->bind(2, d.name);
    m_restage->bind(3, d.body);
    return m_restage->exec() || fail(*m_restage, error);
}

void ClientBulkWriter::countCreated(const Client &client, int delta)
{
    // Into any other base the trigger counts them. As schema 10 counts: the
    // clients in the base, by UTC day.
    if (m_baseWasEmpty && !client.archived && client.mergedInto == 0)
        m_created[{client.createdAt.left(10), client.source.trimmed(),
                   client.responsible.trimmed()}] += delta;
}

bool ClientBulkWriter::writeCreated(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO client_created_totals(day, source, responsible, count) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (day, source, responsible) DO "
                             "UPDATE SET count = count + excluded.count"));
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it) {
        if (it.value() == 0)
            continue;
        q.addBindValue(it.key().day);
        q.addBindValue(Sql::text(it.key().source));
        q.addBindValue(Sql::text(it.key().responsible));
        q.addBindValue(it.value());
        if (!Sql::exec(q, error))
            return false;
    }
    m_created.clear();
    return true;
}

bool ClientBulkWriter::finish(QString *error)
{
    // The side index finishes while the indexes of the base are built.
    if (!setAudit(true, error) || !(m_side ? m_side->close(error) : flushSearch(error)))
        return false;
    if (!writeCreated(error))
        return false;
    return m_schema.restore(error) && (!m_side || m_side->copyInto(error));
}

bool ClientBulkWriter::flushSearch(QString *error)
{
    QSqlQuery q(m_db.connection());
    // The old documents of clients indexed before (of the base, or of an
    // earlier slice) go first; INSERT OR REPLACE would look every rowid up.
    q.prepare(QStringLiteral("DELETE FROM clients_fts WHERE rowid IN "
                             "(SELECT id FROM import_fts WHERE id <= ?)"));
    q.addBindValue(m_indexedUpTo);
    if (!q.exec() || !q.exec(QStringLiteral("SELECT MAX(id) FROM import_fts")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_indexedUpTo = std::max(m_indexedUpTo, q.value(0).toLongLong());
    q.finish();
    if (!q.exec(QStringLiteral("INSERT INTO clients_fts(rowid, name, body) "
                               "SELECT id, name, body FROM import_fts")) ||
        !q.exec(QStringLiteral("DELETE FROM import_fts"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}
