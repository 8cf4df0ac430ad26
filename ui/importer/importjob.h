#pragma once

#include "clients/phonenormalizer.h"
#include "importsetup.h"
#include "io/importreport.h"

#include <QObject>

#include <memory>

class BackgroundTask;
class Database;

// An import or a dry run off the GUI thread, on the worker's own connection;
// cancelling rolls the importer's transaction back.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(Database &db, PhoneNormalizer phones, QObject *parent = nullptr);

    void start(const ImportSetup &setup, bool dryRun);
    void cancel();
    bool isRunning() const;
    bool isDryRun() const { return m_dryRun; }

    // What the last run came to, once finished() was sent.
    bool succeeded() const { return m_succeeded; }
    bool wasCancelled() const { return m_cancelled; }
    const ImportReport &report() const;
    QString error() const;

Q_SIGNALS:
    // Bytes of the file read, a few times a second.
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    struct Outcome
    {
        ImportReport report;
        QString error;
    };

    Database &m_db;
    PhoneNormalizer m_phones;
    BackgroundTask *m_task;
    std::shared_ptr<Outcome> m_outcome;
    bool m_dryRun = false;
    bool m_succeeded = false;
    bool m_cancelled = false;
};
