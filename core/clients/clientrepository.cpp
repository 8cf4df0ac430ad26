#include "clientrepository.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "duplicatelookup.h"
#include "emailaddress.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace {
const char *sortColumn(ClientListQuery::SortColumn column)
{
    switch (column) {
    case ClientListQuery::SortColumn::Name:
        return "name_key";
    case ClientListQuery::SortColumn::City:
        return "city";
    case ClientListQuery::SortColumn::Region:
        return "region";
    case ClientListQuery::SortColumn::Importance:
        return "importance";
    case ClientListQuery::SortColumn::LastContact:
        return "last_contact_at";
    case ClientListQuery::SortColumn::Created:
        return "created_at";
    case ClientListQuery::SortColumn::OpenDeals:
        return "open_deals_amount";
    }
    return "name_key";
}

// The WHERE clause of a list query; values are bound by bindFilter().
QString filterClause(const ClientListQuery &query)
{
    QString where = QStringLiteral("c.archived = :archived");
    if (!query.region.isEmpty())
        where += QStringLiteral(" AND c.region = :region");
    if (!query.importance.isEmpty())
        where += QStringLiteral(" AND c.importance = :importance");
    if (!query.kind.isEmpty())
        where += QStringLiteral(" AND c.kind = :kind");
    if (query.tagId != 0)
        where += QStringLiteral(" AND c.id IN (SELECT client_id FROM client_tags "
                                "WHERE tag_id = :tag)");
    return where;
}

void bindFilter(QSqlQuery &q, const ClientListQuery &query)
{
    q.bindValue(QStringLiteral(":archived"), query.archived ? 1 : 0);
    if (!query.region.isEmpty())
        q.bindValue(QStringLiteral(":region"), query.region);
    if (!query.importance.isEmpty())
        q.bindValue(QStringLiteral(":importance"), query.importance);
    if (!query.kind.isEmpty())
        q.bindValue(QStringLiteral(":kind"), query.kind);
    if (query.tagId != 0)
        q.bindValue(QStringLiteral(":tag"), query.tagId);
}

// The first phone and e-mail are kept on the client row (list_phone,
// list_email): a list page must not run two subqueries per row.
const QString kRowColumns = QStringLiteral(
    "c.id, c.kind, c.name, c.city, c.region, c.importance, c.last_contact_at, c.created_at, "
    "c.archived, c.list_phone, c.list_email, c.open_deals_amount");

ClientListRow readRow(const QSqlQuery &q)
{
    ClientListRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.name = q.value(2).toString();
    r.city = q.value(3).toString();
    r.region = q.value(4).toString();
    r.importance = q.value(5).toString();
    r.lastContactAt = q.value(6).toString();
    r.createdAt = q.value(7).toString();
    r.archived = q.value(8).toBool();
    r.phone = q.value(9).toString();
    r.email = q.value(10).toString();
    r.openDealsAmount = q.value(11).toLongLong();
    return r;
}
} // namespace

ClientRepository::ClientRepository(const Database &db, PhoneNormalizer phones)
    : m_db(db), m_phones(std::move(phones))
{
}

ClientRepository::~ClientRepository() = default;

QSqlDatabase ClientRepository::db() const
{
    return m_db.connection();
}

void ClientRepository::setBulk(bool on)
{
    m_statements = on ? std::make_unique<StatementCache>(db()) : nullptr;
    m_tags.clear();
}

QSqlQuery &ClientRepository::prepared(std::optional<QSqlQuery> &own, const QString &sql) const
{
    if (m_statements)
        return m_statements->get(sql);
    if (!own) {
        own.emplace(db());
        own->setForwardOnly(true); // as the cached statements
    }
    own->prepare(sql);
    return *own;
}

BulkStatement &ClientRepository::statement(std::unique_ptr<BulkStatement> &own,
                                           const char *sql) const
{
    if (m_statements)
        return m_statements->raw(sql);
    own = std::make_unique<BulkStatement>(db(), sql);
    return *own;
}

namespace {
// The phones or e-mails of one owner: id, label, as typed, normalised; on an
// error `error` is set and the entries read so far come back.
template <typename Entry> QList<Entry> readEntries(BulkStatement &s, qint64 ownerId, QString *error)
{
    s.bind(1, ownerId);
    QList<Entry> out;
    while (s.next())
        out.append({s.integer(0), s.text(1), s.text(2), s.text(3)});
    if (s.failed() && error)
        *error = s.error();
    return out;
}
} // namespace

