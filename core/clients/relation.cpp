#include "relation.h"

QString Relation::typeToString(Type type)
{
    switch (type) {
    case Type::Partner:
        return QStringLiteral("partner");
    case Type::Competitor:
        return QStringLiteral("competitor");
    case Type::ReferredBy:
        return QStringLiteral("referred_by");
    case Type::Subsidiary:
        return QStringLiteral("subsidiary");
    }
    return {};
}

bool Relation::typeFromString(const QString &text, Type *type)
{
    for (Type t : {Type::Partner, Type::Competitor, Type::ReferredBy, Type::Subsidiary}) {
        if (typeToString(t) == text) {
            *type = t;
            return true;
        }
    }
    return false;
}
