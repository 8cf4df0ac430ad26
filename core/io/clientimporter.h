#pragma once

#include "clients/client.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "datecolumn.h"
#include "importbatchrepository.h"
#include "importreport.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

class ClientRepository;
class Database;

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
    void start(const Options &options, ImportReport *report);
    // Opens the batch the rows are recorded in (not on a dry run).
    bool beginBatch(const QString &format, const QString &path, ImportReport *report,
                    QString *error);
    bool finishBatch(ImportReport *report, QString *error);
    bool importRow(const Row &row, ImportReport *report, QString *error);
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
    QHash<QString, qint64> m_seen; // keys of clients this import wrote
};
