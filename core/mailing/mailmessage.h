#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One e-mail as the outbox hands it to a transport: already personalised,
// one recipient per message so that one refusal fails one row only.
struct MailMessage
{
    struct Address
    {
        QString name;
        QString address;
    };
    struct Attachment
    {
        QString fileName;
        QString mimeType; // "application/pdf"; empty: application/octet-stream
        QByteArray data;
    };

    Address from;
    QList<Address> to;
    QString subject;
    QString text; // the plain-text alternative
    QString html; // empty: a text-only message
    QList<Attachment> attachments;
    QString messageId;       // without <>; empty: made up from the sender's domain
    QString listUnsubscribe; // mailings: a mailto: or https: address
};