QList<PhoneEntry> ClientRepository::loadPhones(Owner owner, qint64 ownerId, QString *error) const
{
    std::unique_ptr<BulkStatement> own;
    // By the owner's index, in order of position and id: no sort.
    return readEntries<PhoneEntry>(
        statement(own, owner == Owner::Client ? "SELECT id, label, raw, e164 FROM phones "
                                                "WHERE client_id = ? ORDER BY position, id"
                                              : "SELECT id, label, raw, e164 FROM phones "
                                                "WHERE contact_id = ? ORDER BY position, id"),
        ownerId, error);
}

QList<EmailEntry> ClientRepository::loadEmails(Owner owner, qint64 ownerId, QString *error) const
{
    std::unique_ptr<BulkStatement> own;
    return readEntries<EmailEntry>(
        statement(own, owner == Owner::Client ? "SELECT id, label, raw, address FROM emails "
                                                "WHERE client_id = ? ORDER BY position, id"
                                              : "SELECT id, label, raw, address FROM emails "
                                                "WHERE contact_id = ? ORDER BY position, id"),
        ownerId, error);
}

std::optional<Client> ClientRepository::load(qint64 id, QString *error) const
{
    // On the connection's own handle: an import loads a client for every row
    // that repeats one, and QSqlQuery's work per run was most of a load.
    std::unique_ptr<BulkStatement> own;
    BulkStatement *s = &statement(
        own, "SELECT c.kind, c.name, c.first_name, c.middle_name, c.last_name, c.parent_id, "
             "p.name, c.region, c.city, c.address, c.importance, c.source, c.responsible, "
             "c.notes, c.email_opt_out, c.sms_opt_out, c.archived, c.last_contact_at, "
             "c.created_at, c.updated_at, COALESCE(c.merged_into, 0), c.birthday FROM clients c "
             "LEFT JOIN clients p ON p.id = c.parent_id WHERE c.id = ?");
    s->bind(1, id);
    auto failed = [&](const BulkStatement &statement) {
        if (error)
            *error = statement.error();
        return std::nullopt;
    };
    if (!s->next()) {
        if (s->failed())
            return failed(*s);
        if (error)
            *error = tr("There is no client with id %1.").arg(id);
        return std::nullopt;
    }
    Client c;
    c.id = id;
    Client::kindFromString(s->text(0), &c.kind);
    c.name = s->text(1);
    c.firstName = s->text(2);
    c.middleName = s->text(3);
    c.lastName = s->text(4);
    c.parentId = s->integer(5);
    c.parentName = s->text(6);
    c.region = s->text(7);
    c.city = s->text(8);
    c.address = s->text(9);
    c.importance = s->text(10);
    c.source = s->text(11);
    c.responsible = s->text(12);
    c.notes = s->text(13);
    c.emailOptOut = s->integer(14) != 0;
    c.smsOptOut = s->integer(15) != 0;
    c.archived = s->integer(16) != 0;
    c.lastContactAt = s->text(17);
    c.createdAt = s->text(18);
    c.updatedAt = s->text(19);
    c.mergedInto = s->integer(20);
    c.birthday = ContactPerson::birthdayFromText(s->text(21));
    s->reset();

    QString failure;
    c.phones = loadPhones(Owner::Client, id, &failure);
    c.emails = loadEmails(Owner::Client, id, &failure);

    s = &statement(own, "SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id "
                        "WHERE ct.client_id = ? ORDER BY t.name");
    s->bind(1, id);
    while (s->next())
        c.tags << s->text(0);
    if (s->failed())
        return failed(*s);

    s = &statement(own, "SELECT id, name, inn, kpp, ogrn, bank_name, bik, bank_account, "
                        "corr_account, legal_address FROM legal_entities "
                        "WHERE client_id = ? ORDER BY id");
    s->bind(1, id);
    while (s->next()) {
        LegalEntity l;
        l.id = s->integer(0);
        l.name = s->text(1);
        l.inn = s->text(2);
        l.kpp = s->text(3);
        l.ogrn = s->text(4);
        l.bankName = s->text(5);
        l.bik = s->text(6);
        l.bankAccount = s->text(7);
        l.corrAccount = s->text(8);
        l.legalAddress = s->text(9);
        c.legalEntities << l;
    }
    if (s->failed())
        return failed(*s);

    s = &statement(own, "SELECT id, last_name, first_name, middle_name, position, birthday, "
                        "notes, email_opt_out, sms_opt_out FROM contact_persons "
                        "WHERE client_id = ? ORDER BY id");
    s->bind(1, id);
    while (s->next()) {
        ContactPerson p;
        p.id = s->integer(0);
        p.lastName = s->text(1);
        p.firstName = s->text(2);
        p.middleName = s->text(3);
        p.position = s->text(4);
        p.birthday = ContactPerson::birthdayFromText(s->text(5));
        p.notes = s->text(6);
        p.emailOptOut = s->integer(7) != 0;
        p.smsOptOut = s->integer(8) != 0;
        c.contacts << p;
    }
    if (s->failed())
        return failed(*s);
    for (ContactPerson &p : c.contacts) {
        p.phones = loadPhones(Owner::Contact, p.id, &failure);
        p.emails = loadEmails(Owner::Contact, p.id, &failure);
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return std::nullopt;
    }

    s = &statement(own, "SELECT r.id, r.to_id, o.name, r.type, 1, r.note FROM relations r "
                        "JOIN clients o ON o.id = r.to_id WHERE r.from_id = ?1 "
                        "UNION ALL SELECT r.id, r.from_id, o.name, r.type, 0, r.note "
                        "FROM relations r JOIN clients o ON o.id = r.from_id "
                        "WHERE r.to_id = ?1 ORDER BY 3");
    s->bind(1, id);
    while (s->next()) {
        Relation r;
        r.id = s->integer(0);
        r.otherId = s->integer(1);
        r.otherName = s->text(2);
        Relation::typeFromString(s->text(3), &r.type);
        r.outgoing = s->integer(4) != 0;
        r.note = s->text(5);
        c.relations << r;
    }
    if (s->failed())
        return failed(*s);
    return c;
}

