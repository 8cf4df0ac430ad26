#pragma once

#include <QList>
#include <QStringList>

// Clients that are likely one and the same, and what they share.
struct DuplicateGroup
{
    QList<qint64> ids;   // ascending: the oldest first, kept by default
    QStringList reasons; // "phone +79123456789", "INN 7707083893"...
};
