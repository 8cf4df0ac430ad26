#pragma once

#include "emailentry.h"
#include "phoneentry.h"

#include <QDate>
#include <QList>
#include <QString>

struct ContactPerson
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    QString position;
    QDate birthday;
    QString notes;
    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;

    QString fullName() const;
    bool operator==(const ContactPerson &) const = default;
};
