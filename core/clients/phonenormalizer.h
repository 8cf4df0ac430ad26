#pragma once

#include <QString>
#include <QStringList>

// Phone numbers through libphonenumber: "8 (912) 345-67-89", "+7 912 3456789"
// and "89123456789" are one number, +79123456789.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString defaultRegion = QStringLiteral("RU"));

    // E.164 of a valid number, or an empty string: invalid input is kept as typed.
    QString toE164(const QString &typed) const;
    // "+7 912 345-67-89"; what was typed when it does not parse.
    QString format(const QString &e164OrTyped) const;
    QString region() const { return m_region; }

    // Digit strings a user may type to find this number: the whole number, the
    // national number and the subscriber part, so "912345" finds +79123456789.
    static QStringList searchTokens(const QString &e164);
    // ISO 3166 codes libphonenumber knows, sorted ("AD" … "ZW").
    static QStringList supportedRegions();

private:
    QString m_region;
};
