#pragma once

#include <QDateTime>
#include <QString>

// A call, meeting, e-mail, SMS or note on the client's timeline.
struct Interaction
{
    enum class Type
    {
        CallIn,
        CallOut,
        Meeting,
        Email,
        Sms,
        Note
    };

    qint64 id = 0;
    qint64 clientId = 0;
    qint64 contactId = 0;
    QString contactName; // read-only, filled on load
    qint64 dealId = 0;
    Type type = Type::Note;
    QDateTime occurredAt; // UTC
    int durationSec = 0;
    QString subject;
    QString text;
    QString result;
    QString user; // who logged it (the current user then)

    static QString typeToString(Type type);
    static bool typeFromString(const QString &text, Type *type);
};
