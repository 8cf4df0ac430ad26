#pragma once

#include <QDate>
#include <QString>

// What a template may say about one recipient: the client, the contact
// person (for a person client, the client itself), a deal, and the manager
// who signs. Filled from one query per segment, not a load per client.
struct RecipientData
{
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    QString address; // e-mail, or the phone in E.164 for SMS

    QString clientName;
    QString city;
    QString region;
    QString postalAddress;
    QString inn;

    QString firstName;
    QString middleName;
    QString lastName;
    QString position;

    QString dealTitle;
    QString dealStage;
    qint64 dealAmount = 0; // minor units
    QString currency;
    QDate expectedClose;

    QString manager;
};
