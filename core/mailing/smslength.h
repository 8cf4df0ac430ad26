#pragma once

#include <QString>

// How an SMS text travels: in the GSM 7-bit alphabet (160 characters, or
// 153 a part when split) or, with any other character such as Cyrillic, in
// UCS-2 (70, or 67 a part). What the editor shows under the text.
struct SmsLength
{
    bool unicode = false;
    int characters = 0; // in the encoding's units (extension characters count twice)
    int parts = 0;
    int perPart = 160;

    static SmsLength of(const QString &text);
};
