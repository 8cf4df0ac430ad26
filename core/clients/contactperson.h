#pragma once

#include "emailentry.h"
#include "phoneentry.h"

#include <QDate>
#include <QList>
#include <QString>

struct ContactPerson
{
    // The year of a birthday known without one (vCard's BDAY:--0415): a leap
    // year, so that 29 February stays valid, and the one Apple uses too.
    static constexpr int NoYear = 1604;

    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    QString position;
    QDate birthday;
    QString notes;
    bool emailOptOut = false; // excluded from mailings by that channel
    bool smsOptOut = false;
    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;

    QString fullName() const;
    bool birthdayHasYear() const { return birthday.isValid() && birthday.year() != NoYear; }
    // As stored and exported: "1980-04-15", or "--04-15" without a year.
    static QString birthdayToText(QDate birthday);
    static QDate birthdayFromText(const QString &text);
    bool operator==(const ContactPerson &) const = default;
};
