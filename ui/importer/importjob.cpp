#include "importjob.h"

#include "clients/clientrepository.h"
#include "common/backgroundtask.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QThread>

ImportJob::ImportJob(Database &db, PhoneNormalizer phones, QObject *parent)
    : QObject(parent), m_db(db), m_phones(std::move(phones)), m_task(new BackgroundTask(this)),
      m_outcome(std::make_shared<Outcome>())
{
    connect(m_task, &BackgroundTask::progressChanged, this, &ImportJob::progressChanged);
    connect(m_task, &BackgroundTask::finished, this, [this](bool ok) {
        m_succeeded = ok;
        m_cancelled = !ok && m_task->isCancelled();
        Q_EMIT finished();
    });
}

void ImportJob::start(const ImportSetup &setup, bool dryRun)
{
    m_dryRun = dryRun;
    m_succeeded = m_cancelled = false;
    m_outcome = std::make_shared<Outcome>();
    ClientImporter::Options options = setup.options;
    options.dryRun = dryRun;
    m_task->start([db = &m_db, phones = m_phones, setup, options,
                   outcome = m_outcome](const BackgroundTask::Progress &progress) {
        bool ok = false;
        {
            // This thread's own connection, through the repository and the importer.
            ClientRepository clients(*db, phones);
            ClientImporter importer(*db, clients);
            ok = setup.kind == ImportSetup::Kind::Csv
                     ? importer.importCsv(setup.path, setup.csv, setup.mapping, options,
                                          &outcome->report, &outcome->error, progress)
                     : importer.importVCard(setup.path, options, &outcome->report, &outcome->error,
                                            progress);
        }
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            db->releaseConnection();
        return ok;
    });
}

void ImportJob::cancel()
{
    m_task->cancel();
}

bool ImportJob::isRunning() const
{
    return m_task->isRunning();
}

const ImportReport &ImportJob::report() const
{
    return m_outcome->report;
}

QString ImportJob::error() const
{
    return m_outcome->error;
}
