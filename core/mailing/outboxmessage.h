#pragma once

#include <QString>

// One row of the outbox: a message to one address, already filled in, and
// where it stands: queued, sending, sent, failed, or unknown (it was being
// sent when the program stopped: the user decides, it is never resent alone).
struct OutboxMessage
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString channel = QStringLiteral("email");
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    qint64 templateId = 0; // a campaign's attachments come from its template
    QString address;       // e-mail, or the phone in E.164
    QString name;          // the recipient's name for the To: header
    QString subject;
    QString body;     // e-mail: HTML (empty: text only); SMS: the text
    QString textBody; // e-mail: the plain-text part
    QString state = QStringLiteral("queued");
    int attempts = 0;
    QString nextAttemptAt;
    int code = 0;
    QString answer; // the server's last reply
    QString messageId;
    qint64 interactionId = 0;
    QString createdAt;
    QString sentAt;
};