bool ClientRepository::prepareToSave(Client &client, QString *error) const
{
    if (client.kind == Client::Kind::Person) {
        const Client parts = [&] {
            Client copy = client;
            copy.name.clear();
            return copy;
        }();
        if (!parts.displayName().isEmpty())
            client.name = parts.displayName();
    }
    client.name = client.name.trimmed();
    if (client.name.isEmpty()) {
        if (error)
            *error = client.kind == Client::Kind::Company
                         ? tr("A company needs a name.")
                         : tr("A person needs a last or a first name.");
        return false;
    }
    if (client.mergedInto) {
        if (error)
            *error = tr("Client %1 was merged into client %2; edit that one.")
                         .arg(client.id)
                         .arg(client.mergedInto);
        return false;
    }
    if (!client.importance.isEmpty() && client.importance != QLatin1String("A") &&
        client.importance != QLatin1String("B") && client.importance != QLatin1String("C")) {
        if (error)
            *error = tr("Importance must be A, B or C, not \"%1\".").arg(client.importance);
        return false;
    }
    if (client.parentId != 0 && client.parentId == client.id) {
        if (error)
            *error = tr("A client cannot be its own group.");
        return false;
    }
    return true;
}

void ClientRepository::normalizePhone(PhoneEntry &phone) const
{
    phone.raw = phone.raw.trimmed();
    phone.e164 = m_phones.toE164(phone.raw);
}

void ClientRepository::normalizeEmail(EmailEntry &email)
{
    email.raw = email.raw.trimmed();
    email.address =
        EmailAddress::isValid(email.raw) ? EmailAddress::normalize(email.raw) : QString();
}

bool ClientRepository::save(Client &client, QString *error)
{
    return write(client, nullptr, error);
}

bool ClientRepository::save(Client &client, const Client &stored, QString *error)
{
    return write(client, &stored, error);
}

