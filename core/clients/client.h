#pragma once

#include "contactperson.h"
#include "emailentry.h"
#include "legalentity.h"
#include "phoneentry.h"
#include "relation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A client (партнер): a company or a person, with everything its card shows.
struct Client
{
    enum class Kind
    {
        Company,
        Person
    };

    qint64 id = 0;
    Kind kind = Kind::Company;
    QString name; // for persons, built from the name parts when left empty
    QString firstName;
    QString middleName;
    QString lastName;
    QDate birthday; // persons only; year ContactPerson::NoYear when not known
    qint64 parentId = 0;
    QString parentName; // read-only, filled on load
    QString region;
    QString city;
    QString address;
    QString importance; // "", "A", "B" or "C"
    QString source;
    QString responsible;
    QString notes;
    bool emailOptOut = false;
    bool smsOptOut = false;
    bool archived = false;
    qint64 mergedInto = 0; // read-only: set by ClientMerger, hidden while set
    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;
    QStringList tags;
    QList<LegalEntity> legalEntities;
    QList<ContactPerson> contacts;
    QList<Relation> relations; // read-only here; ClientRepository edits them
    QString lastContactAt;
    QString createdAt;
    QString updatedAt;

    QString displayName() const;
    static QString kindToString(Kind kind);
    static bool kindFromString(const QString &text, Kind *kind);
};
