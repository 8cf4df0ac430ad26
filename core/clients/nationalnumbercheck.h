#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <list>
#include <optional>
#include <string>

// libphonenumber's IsValidNumber for the national numbers of one length behind
// one country calling code, from libphonenumber's own metadata compiled into a
// PCRE2 pattern per region. libphonenumber builds an ICU matcher for each of
// its up to twenty patterns a number, about 3 µs; an import of a million rows
// checks a million numbers. Before it answers, the check asks libphonenumber
// about a sample of numbers and stands aside at the first disagreement.
class NationalNumberCheck
{
public:
    NationalNumberCheck(int countryCode, int length);

    // False when the metadata could not be read or the sample disagreed:
    // libphonenumber decides then.
    bool isReady() const { return m_ready; }
    // `digits`: the national number, `length` ASCII digits.
    bool isValid(QStringView digits) const;

private:
    struct Region
    {
        std::optional<QRegularExpression> leadingDigits; // decides the region alone
        QRegularExpression valid; // the general pattern and one of the type patterns
    };

    bool load(const std::list<std::string> &codes);
    bool agreesWithLibrary(int countryCode, const std::list<std::string> &codes) const;

    int m_length;
    QList<Region> m_regions; // libphonenumber's order, the main country first
    bool m_ready = false;
};
