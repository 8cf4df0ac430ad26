#pragma once

#include <QString>

// E-mail addresses are kept as typed and in a lower-case form for matching.
class EmailAddress
{
public:
    static QString normalize(const QString &typed);
    static bool isValid(const QString &typed);
};
