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
