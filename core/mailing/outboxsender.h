#pragma once

#include "outboxmessage.h"
#include "sendresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <atomic>
#include <functional>

class Database;
class MessageTransport;

// Sends what is due in the outbox, one message at a time at a pace, through
// the transport of its channel. Each row is marked sending before it goes
// and finished after, so a run stopped anywhere resumes exactly.
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    struct Totals
    {
        int sent = 0;
        int failed = 0;  // for good: refused, or out of attempts
        int retried = 0; // queued again for later
    };
    using Progress = std::function<void(const OutboxMessage &, const SendResult &)>;

    OutboxSender(const Database &db, MessageTransport *email, MessageTransport *sms)
        : m_db(db), m_email(email), m_sms(sms)
    {
    }

    // Sends the due messages (of one campaign, when not 0) until none is
    // due or `cancel` is set, at most `perMinute` a minute (0: no pause).
    Totals run(qint64 campaignId, int perMinute, const Progress &progress = {},
               const std::atomic_bool *cancel = nullptr, QString *error = nullptr);

    // Sends one message claimed from the outbox and records the answer; an
    // error only when the outbox could not be written.
    SendResult sendOne(OutboxMessage &message, QString *error = nullptr);

private:
    const Database &m_db;
    MessageTransport *m_email;
    MessageTransport *m_sms;
};
