#pragma once

#include <QString>
#include <QVariant>

// One line of the client list: only what the list shows and sorts on.
struct ClientListRow
{
    qint64 id = 0;
    QString kind;
    QString name;
    QString city;
    QString region;
    QString importance;
    QString phone; // first phone, E.164 when valid
    QString email; // first e-mail
    QString lastContactAt;
    QString createdAt;
    qint64 openDealsAmount = 0; // minor units, every currency together
    bool archived = false;
    QVariant sortValue; // value of the list's sort column, for the next keyset page
};
