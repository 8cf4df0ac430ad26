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
        const QDate d = QDate::fromString(text.mid(2), QStringLiteral("MM-dd"));
        return d.isValid() ? QDate(NoYear, d.month(), d.day()) : QDate();
    }
    return QDate::fromString(text, Qt::ISODate);
}
