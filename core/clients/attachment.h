#pragma once

#include <QString>

// A file kept inside the database, on a client or a contact person.
struct Attachment
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 contactId = 0;
    QString name;
    QString mime;
    qint64 size = 0;
    QString createdAt;
};
