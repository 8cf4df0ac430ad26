#include "searchtext.h"

QString SearchText::fold(const QString &text)
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
