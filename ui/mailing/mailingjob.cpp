#include "mailingjob.h"

#include "common/backgroundtask.h"
#include "db/database.h"
#include "mailing/emailtransport.h"
#include "mailing/outboxrepository.h"

#include <QMutex>
#include <QMutexLocker>

struct MailingJob::Outcome
{
    QMutex mutex;
    OutboxSender::Totals totals;
    QString error;
};

MailingJob::MailingJob(const Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_task(new BackgroundTask(this)),
      m_outcome(std::make_shared<Outcome>()), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(m_task, &BackgroundTask::progressChanged, this, &MailingJob::progressChanged);
    connect(m_task, &BackgroundTask::finished, this, [this] { Q_EMIT finished(*m_cancel); });
}

MailingJob::~MailingJob()
{
    // The sender sees this between messages; the task then waits for it.
    *m_cancel = true;
}

void MailingJob::start(qint64 campaignId, int perMinute, const SmtpSettings &smtp,
                       const SmsGateway::Settings &sms)
{
    m_campaignId = campaignId;
    m_outcome = std::make_shared<Outcome>();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const qint64 total = OutboxRepository(m_db).counts(campaignId).value(QStringLiteral("queued"));
    m_task->start([db = &m_db, campaignId, perMinute, smtp, sms, total, outcome = m_outcome,
                   cancel = m_cancel](const BackgroundTask::Progress &progress) {
        EmailTransport email(smtp);
        SmsGateway gateway(sms);
        OutboxSender sender(*db, smtp.isConfigured() ? &email : nullptr,
                            sms.isConfigured() ? &gateway : nullptr);
        qint64 done = 0;
        progress(0, total);
        QString error;
        const OutboxSender::Totals totals = sender.run(
            campaignId, perMinute,
            [&](const OutboxMessage &m, const SendResult &result) {
                {
                    // What the panel shows while the run goes on.
                    QMutexLocker lock(&outcome->mutex);
                    if (result.sent())
                        ++outcome->totals.sent;
                    else if (result.outcome == SendResult::Outcome::Temporary &&
                             m.attempts < OutboxRepository::kMaxAttempts)
                        ++outcome->totals.retried;
                    else
                        ++outcome->totals.failed;
                }
                if (!progress(++done, qMax(done, total)))
                    *cancel = true;
            },
            cancel.get(), &error);
        {
            QMutexLocker lock(&outcome->mutex);
            outcome->totals = totals;
            outcome->error = error;
        }
        db->releaseConnection();
        return error.isEmpty();
    });
}

void MailingJob::stop()
{
    *m_cancel = true;
    m_task->cancel();
}

bool MailingJob::isRunning() const
{
    return m_task->isRunning();
}

OutboxSender::Totals MailingJob::totals() const
{
    QMutexLocker lock(&m_outcome->mutex);
    return m_outcome->totals;
}

QString MailingJob::error() const
{
    QMutexLocker lock(&m_outcome->mutex);
    return m_outcome->error;
}
