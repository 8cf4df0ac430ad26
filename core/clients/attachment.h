#pragma once

#include <QString>

// A file kept inside the database, on a client or a contact person; a file
// of a deal is also its client's.
struct Attachment
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    QString name;
    QString mime;
    qint64 size = 0;
    QString createdAt;
};
