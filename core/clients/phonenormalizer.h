#pragma once

#include <QString>
#include <QStringList>

namespace i18n::phonenumbers {
class PhoneNumber;
}

// Phone numbers through libphonenumber: "8 (912) 345-67-89", "+7 912 3456789"
// and "89123456789" are one number, +79123456789.
class PhoneNormalizer
{
public:
    // ITU-T E.164: a country code and number of at most 15 digits together.
    static constexpr int MaxE164Digits = 15;

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
    // A valid number within E.164's length.
    bool parse(const QString &text, i18n::phonenumbers::PhoneNumber *number) const;

    QString m_region;
};
