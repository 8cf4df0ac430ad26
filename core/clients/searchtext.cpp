#include "searchtext.h"

namespace {
QString foldAnyScript(const QString &text)
{
    QString s = text.toLower().simplified();
    for (QChar &c : s) {
        if (c == QChar(0x0451)) // ё
            c = QChar(0x0435);
        else if (c == QChar(0x0439)) // й
            c = QChar(0x0438);
    }
    return s;
}
} // namespace

QString SearchText::fold(const QString &text)
{
    // One pass for Latin-1 and Cyrillic, where lower case is an offset: an
    // import folds a few million names and addresses. Anything else goes the
    // general way, which gives the same for these.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = o;
    bool space = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c == u' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0) {
            space = o != begin;
            continue;
        }
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                c += 0x20;
        } else if (c < 0x100) {
            if (c >= 0xc0 && c <= 0xde && c != 0xd7)
                c += 0x20;
        } else if (c >= 0x400 && c < 0x460) {
            if (c < 0x410)
                c += 0x50;
            else if (c < 0x430)
                c += 0x20;
            if (c == 0x451) // ё
                c = 0x435;
            else if (c == 0x439) // й
                c = 0x438;
        } else {
            return foldAnyScript(text);
        }
        if (space) {
            *o++ = u' ';
            space = false;
        }
        *o++ = c;
    }
    out.truncate(o - begin);
    return out;
}

QStringList SearchText::words(const QString &query)
{
    const QString folded = fold(query);
    QStringList out;
    QString word;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}
