#pragma once

#include "mailmessage.h"
#include "outboxmessage.h"
#include "sendresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

class Database;

// The persistent outbox. A message goes queued -> sending (written before it
// is handed to the server) -> sent (with its interaction in the client's
// history, in the same transaction) or back to queued with a later attempt,
// or failed. Rows found sending when a run starts became unknown: the
// program stopped between the two writes, and only the user can tell.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    // Attempts of a message that keeps failing for a temporary reason.
    static constexpr int kMaxAttempts = 8;

    explicit OutboxRepository(const Database &db) : m_db(db) {}

    bool enqueue(OutboxMessage &message, const QList<MailMessage::Attachment> &files = {},
                 QString *error = nullptr);
    std::optional<OutboxMessage> load(qint64 id) const;
    // The files sent with the message: its own, else its template's.
    QList<MailMessage::Attachment> attachments(const OutboxMessage &message) const;

    // Sending rows left by a run that stopped become unknown; how many.
    int recoverInterrupted(QString *error = nullptr);
    // For a campaign id: the messages sent one at a time from the cards.
    static constexpr qint64 SingleMessages = -1;

    // The next queued message due at `now` (of the campaign, when not 0;
    // SingleMessages: of none), marked sending and committed before the
    // caller sends it.
    std::optional<OutboxMessage> claimNext(const QDateTime &now, qint64 campaignId = 0,
                                           QString *error = nullptr);
    // That message, when queued, marked sending and committed.
    std::optional<OutboxMessage> claim(qint64 id, QString *error = nullptr);
    // Queued messages waiting for their backoff become due now; how many.
    int retryNow(qint64 campaignId = 0, QString *error = nullptr);
    // After the server's answer: sent (and logged as an interaction),
    // queued again with a backoff, or failed.
    bool finish(const OutboxMessage &message, const SendResult &result, const QDateTime &now,
                QString *error = nullptr);
    // The user's decision about an unknown or failed row: sent after all, or
    // queued to go again.
    bool resolve(qint64 id, bool wasSent, QString *error = nullptr);
    bool cancel(qint64 id, QString *error = nullptr);

    QList<OutboxMessage> list(qint64 campaignId = 0, const QString &state = {},
                              int limit = 1000) const;
    QHash<QString, int> counts(qint64 campaignId = 0) const;
    // When the next queued message (as claimNext picks) is due, invalid when none is.
    QDateTime nextDue(qint64 campaignId = 0) const;

    // 1 min, 5 min, 15 min, 1 h, 3 h...: when attempt `attempts` + 1 goes.
    static QDateTime retryAt(int attempts, const QDateTime &now);

private:
    const Database &m_db;
};
