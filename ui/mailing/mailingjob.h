#pragma once

#include "mailing/outboxsender.h"
#include "mailing/smsgateway.h"
#include "mailing/smtpsettings.h"

#include <QObject>

#include <atomic>
#include <memory>

class BackgroundTask;
class Database;

// Runs one mailing's outbox off the GUI thread (OutboxSender::run on the
// worker's own connection to the base) so the user works on. Pause and
// cancel stop it between two messages: a message is never cut in half, and
// what was not sent stays queued for the next run.
class MailingJob : public QObject
{
    Q_OBJECT

public:
    MailingJob(const Database &db, QObject *parent = nullptr);
    ~MailingJob() override;

    // The transports are built in the worker from these settings.
    void start(qint64 campaignId, int perMinute, const SmtpSettings &smtp,
               const SmsGateway::Settings &sms);
    void stop();
    bool isRunning() const;
    qint64 campaignId() const { return m_campaignId; }
    OutboxSender::Totals totals() const;
    QString error() const;

Q_SIGNALS:
    // Messages handled of those that were due when the run started.
    void progressChanged(qint64 done, qint64 total);
    void finished(bool stoppedByUser);

private:
    struct Outcome;
    const Database &m_db;
    BackgroundTask *m_task;
    qint64 m_campaignId = 0;
    std::shared_ptr<Outcome> m_outcome;
    // Read by the sender before each message; set by stop() and on destruction.
    std::shared_ptr<std::atomic_bool> m_cancel;
};
