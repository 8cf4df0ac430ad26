#pragma once

#include "client.h"
#include "db/deferredschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <memory>

class BulkStatement;
class ClientRepository;
class Database;
class SideSearchIndex;

// Inserts new clients the way ClientRepository::save() does, with statements
// prepared once, for imports of many rows inside one transaction. Search
// documents are staged and indexed a slice at a time, also those of clients
// that ClientRepository::save() writes in bulk mode (updated()); into an empty
// base they go to a SideSearchIndex on another thread instead. The insertion
// of a new client's phones, e-mails, contacts and tags leaves no history rows
// (its creation is its created_at), as with the demo loader.
class ClientBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(ClientBulkWriter)

public:
    // A new client, settled by ClientRepository::prepareToSave(), its phones
    // and e-mails normalised as save() does, with its search documents. Made
    // on any thread.
    struct Record
    {
        Client client;
        QString nameKey;
        QString nameDocument;
        QString bodyDocument;
    };
    static Record record(Client client);
    // FTS5's automerge while an import indexes its documents: at 1M rows 8 is
    // 5 s faster than the default 4 and peaks 50 MB lower (16 is as fast as 8
    // but peaks 80 MB above 4).
    static constexpr int SearchAutomerge = 8;
    // Drops what an import into an empty base does without (the indexes only
    // lookups and lists use, the triggers of history and totals) into
    // `schema`, whose restore() brings them back. Inside the transaction.
    static bool setAside(DeferredSchema &schema, const QSqlDatabase &db, QString *error);

    ClientBulkWriter(const Database &db, ClientRepository &clients);
    ~ClientBulkWriter();
    ClientBulkWriter(const ClientBulkWriter &) = delete;
    ClientBulkWriter &operator=(const ClientBulkWriter &) = delete;

    // Prepares the statements and the staging table; call inside the
    // transaction. Into an empty base the search documents go to `side` when
    // it is active.
    bool open(QString *error, SideSearchIndex *side = nullptr);
    // Writes the client and, with a batch id, its import_batch_clients row;
    // fills in the ids.
    bool insert(Record &record, qint64 batchId, QString *error);
    // A client that ClientRepository::save() wrote in bulk mode, which
    // leaves the search index to its caller: its search document is staged,
    // and into an empty base its count among the new clients follows it.
    bool updated(const Client &before, const Client &after, QString *error);
    // Switches the history of insertions back on for the generic save().
    bool resumeAudit(QString *error);
    // Indexes the documents still staged, switches the history back on and
    // creates the indexes and triggers open() dropped.
    bool finish(QString *error);
    // The base had no clients when open() ran: no row of the import can be a
    // duplicate of the base, the indexes that only lookups and lists use wait
    // for finish(), and no history is written (nothing existed before).
    bool baseWasEmpty() const { return m_baseWasEmpty; }

private:
    // A row of client_created_totals.
    struct CreatedKey
    {
        QString day;
        QString source;
        QString responsible;
        bool operator==(const CreatedKey &) const = default;
    };
    friend size_t qHash(const CreatedKey &key, size_t seed)
    {
        return qHashMulti(seed, key.day, key.source, key.responsible);
    }
    // What the set-aside trigger client_created_totals_insert would count
    // (into an empty base only).
    void countCreated(const Client &client, int delta);
    bool writeCreated(QString *error);
    bool setAudit(bool on, QString *error);
    bool flushSearch(QString *error);
    bool fail(const BulkStatement &statement, QString *error) const;

    const Database &m_db;
    ClientRepository &m_clients;
    std::unique_ptr<BulkStatement> m_client;
    std::unique_ptr<BulkStatement> m_phone;
    std::unique_ptr<BulkStatement> m_email;
    std::unique_ptr<BulkStatement> m_contact;
    std::unique_ptr<BulkStatement> m_legal;
    std::unique_ptr<BulkStatement> m_tag;
    std::unique_ptr<BulkStatement> m_stage;
    std::unique_ptr<BulkStatement> m_restage;
    std::unique_ptr<BulkStatement> m_batch;
    SideSearchIndex *m_side = nullptr;
    DeferredSchema m_schema;
    bool m_baseWasEmpty = false;
    qint64 m_indexedUpTo = 0; // the clients up to this id are in clients_fts

    // Into an empty base, the new clients a day by source and responsible,
    // written by finish(): counting them there from the table took 0.6 s of
    // a million-row import.
    QHash<CreatedKey, qint64> m_created;
    bool m_auditOn = true;
    QString m_now;
    int m_inserted = 0;
    qint64 m_cacheSize = 0; // to restore; 0 while unchanged
};
