#include "contactperson.h"

#include <QStringList>

QString ContactPerson::fullName() const
{
    QStringList parts;
    for (const QString &p : {lastName, firstName, middleName})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    return parts.join(QLatin1Char(' '));
}

QString ContactPerson::birthdayToText(QDate birthday)
{
    if (!birthday.isValid())
        return {};
    if (birthday.year() == NoYear)
        return birthday.toString(QStringLiteral("--MM-dd"));
    return birthday.toString(Qt::ISODate);
}

QDate ContactPerson::birthdayFromText(const QString &text)
{
    if (text.startsWith(QLatin1String("--"))) {
        // Parsed with the placeholder year: alone, "02-29" would fall in 1900, no leap year.
        return QDate::fromString(QString::number(NoYear) + text.mid(1), Qt::ISODate);
    }
    return QDate::fromString(text, Qt::ISODate);
}
