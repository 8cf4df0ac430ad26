#pragma once

#include <QString>

// An e-mail of a client or a contact: what was typed and its lower-case form
// (empty when the address is not valid).
struct EmailEntry
{
    qint64 id = 0;
    QString label;
    QString raw;
    QString address;
    bool isValid() const { return !address.isEmpty(); }
    // What to match and show: lower case when valid, else as typed.
    QString value() const { return isValid() ? address : raw; }
    bool operator==(const EmailEntry &) const = default;
};
