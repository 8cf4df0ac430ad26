#include "personname.h"

#include <QStringList>

namespace {
bool isCyrillic(const QString &word)
{
    for (QChar c : word)
        if (c.isLetter())
            return c.script() == QChar::Script_Cyrillic;
    return false;
}

// Endings of most Russian and Ukrainian surnames; a first name rarely has them.
bool looksLikeSurname(const QString &word)
{
    static const QStringList endings = {
        QStringLiteral("ов"),   QStringLiteral("ев"),   QStringLiteral("ёв"),
        QStringLiteral("ин"),   QStringLiteral("ын"),   QStringLiteral("ова"),
        QStringLiteral("ева"),  QStringLiteral("ёва"),  QStringLiteral("ина"),
        QStringLiteral("ына"),  QStringLiteral("ский"), QStringLiteral("ская"),
        QStringLiteral("цкий"), QStringLiteral("цкая"), QStringLiteral("енко"),
        QStringLiteral("ук"),   QStringLiteral("юк"),   QStringLiteral("их"),
        QStringLiteral("ых")};
    const QString w = word.toLower();
    for (const QString &e : endings)
        if (w.endsWith(e) && w.size() > e.size() + 1)
            return true;
    return false;
}
} // namespace

bool PersonName::isPatronymic(const QString &word)
{
    static const QStringList endings = {QStringLiteral("ович"),  QStringLiteral("евич"),
                                        QStringLiteral("ич"),    QStringLiteral("овна"),
                                        QStringLiteral("евна"),  QStringLiteral("ична"),
                                        QStringLiteral("инична")};
    const QString w = word.toLower();
    for (const QString &e : endings)
        if (w.endsWith(e) && w.size() >= e.size() + 2)
            return true;
    return false;
}

PersonName PersonName::split(const QString &fullName)
{
    PersonName n;
    const QString text = fullName.simplified();
    if (text.isEmpty())
        return n;
    // "Smith, John" and "Сидоров, Иван Петрович": the surname before the comma.
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0) {
        n.lastName = text.left(comma).trimmed();
        const QStringList rest = text.mid(comma + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        n.firstName = rest.value(0);
        n.middleName = rest.mid(1).join(QLatin1Char(' '));
        return n;
    }
    const QStringList w = text.split(QLatin1Char(' '));
    if (w.size() == 1) {
        n.lastName = w.first();
        return n;
    }
    if (isCyrillic(text)) {
        if (w.size() >= 3 && isPatronymic(w.at(1)) && !isPatronymic(w.at(2))) {
            // "Иван Петрович Сидоров"
            n.firstName = w.at(0);
            n.middleName = w.at(1);
            n.lastName = w.mid(2).join(QLatin1Char(' '));
        } else if (w.size() >= 3) {
            // "Сидоров Иван Петрович", the usual Russian order
            n.lastName = w.at(0);
            n.firstName = w.at(1);
            n.middleName = w.mid(2).join(QLatin1Char(' '));
        } else if (looksLikeSurname(w.at(1)) && !looksLikeSurname(w.at(0))) {
            n.firstName = w.at(0); // "Иван Сидоров"
            n.lastName = w.at(1);
        } else {
            n.lastName = w.at(0); // "Сидоров Иван"
            n.firstName = w.at(1);
        }
        return n;
    }
    // Latin: "John Smith", "John Paul Smith"
    n.firstName = w.first();
    n.lastName = w.last();
    n.middleName = w.mid(1, w.size() - 2).join(QLatin1Char(' '));
    return n;
}
