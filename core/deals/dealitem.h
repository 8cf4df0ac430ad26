#pragma once

#include <QString>

// A product line of a deal. Quantity in thousandths (2.5 kg = 2500), discount
// in hundredths of a percent (5.5 % = 550); the price is per unit with VAT.
struct DealItem
{
    qint64 id = 0;
    qint64 productId = 0;
    QString name;
    QString sku;
    QString unit;
    qint64 quantity = 1000;
    qint64 price = 0;
    int discount = 0;
    int vatPercent = -1; // -1: without VAT

    // quantity × price less the discount, rounded to the kopeck.
    qint64 total() const;
    // The VAT inside total(); 0 without VAT.
    qint64 vat() const;
};
