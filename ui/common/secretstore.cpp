#include "secretstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {
// Runs a keychain job to its end; the jobs only report asynchronously.
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}
} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service))
{
}

QString SecretStore::read(const QString &key)
{
    if (m_session.contains(key) || !m_available)
        return m_session.value(key);
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString error;
    if (runJob(job, &error))
        return job.textData();
    // "Not found" is an answer; anything else means no keychain to ask.
    if (job.error() != QKeychain::EntryNotFound) {
        m_available = false;
        m_error = error;
    }
    return {};
}

bool SecretStore::write(const QString &key, const QString &value, QString *error)
{
    m_session.insert(key, value);
    if (m_available) {
        QString why;
        bool ok = false;
        if (value.isEmpty()) {
            QKeychain::DeletePasswordJob job(m_service);
            job.setKey(key);
            ok = runJob(job, &why) || job.error() == QKeychain::EntryNotFound;
        } else {
            QKeychain::WritePasswordJob job(m_service);
            job.setKey(key);
            job.setTextData(value);
            ok = runJob(job, &why);
        }
        if (ok)
            return true;
        m_available = false;
        m_error = why;
    }
    if (error)
        *error = tr("No system keychain is available (%1): the secret is kept for this "
                    "session only and asked again at the next start.")
                     .arg(m_error);
    return false;
}
