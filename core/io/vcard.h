#pragma once

#include "clients/contactperson.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One contact as a vCard file (2.1, 3.0 or 4.0) describes it, decoded to text
// but not yet normalised: the importer decides what becomes a client.
struct VCard
{
    // A phone, e-mail or address with its type labels, upper-case as in the
    // file ("CELL", "WORK", "HOME", "PREF", "INTERNET"...).
    struct Value
    {
        QString value;
        QStringList types;

        bool operator==(const Value &) const = default;
    };

    // Placeholder year of a birthday given without one (--0415, --04-15).
    static constexpr int NoYear = ContactPerson::NoYear;

    QString version; // "2.1", "3.0", "4.0" as written
    QString formattedName;
    QString lastName;
    QString firstName;
    QString middleName; // N's additional names, joined by spaces
    QString namePrefix;
    QString nameSuffix;
    QString organization;
    QString department; // ORG components after the first, joined by ", "
    QString title;
    QList<Value> phones;
    QList<Value> emails;
    QList<Value> addresses; // each ADR on one line: "street, city, region, code, country"
    QString city;           // locality of the first ADR that has one
    QString region;
    QString postalCode;
    QString country;
    QString note;
    QDate birthday;
    bool birthdayHasYear = false; // false: birthday's year is NoYear
    QStringList categories;       // as written, Google's "myContacts" included
    QString url;
    QString uid;
    QByteArray photo; // decoded image bytes; empty when none or only a link
    QString photoMimeType;
    qint64 line = 0; // 1-based line of BEGIN:VCARD
};
