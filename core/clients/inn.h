#pragma once

#include <QString>

// Russian taxpayer number (ИНН): 10 digits for organisations, 12 for people,
// the last one or two being control digits.
class Inn
{
public:
    static bool isValid(const QString &inn);
};
