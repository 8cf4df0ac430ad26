#pragma once

#include <QString>

class Database;

// A client with a legal entity and a contact, a deal with line items and our
// company's requisites: what a commercial proposal is made from.
struct ProposalFixture
{
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;

    // `items` lines: the first three named, the rest "Позиция N".
    static ProposalFixture create(Database &db, int items = 3,
                                  const QString &clientName = QStringLiteral("ООО «Ромашка»"));
    // Every requisite of our company filled in.
    static void fillCompany(Database &db);
};
