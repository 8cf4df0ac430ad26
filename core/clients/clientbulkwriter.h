#pragma once

#include "client.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <memory>

class BulkStatement;
class ClientRepository;
class Database;

// Inserts new clients the way ClientRepository::save() does, with statements
// prepared once, for imports of many rows inside one transaction. Search
// documents are staged and indexed a slice at a time; a client that the
// generic save() touches afterwards must be forget()-ed first. The insertion
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

    ClientBulkWriter(const Database &db, ClientRepository &clients);
    ~ClientBulkWriter();
    ClientBulkWriter(const ClientBulkWriter &) = delete;
    ClientBulkWriter &operator=(const ClientBulkWriter &) = delete;

    // Prepares the statements and the staging table; call inside the transaction.
    bool open(QString *error);
    // Writes the client and, with a batch id, its import_batch_clients row;
    // fills in the ids.
    bool insert(Record &record, qint64 batchId, QString *error);
    // Drops the staged search document of a client the generic save() rewrites.
    bool forget(qint64 clientId, QString *error);
    // Switches the history of insertions back on for the generic save().
    bool resumeAudit(QString *error);
    // Indexes the documents still staged and switches the history back on.
    bool finish(QString *error);

private:
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
    std::unique_ptr<BulkStatement> m_unstage;
    std::unique_ptr<BulkStatement> m_batch;
    QHash<QString, QString> m_tags; // as given → as the base spells it
    bool m_auditOn = true;
    QString m_now;
    int m_inserted = 0;
    qint64 m_cacheSize = 0; // to restore; 0 while unchanged
};