bool ClientRepository::write(Client &client, const Client *stored, QString *error)
{
    if (!prepareToSave(client, error))
        return false;
    QSqlDatabase conn = db();
    // In bulk mode the caller's transaction is all or nothing; a savepoint
    // would also make FTS5 flush its pending terms on every save.
    std::optional<Transaction> tx;
    if (!m_statements)
        tx.emplace(conn);
    // What is in the base now, read inside the transaction: only what differs
    // from it is written.
    std::optional<Client> loaded;
    if (client.id != 0 && !stored) {
        loaded = load(client.id, error);
        if (!loaded)
            return false;
        stored = &*loaded;
    }
    const Client none;
    if (!stored)
        stored = &none;
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    const QString now = Sql::utcNow();
    if (client.id == 0) {
        q = &prepared(
            own,
            QStringLiteral(
                "INSERT INTO clients(kind, name, name_key, first_name, middle_name, last_name, "
                "parent_id, region, city, address, importance, source, responsible, notes, "
                "email_opt_out, sms_opt_out, archived, birthday, created_at, updated_at) "
                "VALUES (:kind, :name, :key, :first, :middle, :last, :parent, :region, :city, "
                ":address, :importance, :source, :responsible, :notes, :eout, :sout, :archived, "
                ":birthday, :now, :now)"));
    } else {
        q = &prepared(
            own,
            QStringLiteral(
                "UPDATE clients SET kind = :kind, name = :name, name_key = :key, "
                "first_name = :first, middle_name = :middle, last_name = :last, "
                "parent_id = :parent, region = :region, city = :city, address = :address, "
                "importance = :importance, source = :source, responsible = :responsible, "
                "notes = :notes, email_opt_out = :eout, sms_opt_out = :sout, "
                "archived = :archived, birthday = :birthday, updated_at = :now WHERE id = :id"));
        q->bindValue(QStringLiteral(":id"), client.id);
    }
    q->bindValue(QStringLiteral(":kind"), Client::kindToString(client.kind));
    q->bindValue(QStringLiteral(":name"), client.name);
    q->bindValue(QStringLiteral(":key"), SearchIndex::nameKey(client.name));
    q->bindValue(QStringLiteral(":first"), Sql::nullIfEmpty(client.firstName.trimmed()));
    q->bindValue(QStringLiteral(":middle"), Sql::nullIfEmpty(client.middleName.trimmed()));
    q->bindValue(QStringLiteral(":last"), Sql::nullIfEmpty(client.lastName.trimmed()));
    q->bindValue(QStringLiteral(":parent"), client.parentId
                                                ? QVariant(client.parentId)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    q->bindValue(QStringLiteral(":region"), Sql::text(client.region.trimmed()));
    q->bindValue(QStringLiteral(":city"), Sql::text(client.city.trimmed()));
    q->bindValue(QStringLiteral(":address"), Sql::text(client.address.trimmed()));
    q->bindValue(QStringLiteral(":importance"), Sql::text(client.importance));
    q->bindValue(QStringLiteral(":source"), Sql::text(client.source.trimmed()));
    q->bindValue(QStringLiteral(":responsible"), Sql::text(client.responsible.trimmed()));
    q->bindValue(QStringLiteral(":notes"), Sql::text(client.notes));
    q->bindValue(QStringLiteral(":eout"), client.emailOptOut ? 1 : 0);
    q->bindValue(QStringLiteral(":sout"), client.smsOptOut ? 1 : 0);
    q->bindValue(QStringLiteral(":archived"), client.archived ? 1 : 0);
    // Only people have birthdays; a company's contacts carry theirs.
    q->bindValue(QStringLiteral(":birthday"),
                 Sql::nullIfEmpty(client.kind == Client::Kind::Person
                                      ? ContactPerson::birthdayToText(client.birthday)
                                      : QString()));
    q->bindValue(QStringLiteral(":now"), now);
    if (!Sql::exec(*q, error))
        return false;
    if (client.id == 0) {
        client.id = q->lastInsertId().toLongLong();
        client.createdAt = now;
    } else if (q->numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no client with id %1.").arg(client.id);
        return false;
    }
    client.updatedAt = now;

    if (!syncPhones("client_id", client.id, client.phones, stored->phones, error) ||
        !syncEmails("client_id", client.id, client.emails, stored->emails, error) ||
        !syncContacts(client.id, client.contacts, stored->contacts, error) ||
        !syncLegalEntities(client.id, client.legalEntities, stored->legalEntities, error) ||
        !syncTags(client.id, client.tags, stored->tags, error))
        return false;
    if ((client.phones.value(0).value() != stored->phones.value(0).value() ||
         client.emails.value(0).value() != stored->emails.value(0).value()) &&
        !updateListColumns(client, error))
        return false;
    // In bulk mode FTS5 would flush its pending terms at every later statement
    // of the transaction once it is written to: the caller stages the document.
    if (!m_statements && !SearchIndex(conn).update(client, error))
        return false;
    return !tx || tx->commit(error);
}

bool ClientRepository::updateListColumns(const Client &client, QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = &prepared(
        own, QStringLiteral("UPDATE clients SET list_phone = ?, list_email = ? WHERE id = ?"));
    q->bindValue(0, Sql::text(client.phones.value(0).value()));
    q->bindValue(1, Sql::text(client.emails.value(0).value()));
    q->bindValue(2, client.id);
    return Sql::exec(*q, error);
}

namespace {
// The entry of `stored` with the id of `entry`, or nullptr; an id the base
// does not have for this owner makes the entry a new one.
template <typename T> const T *storedEntry(T &entry, const QList<T> &stored)
{
    if (entry.id == 0)
        return nullptr;
    const auto it = std::find_if(stored.begin(), stored.end(),
                                 [&entry](const T &s) { return s.id == entry.id; });
    if (it != stored.end())
        return &*it;
    entry.id = 0;
    return nullptr;
}

// Whether the entry at `position` sits where it did, as it was (`old` points
// into `stored`).
template <typename T>
bool unchanged(const T &entry, const T *old, qsizetype position, const QList<T> &stored)
{
    return old && *old == entry && old - stored.constData() == position;
}

// The ids of `stored` that the card no longer has.
template <typename T> QList<qint64> goneIds(const QList<T> &stored, const QList<qint64> &kept)
{
    QList<qint64> gone;
    for (const T &old : stored)
        if (!kept.contains(old.id))
            gone << old.id;
    return gone;
}
} // namespace

bool ClientRepository::removeRows(const QString &deleteById, const QList<qint64> &ids,
                                  QString *error)
{
    if (ids.isEmpty())
        return true;
    std::optional<QSqlQuery> own;
    QSqlQuery &q = prepared(own, deleteById); // once for all the ids
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

bool ClientRepository::syncPhones(const char *owner, qint64 ownerId, QList<PhoneEntry> &phones,
                                  const QList<PhoneEntry> &stored, QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    QList<qint64> keep;
    for (int i = 0; i < phones.size(); ++i) {
        PhoneEntry &p = phones[i];
        const PhoneEntry *old = storedEntry(p, stored);
        // A number as stored keeps its E.164 (libphonenumber is the cost of a save).
        p.raw = p.raw.trimmed();
        if (old && old->raw == p.raw)
            p.e164 = old->e164;
        else
            normalizePhone(p);
        if (old)
            keep << p.id;
        if (unchanged(p, old, i, stored))
            continue;
        if (p.id == 0) {
            q = &prepared(own, QStringLiteral("INSERT INTO phones(%1, label, raw, e164, position) "
                                              "VALUES (?, ?, ?, ?, ?)")
                                   .arg(QLatin1String(owner)));
            q->bindValue(0, ownerId);
            q->bindValue(1, Sql::text(p.label));
            q->bindValue(2, p.raw);
            q->bindValue(3, Sql::nullIfEmpty(p.e164));
            q->bindValue(4, i);
        } else {
            q = &prepared(own, QStringLiteral("UPDATE phones SET label = ?, raw = ?, e164 = ?, "
                                              "position = ? WHERE id = ?"));
            q->bindValue(0, Sql::text(p.label));
            q->bindValue(1, p.raw);
            q->bindValue(2, Sql::nullIfEmpty(p.e164));
            q->bindValue(3, i);
            q->bindValue(4, p.id);
        }
        if (!Sql::exec(*q, error))
            return false;
        if (p.id == 0)
            p.id = q->lastInsertId().toLongLong();
    }
    return removeRows(QStringLiteral("DELETE FROM phones WHERE id = ?"), goneIds(stored, keep),
                      error);
}

bool ClientRepository::syncEmails(const char *owner, qint64 ownerId, QList<EmailEntry> &emails,
                                  const QList<EmailEntry> &stored, QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    QList<qint64> keep;
    for (int i = 0; i < emails.size(); ++i) {
        EmailEntry &e = emails[i];
        const EmailEntry *old = storedEntry(e, stored);
        normalizeEmail(e);
        if (old)
            keep << e.id;
        if (unchanged(e, old, i, stored))
            continue;
        if (e.id == 0) {
            q = &prepared(own,
                          QStringLiteral("INSERT INTO emails(%1, label, raw, address, position) "
                                         "VALUES (?, ?, ?, ?, ?)")
                              .arg(QLatin1String(owner)));
            q->bindValue(0, ownerId);
            q->bindValue(1, Sql::text(e.label));
            q->bindValue(2, e.raw);
            q->bindValue(3, Sql::nullIfEmpty(e.address));
            q->bindValue(4, i);
        } else {
            q = &prepared(own, QStringLiteral("UPDATE emails SET label = ?, raw = ?, address = ?, "
                                              "position = ? WHERE id = ?"));
            q->bindValue(0, Sql::text(e.label));
            q->bindValue(1, e.raw);
            q->bindValue(2, Sql::nullIfEmpty(e.address));
            q->bindValue(3, i);
            q->bindValue(4, e.id);
        }
        if (!Sql::exec(*q, error))
            return false;
        if (e.id == 0)
            e.id = q->lastInsertId().toLongLong();
    }
    return removeRows(QStringLiteral("DELETE FROM emails WHERE id = ?"), goneIds(stored, keep),
                      error);
}

bool ClientRepository::syncContacts(qint64 clientId, QList<ContactPerson> &contacts,
                                    const QList<ContactPerson> &stored, QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    QList<qint64> keep;
    for (ContactPerson &p : contacts) {
        const ContactPerson *old = storedEntry(p, stored);
        const QStringList values = {p.lastName.trimmed(),
                                    p.firstName.trimmed(),
                                    p.middleName.trimmed(),
                                    p.position.trimmed(),
                                    ContactPerson::birthdayToText(p.birthday),
                                    p.notes};
        bool same = false;
        if (old) {
            const QStringList was = {old->lastName,
                                     old->firstName,
                                     old->middleName,
                                     old->position,
                                     ContactPerson::birthdayToText(old->birthday),
                                     old->notes};
            same =
                values == was && p.emailOptOut == old->emailOptOut && p.smsOptOut == old->smsOptOut;
        }
        if (!same) {
            if (p.id == 0)
                q = &prepared(
                    own, QStringLiteral(
                             "INSERT INTO contact_persons(last_name, first_name, middle_name, "
                             "position, birthday, notes, email_opt_out, sms_opt_out, client_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            else
                q = &prepared(
                    own, QStringLiteral(
                             "UPDATE contact_persons SET last_name = ?, first_name = ?, "
                             "middle_name = ?, position = ?, birthday = ?, notes = ?, "
                             "email_opt_out = ?, sms_opt_out = ? WHERE client_id = ? AND id = ?"));
            for (int i = 0; i < values.size(); ++i)
                q->bindValue(i, i == 4 ? Sql::nullIfEmpty(values.at(i)) : Sql::text(values.at(i)));
            q->bindValue(6, p.emailOptOut);
            q->bindValue(7, p.smsOptOut);
            q->bindValue(8, clientId);
            if (p.id != 0)
                q->bindValue(9, p.id);
            if (!Sql::exec(*q, error))
                return false;
            if (p.id == 0)
                p.id = q->lastInsertId().toLongLong();
        }
        if (old)
            keep << p.id;
        if (!syncPhones("contact_id", p.id, p.phones, old ? old->phones : QList<PhoneEntry>(),
                        error) ||
            !syncEmails("contact_id", p.id, p.emails, old ? old->emails : QList<EmailEntry>(),
                        error))
            return false;
    }
    return removeRows(QStringLiteral("DELETE FROM contact_persons WHERE id = ?"),
                      goneIds(stored, keep), error);
}

bool ClientRepository::syncLegalEntities(qint64 clientId, QList<LegalEntity> &entities,
                                         const QList<LegalEntity> &stored, QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    QList<qint64> keep;
    for (LegalEntity &l : entities) {
        const LegalEntity *old = storedEntry(l, stored);
        auto fields = [](const LegalEntity &e) {
            return QStringList{e.name, e.inn,         e.kpp,         e.ogrn,        e.bankName,
                               e.bik,  e.bankAccount, e.corrAccount, e.legalAddress};
        };
        QStringList values = fields(l);
        for (QString &v : values)
            v = v.trimmed();
        if (old)
            keep << l.id;
        if (old && values == fields(*old))
            continue;
        if (l.id == 0)
            q = &prepared(
                own,
                QStringLiteral("INSERT INTO legal_entities(name, inn, kpp, ogrn, bank_name, bik, "
                               "bank_account, corr_account, legal_address, client_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        else
            q = &prepared(
                own,
                QStringLiteral("UPDATE legal_entities SET name = ?, inn = ?, kpp = ?, ogrn = ?, "
                               "bank_name = ?, bik = ?, bank_account = ?, corr_account = ?, "
                               "legal_address = ? WHERE client_id = ? AND id = ?"));
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, Sql::text(values.at(i)));
        q->bindValue(9, clientId);
        if (l.id != 0)
            q->bindValue(10, l.id);
        if (!Sql::exec(*q, error))
            return false;
        if (l.id == 0)
            l.id = q->lastInsertId().toLongLong();
    }
    return removeRows(QStringLiteral("DELETE FROM legal_entities WHERE id = ?"),
                      goneIds(stored, keep), error);
}

bool ClientRepository::resolveTag(QString *tag, QString *error, qint64 *id)
{
    *tag = tag->trimmed();
    qint64 found = 0;
    if (id)
        *id = 0;
    if (tag->isEmpty())
        return true;
    // In bulk mode tags only come, none changes or goes: each is asked once.
    if (const auto cached = m_tags.constFind(*tag); cached != m_tags.constEnd()) {
        *tag = cached->first;
        if (id)
            *id = cached->second;
        return true;
    }
    const QString given = *tag;
    std::optional<QSqlQuery> own;
    QSqlQuery *q = &prepared(own, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q->bindValue(0, *tag);
    if (!Sql::exec(*q, error))
        return false;
    if (q->next()) {
        found = q->value(0).toLongLong();
    } else {
        // COLLATE NOCASE folds only ASCII: "клиенты" must reuse the tag "Клиенты".
        q = &prepared(own, QStringLiteral("SELECT id, name FROM tags"));
        if (!Sql::exec(*q, error))
            return false;
        while (q->next()) {
            if (q->value(1).toString().compare(*tag, Qt::CaseInsensitive) == 0) {
                found = q->value(0).toLongLong();
                *tag = q->value(1).toString();
                break;
            }
        }
    }
    // A cached statement left reading would keep a DROP out (SideSearchIndex).
    q->finish();
    if (!found) {
        q = &prepared(own, QStringLiteral("INSERT INTO tags(name) VALUES (?)"));
        q->bindValue(0, *tag);
        if (!Sql::exec(*q, error))
            return false;
        found = q->lastInsertId().toLongLong();
    }
    if (m_statements)
        m_tags.insert(given, {*tag, found});
    if (id)
        *id = found;
    return true;
}

bool ClientRepository::syncTags(qint64 clientId, const QStringList &tags, const QStringList &stored,
                                QString *error)
{
    std::optional<QSqlQuery> own;
    QSqlQuery *q = nullptr;
    auto ids = [&](const QStringList &names, QList<qint64> *out) {
        for (const QString &raw : names) {
            QString tag = raw;
            qint64 tagId = 0;
            if (!resolveTag(&tag, error, &tagId))
                return false;
            if (tagId && !out->contains(tagId))
                *out << tagId;
        }
        return true;
    };
    QList<qint64> keep;
    QList<qint64> had;
    if (!ids(tags, &keep) || !ids(stored, &had))
        return false;
    for (qint64 tagId : std::as_const(keep)) {
        if (had.contains(tagId))
            continue;
        // Only a tag that is really new fires the history trigger.
        q = &prepared(own, QStringLiteral("INSERT OR IGNORE INTO client_tags(client_id, tag_id) "
                                          "VALUES (?, ?)"));
        q->bindValue(0, clientId);
        q->bindValue(1, tagId);
        if (!Sql::exec(*q, error))
            return false;
    }
    for (qint64 tagId : std::as_const(had)) {
        if (keep.contains(tagId))
            continue;
        q = &prepared(own,
                      QStringLiteral("DELETE FROM client_tags WHERE client_id = ? AND tag_id = ?"));
        q->bindValue(0, clientId);
        q->bindValue(1, tagId);
        if (!Sql::exec(*q, error))
            return false;
    }
    return true;
}

bool ClientRepository::setArchived(qint64 id, bool archived, QString *error)
{
    QSqlQuery q(db());
    // A merged client stays hidden until its merge is undone.
    q.prepare(QStringLiteral("UPDATE clients SET archived = ?, updated_at = ? "
                             "WHERE id = ? AND merged_into IS NULL"));
    q.bindValue(0, archived ? 1 : 0);
    q.bindValue(1, Sql::utcNow());
    q.bindValue(2, id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error) {
            const std::optional<Client> c = load(id, error);
            if (c)
                *error = tr("Client %1 was merged into client %2.").arg(id).arg(c->mergedInto);
        }
        return false;
    }
    return true;
}

bool ClientRepository::removeForever(qint64 id, QString *error)
{
    QSqlDatabase conn = db();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
    q.bindValue(0, id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no client with id %1.").arg(id);
        return false;
    }
    if (!SearchIndex(conn).remove(id, error))
        return false;
    return tx.commit(error);
}

bool ClientRepository::addRelation(qint64 fromId, qint64 toId, Relation::Type type,
                                   const QString &note, QString *error)
{
    if (fromId == toId) {
        if (error)
            *error = tr("A client cannot be related to itself.");
        return false;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO relations(from_id, to_id, type, note) "
                             "VALUES (?, ?, ?, ?)"));
    q.bindValue(0, fromId);
    q.bindValue(1, toId);
    q.bindValue(2, Relation::typeToString(type));
    q.bindValue(3, Sql::text(note));
    return Sql::exec(q, error);
}

bool ClientRepository::removeRelation(qint64 relationId, QString *error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?"));
    q.bindValue(0, relationId);
    return Sql::exec(q, error);
}

int ClientRepository::count(const ClientListQuery &query) const
{
    QSqlQuery q(db());
    const bool filtered = !query.region.isEmpty() || !query.importance.isEmpty() ||
                          !query.kind.isEmpty() || query.tagId != 0;
    if (!filtered && !query.archived) {
        // Counting a million index entries takes a visible moment; the whole
        // table less the (small) archive and merged clients is SQLite's quick count.
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM clients) - "
                              "(SELECT COUNT(*) FROM clients WHERE archived > 0)"));
    } else {
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM clients c WHERE %1").arg(filterClause(query)));
        bindFilter(q, query);
        q.exec();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ClientListRow> ClientRepository::page(const ClientListQuery &query,
                                            const std::optional<ClientSortKey> &from, bool backward,
                                            int offset, int limit) const
{
    const QString column = QStringLiteral("c.") + QLatin1String(sortColumn(query.sort));
    const bool ascending = (query.order == Qt::AscendingOrder) != backward;
    QString where = filterClause(query);
    if (from)
        where += QStringLiteral(" AND (%1, c.id) %2 (:key, :keyid)")
                     .arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM clients c WHERE %3 "
                             "ORDER BY %2 %4, c.id %4 LIMIT :limit OFFSET :offset")
                  .arg(kRowColumns, column, where, dir));
    bindFilter(q, query);
    if (from) {
        q.bindValue(QStringLiteral(":key"), from->value);
        q.bindValue(QStringLiteral(":keyid"), from->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<ClientListRow> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out << readRow(q);
        out.last().sortValue = q.value(12);
    }
    if (backward)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<ClientListRow> ClientRepository::rows(const QList<qint64> &ids) const
{
    // One statement for all of them, in the order given (json_each keeps it).
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM json_each(?) j JOIN clients c ON c.id = j.value "
                             "ORDER BY j.key")
                  .arg(kRowColumns));
    q.bindValue(0, QString(QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']')));
    QList<ClientListRow> out;
    if (q.exec())
        while (q.next())
            out << readRow(q);
    return out;
}

