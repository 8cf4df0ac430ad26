#pragma once

#include <QString>
#include <QVariant>
#include <Qt>

// What the client list shows: filters and the sort order of its keyset pages.
struct ClientListQuery
{
    enum class SortColumn
    {
        Name,
        City,
        Region,
        Importance,
        LastContact,
        Created,
        OpenDeals // the total of the client's open deals
    };

    QString region;     // exact, empty = any
    QString importance; // A/B/C, empty = any
    QString kind;       // company/person, empty = any
    qint64 tagId = 0;   // 0 = any
    bool archived = false;
    SortColumn sort = SortColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// The position of a row in the sort order: the sort value and the id.
struct ClientSortKey
{
    QVariant value;
    qint64 id = 0;
};
