#pragma once

#include <QString>
#include <optional>

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

    // "2.5" or "2,5" with at most `decimals` decimals, as an integer of that
    // scale (2500 for 3 decimals); nullopt for anything else.
    static std::optional<qint64> parseScaled(const QString &text, int decimals);
    // 2500 at 3 decimals: "2.5"; trailing zeros dropped.
    static QString scaledToText(qint64 value, int decimals);
};
