#include "smslength.h"

namespace {
// GSM 03.38 basic set, and the extension set that costs an escape each.
const char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const char16_t kExtension[] = u"^{}\\[~]|€\f";

bool in(const char16_t *set, QChar c)
{
    for (const char16_t *p = set; *p; ++p)
        if (*p == c.unicode())
            return true;
    return false;
}
} // namespace

SmsLength SmsLength::of(const QString &text)
{
    SmsLength l;
    int gsm = 0;
    for (QChar c : text) {
        if (in(kBasic, c)) {
            ++gsm;
        } else if (in(kExtension, c)) {
            gsm += 2;
        } else {
            l.unicode = true;
            break;
        }
    }
    // UCS-2 counts UTF-16 units, so an emoji takes two.
    l.characters = l.unicode ? int(text.size()) : gsm;
    const int single = l.unicode ? 70 : 160;
    const int multi = l.unicode ? 67 : 153;
    l.perPart = l.characters <= single ? single : multi;
    l.parts = l.characters == 0 ? 0 : (l.characters + l.perPart - 1) / l.perPart;
    return l;
}