QList<ClientListRow> ClientRepository::search(const QString &text, int limit,
                                              bool includeArchived) const
{
    return rows(SearchIndex(db()).search(text, limit, includeArchived));
}

QList<qint64> ClientRepository::searchIds(const QString &text, int limit,
                                          bool includeArchived) const
{
    // SearchIndex adds the limit to the count it already has: keep room for it.
    const int all = std::numeric_limits<int>::max() / 2;
    return SearchIndex(db()).search(text, limit > 0 ? limit : all, includeArchived);
}

QList<qint64> ClientRepository::filterIds(const ClientListQuery &query,
                                          const QList<qint64> &ids) const
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id FROM json_each(:ids) j JOIN clients c ON c.id = j.value "
                             "WHERE %1 ORDER BY j.key")
                  .arg(filterClause(query)));
    q.bindValue(QStringLiteral(":ids"),
                QString(QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']')));
    bindFilter(q, query);
    QList<qint64> out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<qint64> ClientRepository::allIds(bool includeArchived) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM clients WHERE archived IN (0, ?) "
                             "ORDER BY name_key, id"));
    q.bindValue(0, includeArchived ? 1 : 0);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

qint64 ClientRepository::findDuplicate(const Client &client) const
{
    return DuplicateLookup(db()).find(client);
}

QList<QPair<qint64, QString>> ClientRepository::tags() const
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, name FROM tags ORDER BY name"));
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QStringList ClientRepository::distinctValues(const char *column) const
{
    // Hops through the index one value at a time instead of scanning it all.
    QSqlQuery q(db());
    q.exec(QStringLiteral(
               "WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM clients WHERE archived = 0 "
               "UNION ALL SELECT (SELECT MIN(%1) FROM clients WHERE archived = 0 AND %1 > v.x) "
               "FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
               .arg(QLatin1String(column)));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList ClientRepository::regions() const
{
    return distinctValues("region");
}
