#pragma once

#include <QString>

// A catalogue entry; the price is per unit with VAT, in minor units.
struct Product
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString unit;
    qint64 price = 0;
    int vatPercent = 20; // -1: without VAT
    bool archived = false;
};
