#pragma once

#include "clients/client.h"
#include "importbatch.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class ClientRepository;
class Database;

// Remembers what each import created and what it merged into (with the client
// as it was before), so that the import can be undone whole.
class ImportBatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    ImportBatchRepository(const Database &db, ClientRepository &clients);

    // Called by the importer inside its transaction.
    qint64 begin(const QString &format, const QString &file, const QString &tag,
                 QString *error = nullptr);
    bool recordCreated(qint64 batchId, qint64 clientId, QString *error = nullptr);
    // Only the first merge into a client counts: it holds the state to go back to.
    bool recordMerged(qint64 batchId, const Client &before, QString *error = nullptr);
    bool finish(qint64 batchId, int created, int merged, int skipped, QString *error = nullptr);

    QList<ImportBatch> list() const;
    std::optional<ImportBatch> find(qint64 batchId) const;

    // Deletes the clients the import created and puts the merged ones back as
    // they were, in one transaction. Refused, with one line per client in
    // `conflicts`, when any of them was changed since the import.
    struct UndoResult
    {
        int removed = 0;
        int restored = 0;
        QStringList conflicts;
    };
    bool undo(qint64 batchId, UndoResult *result, QString *error);

private:
    struct Item
    {
        qint64 clientId = 0;
        bool created = false;
        QByteArray before;
    };
    // Every batch, newest first, or the one of `batchId` (not 0).
    QList<ImportBatch> batches(qint64 batchId) const;
    QList<Item> items(qint64 batchId) const;
    // Why the client cannot be put back; empty when it can.
    QString conflict(const Item &item, qint64 auditMark) const;
    qint64 auditMark(qint64 batchId) const;

    const Database &m_db;
    ClientRepository &m_clients;
};
