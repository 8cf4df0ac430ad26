#pragma once

#include "clients/client.h"
#include "clients/clientbulkwriter.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "datecolumn.h"
#include "importbatchrepository.h"
#include "importreport.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class ClientRepository;
class Database;
class DuplicateLookup;
class SideSearchIndex;

// Turns the rows of a contact file into clients: a company with its contact
// person, or a person; rows of one company become one client; duplicates of
// the base or of earlier rows are merged, skipped or created anew. The whole
// file is one transaction: a file-level problem, a cancel or a dry run leaves
// the base as it was.
class ClientImporter
{
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    enum class OnDuplicate
    {
        Skip,
        Merge,
        Create
    };
    struct Options
    {
        OnDuplicate onDuplicate = OnDuplicate::Merge;
        QString tag; // empty: "Импорт <date>" in the user's language
        bool dryRun = false;
        bool keepPhotos = true; // a vCard's PHOTO becomes a file of the new person
    };
    // Called every thousand rows with the bytes read; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ClientImporter(const Database &db, ClientRepository &clients);
    ~ClientImporter();

    // `mapping` holds a field per column of the header row; empty: guessed.
    bool importCsv(const QString &path, const CsvReader::Options &csv,
                   QList<ColumnMapping::Field> mapping, const Options &options,
                   ImportReport *report, QString *error, const Progress &progress = {});
    // Every card of a vCard file (2.1, 3.0, 4.0): organisation and person as
    // in a CSV row; birthdays with or without a year; photos as files.
    bool importVCard(const QString &path, const Options &options, ImportReport *report,
                     QString *error, const Progress &progress = {});

private:
    struct Row
    {
        qint64 line = 0;
        QList<QPair<ColumnMapping::Field, QString>> values;
        QByteArray photo;
        QString photoMime;
    };
    // A row made ready on the reading thread: the client it brings and, for
    // the case it is new, that client as save() would write it.
    struct Prepared
    {
        Row row;
        Client incoming;
        QStringList keys;         // groupKeys(incoming)
        QList<quint64> keyHashes; // of keys, made by the reading thread
        std::optional<ClientBulkWriter::Record> fresh;
        QString refused; // why save() would refuse the new client
        qint64 bytesRead = 0;
    };
    void start(const Options &options, ImportReport *report);
    // Opens the batch the rows are recorded in (not on a dry run), and the
    // statements of the rows.
    bool beginBatch(const QString &format, const QString &path, SideSearchIndex *search,
                    ImportReport *report, QString *error);
    bool finishBatch(ImportReport *report, QString *error);
    void endWrite();
    // Thread-safe: no database work.
    Prepared prepare(Row row) const;
    bool importRow(Prepared &row, ImportReport *report, QString *error);
    // The client of this file that one of the keys leads to, loaded; 0 for none.
    qint64 seenClient(const Prepared &row, std::optional<Client> *loaded, QString *error);
    Row rowFromCard(const VCard &card) const;
    Client clientFromRow(const Row &row) const;
    QStringList groupKeys(const Client &client) const;
    // Attaches the row's photo to the person it brought in, if that person is new.
    bool attachPhoto(const Row &row, const Client &incoming, const Client &saved,
                     const std::optional<Client> &before, QString *error);

    const Database &m_db;
    ClientRepository &m_clients;
    ImportBatchRepository m_batches;
    qint64 m_batchId = 0;
    Options m_options;
    DateColumn::Format m_dateFormat = DateColumn::Format::Unknown;
    QString m_tag;
    // Hashes of the keys of clients this import wrote: a million rows' keys
    // as strings would not fit the memory budget. A hit is checked against
    // the client it leads to.
    QHash<quint64, qint64> m_seen;
    std::unique_ptr<ClientBulkWriter> m_writer;
    std::unique_ptr<DuplicateLookup> m_lookup;
};
