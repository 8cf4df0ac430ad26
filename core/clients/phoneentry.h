#pragma once

#include <QString>

// A phone of a client or a contact: what was typed and its E.164 form
// (empty when the number is not valid, so it is kept but marked).
struct PhoneEntry
{
    qint64 id = 0;
    QString label;
    QString raw;
    QString e164;
    bool isValid() const { return !e164.isEmpty(); }
    // What to match and show: E.164 when valid, else as typed.
    QString value() const { return isValid() ? e164 : raw; }
    bool operator==(const PhoneEntry &) const = default;
};
