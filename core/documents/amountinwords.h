#pragma once

#include <QString>

// The total of a document in words, as Russian invoices and proposals write
// it ("сумма прописью"): the whole units in words, the minor units in figures.
class AmountInWords
{
public:
    // 123456 -> "Одна тысяча двести тридцать четыре рубля 56 копеек".
    // Roubles, US dollars and euros by name; another currency by its code.
    static QString russian(qint64 minor, const QString &currency = QStringLiteral("RUB"));
    // 123456 -> "One thousand two hundred thirty-four roubles 56 kopecks".
    static QString english(qint64 minor, const QString &currency = QStringLiteral("RUB"));
    // "ru" for russian(), anything else for english().
    static QString inLanguage(const QString &language, qint64 minor,
                              const QString &currency = QStringLiteral("RUB"));

    // The number alone: 21000 -> "двадцать одна тысяча" (feminine: a female
    // unit such as копейка), "twenty-one thousand".
    static QString russianNumber(qint64 number, bool feminine = false);
    static QString englishNumber(qint64 number);
};
