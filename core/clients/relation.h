#pragma once

#include <QString>

// A link between two clients, seen from the client that is loaded: `outgoing`
// when that client is the "from" side ("A referred by B" shows on both cards).
struct Relation
{
    enum class Type
    {
        Partner,
        Competitor,
        ReferredBy,
        Subsidiary
    };

    qint64 id = 0;
    qint64 otherId = 0;
    QString otherName;
    Type type = Type::Partner;
    bool outgoing = true;
    QString note;

    static QString typeToString(Type type);
    static bool typeFromString(const QString &text, Type *type);
};
