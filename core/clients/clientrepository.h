#pragma once

#include "client.h"
#include "clientlistquery.h"
#include "clientlistrow.h"
#include "phonenormalizer.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <memory>
#include <optional>

class BulkStatement;
class Database;
class QSqlQuery;
class StatementCache;

// Clients with their phones, e-mails, contacts, legal entities, tags and
// relations; the pages of the client list and search.
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    ClientRepository(const Database &db, PhoneNormalizer phones = PhoneNormalizer());
    ~ClientRepository();

    std::optional<Client> load(qint64 id, QString *error = nullptr) const;
    // Inserts (id 0) or updates the client and everything it holds; normalises
    // phones and e-mails, fills ids back in.
    bool save(Client &client, QString *error = nullptr);
    // As save(), for a caller that has just loaded the client in the same
    // transaction (an import): `stored` is what the base holds, and only what
    // differs from it is written.
    bool save(Client &client, const Client &stored, QString *error = nullptr);
    // What save() checks and settles before it writes: the name (a person's
    // from its parts, trimmed) and the rules of a client; no database work,
    // so another thread may run it.
    bool prepareToSave(Client &client, QString *error = nullptr) const;
    // The tag as the base spells it, created if it is new (trimmed; empty
    // stays empty), and its id (0 for the empty tag).
    bool resolveTag(QString *tag, QString *error = nullptr, qint64 *id = nullptr);
    bool setArchived(qint64 id, bool archived, QString *error = nullptr);
    // Deletes for good, with everything that belongs to the client.
    bool removeForever(qint64 id, QString *error = nullptr);

    bool addRelation(qint64 fromId, qint64 toId, Relation::Type type, const QString &note,
                     QString *error = nullptr);
    bool removeRelation(qint64 relationId, QString *error = nullptr);

    int count(const ClientListQuery &query) const;
    // Up to `limit` rows after (or, backward, before) `from` in the query's
    // order, skipping `offset` rows first; rows come in display order.
    QList<ClientListRow> page(const ClientListQuery &query,
                              const std::optional<ClientSortKey> &from, bool backward, int offset,
                              int limit) const;
    QList<ClientListRow> search(const QString &text, int limit, bool includeArchived = false) const;
    QList<ClientListRow> rows(const QList<qint64> &ids) const;
    // The ids search() would list, best first; limit 0 for every match.
    QList<qint64> searchIds(const QString &text, int limit, bool includeArchived = false) const;
    // Those of `ids` that pass the query's filters (archived included), in
    // the order given.
    QList<qint64> filterIds(const ClientListQuery &query, const QList<qint64> &ids) const;
    // Every client id in name order, for export.
    QList<qint64> allIds(bool includeArchived = false) const;

    // A client that is the same as `client` by INN, e-mail, phone or, for
    // companies, name; 0 when there is none. Archived clients count too.
    qint64 findDuplicate(const Client &client) const;

    QList<QPair<qint64, QString>> tags() const;
    QStringList regions() const;

    const PhoneNormalizer &phoneNormalizer() const { return m_phones; }
    // The phone region was changed in the settings.
    void setPhoneNormalizer(PhoneNormalizer phones) { m_phones = std::move(phones); }

    // Bulk mode, for many loads and saves inside the caller's one transaction
    // on the calling thread (an import): the statements stay prepared; save()
    // takes no savepoint of its own, so a failed save leaves its writes for the
    // caller to roll back with the rest, and it leaves the client's search
    // document to the caller (ClientBulkWriter::updated()). Switch it off on
    // that thread before the transaction ends.
    void setBulk(bool on);

private:
    QSqlDatabase db() const;
    // `sql` prepared: the kept statement in bulk mode, else `own`.
    QSqlQuery &prepared(std::optional<QSqlQuery> &own, const QString &sql) const;
    void normalizePhone(PhoneEntry &phone) const;
    static void normalizeEmail(EmailEntry &email);
    bool write(Client &client, const Client *stored, QString *error);
    // Each writes the entries that differ from `stored` (what the base holds
    // for the owner), deletes those gone, and fills in the new ids.
    bool syncPhones(const char *owner, qint64 ownerId, QList<PhoneEntry> &phones,
                    const QList<PhoneEntry> &stored, QString *error);
    bool syncEmails(const char *owner, qint64 ownerId, QList<EmailEntry> &emails,
                    const QList<EmailEntry> &stored, QString *error);
    bool syncContacts(qint64 clientId, QList<ContactPerson> &contacts,
                      const QList<ContactPerson> &stored, QString *error);
    bool syncLegalEntities(qint64 clientId, QList<LegalEntity> &entities,
                           const QList<LegalEntity> &stored, QString *error);
    bool syncTags(qint64 clientId, const QStringList &tags, const QStringList &stored,
                  QString *error);
    bool updateListColumns(const Client &client, QString *error);
    // Runs `deleteById` (one parameter, the id) for each of `ids`.
    bool removeRows(const QString &deleteById, const QList<qint64> &ids, QString *error);
    enum class Owner
    {
        Client,
        Contact
    };
    // `sql` (a string literal) prepared on the connection's handle: kept in
    // bulk mode, else in `own`.
    BulkStatement &statement(std::unique_ptr<BulkStatement> &own, const char *sql) const;
    // On an error `error` is set and the entries read so far come back.
    QList<PhoneEntry> loadPhones(Owner owner, qint64 ownerId, QString *error) const;
    QList<EmailEntry> loadEmails(Owner owner, qint64 ownerId, QString *error) const;
    QStringList distinctValues(const char *column) const;

    const Database &m_db;
    PhoneNormalizer m_phones;
    std::unique_ptr<StatementCache> m_statements;
    QHash<QString, std::pair<QString, qint64>> m_tags; // bulk mode: as given → as spelt, id
};
