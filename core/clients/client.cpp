#include "client.h"

QString Client::displayName() const
{
    if (!name.trimmed().isEmpty() || kind == Kind::Company)
        return name.trimmed();
    QStringList parts;
    for (const QString &p : {lastName, firstName, middleName})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

QString Client::kindToString(Kind kind)
{
    return kind == Kind::Company ? QStringLiteral("company") : QStringLiteral("person");
}

bool Client::kindFromString(const QString &text, Kind *kind)
{
    if (text == QLatin1String("company"))
        *kind = Kind::Company;
    else if (text == QLatin1String("person"))
        *kind = Kind::Person;
    else
        return false;
    return true;
}
