#include "amountinwords.h"

#include <QStringList>
#include <array>
#include <optional>

namespace {
// Russian nouns after a number: one (1, 21), few (2-4, 22-24), many (0, 5-20, 25...).
struct RussianNoun
{
    const char *one;
    const char *few;
    const char *many;
    bool feminine;
};

const char *russianForm(qint64 n, const RussianNoun &noun)
{
    const qint64 lastTwo = n % 100;
    const qint64 last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 14)
        return noun.many;
    if (last == 1)
        return noun.one;
    if (last >= 2 && last <= 4)
        return noun.few;
    return noun.many;
}

const std::array<const char *, 10> kRuUnits = {"",     "один",  "два",  "три",    "четыре",
                                               "пять", "шесть", "семь", "восемь", "девять"};
const std::array<const char *, 10> kRuTeens = {
    "десять",     "одиннадцать", "двенадцать", "тринадцать",   "четырнадцать",
    "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
const std::array<const char *, 10> kRuTens = {
    "",          "",           "двадцать",  "тридцать",    "сорок",
    "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
const std::array<const char *, 10> kRuHundreds = {"",          "сто",      "двести",   "триста",
                                                  "четыреста", "пятьсот",  "шестьсот", "семьсот",
                                                  "восемьсот", "девятьсот"};

// Thousands are feminine (одна тысяча, две тысячи); the larger scales masculine.
const std::array<RussianNoun, 5> kRuScales = {{
    {"", "", "", false},
    {"тысяча", "тысячи", "тысяч", true},
    {"миллион", "миллиона", "миллионов", false},
    {"миллиард", "миллиарда", "миллиардов", false},
    {"триллион", "триллиона", "триллионов", false},
}};

// 1..999 in words.
void russianTriad(int n, bool feminine, QStringList &out)
{
    if (n >= 100)
        out << QString::fromUtf8(kRuHundreds[n / 100]);
    const int rest = n % 100;
    if (rest >= 10 && rest <= 19) {
        out << QString::fromUtf8(kRuTeens[rest - 10]);
        return;
    }
    if (rest >= 20)
        out << QString::fromUtf8(kRuTens[rest / 10]);
    const int unit = rest % 10;
    if (unit == 1 && feminine)
        out << QStringLiteral("одна");
    else if (unit == 2 && feminine)
        out << QStringLiteral("две");
    else if (unit > 0)
        out << QString::fromUtf8(kRuUnits[unit]);
}

const std::array<const char *, 20> kEnSmall = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const std::array<const char *, 10> kEnTens = {"",      "",      "twenty",  "thirty", "forty",
                                              "fifty", "sixty", "seventy", "eighty", "ninety"};
const std::array<const char *, 5> kEnScales = {"", "thousand", "million", "billion", "trillion"};

void englishTriad(int n, QStringList &out)
{
    if (n >= 100)
        out << QString::fromLatin1(kEnSmall[n / 100]) << QStringLiteral("hundred");
    const int rest = n % 100;
    if (rest == 0)
        return;
    if (rest < 20)
        out << QString::fromLatin1(kEnSmall[rest]);
    else if (rest % 10 == 0)
        out << QString::fromLatin1(kEnTens[rest / 10]);
    else
        out << QString::fromLatin1(kEnTens[rest / 10]) + QLatin1Char('-') +
                   QString::fromLatin1(kEnSmall[rest % 10]);
}

// Splits into groups of three digits, the lowest first.
QList<int> triads(qint64 number)
{
    QList<int> groups;
    do {
        groups << int(number % 1000);
        number /= 1000;
    } while (number > 0);
    return groups;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

struct CurrencyNames
{
    RussianNoun ruMajor;
    RussianNoun ruMinor;
    const char *enMajorOne;
    const char *enMajorMany;
    const char *enMinorOne;
    const char *enMinorMany;
};

std::optional<CurrencyNames> currencyNames(const QString &currency)
{
    if (currency == QLatin1String("RUB"))
        return CurrencyNames{{"рубль", "рубля", "рублей", false},
                             {"копейка", "копейки", "копеек", true},
                             "rouble",
                             "roubles",
                             "kopeck",
                             "kopecks"};
    if (currency == QLatin1String("USD"))
        return CurrencyNames{{"доллар США", "доллара США", "долларов США", false},
                             {"цент", "цента", "центов", false},
                             "US dollar",
                             "US dollars",
                             "cent",
                             "cents"};
    if (currency == QLatin1String("EUR"))
        return CurrencyNames{{"евро", "евро", "евро", false},
                             {"цент", "цента", "центов", false},
                             "euro",
                             "euros",
                             "cent",
                             "cents"};
    return std::nullopt;
}

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}
} // namespace

QString AmountInWords::russianNumber(qint64 number, bool feminine)
{
    if (number < 0)
        return QStringLiteral("минус ") + russianNumber(-number, feminine);
    if (number == 0)
        return QStringLiteral("ноль");
    const QList<int> groups = triads(number);
    QStringList words;
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const int n = groups.at(i);
        if (n == 0)
            continue;
        const RussianNoun &scale = kRuScales[size_t(std::min<qsizetype>(i, 4))];
        russianTriad(n, i == 0 ? feminine : scale.feminine, words);
        if (i > 0)
            words << QString::fromUtf8(russianForm(n, scale));
    }
    return words.join(QLatin1Char(' '));
}

QString AmountInWords::englishNumber(qint64 number)
{
    if (number < 0)
        return QStringLiteral("minus ") + englishNumber(-number);
    if (number == 0)
        return QStringLiteral("zero");
    const QList<int> groups = triads(number);
    QStringList words;
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const int n = groups.at(i);
        if (n == 0)
            continue;
        englishTriad(n, words);
        if (i > 0)
            words << QString::fromLatin1(kEnScales[size_t(std::min<qsizetype>(i, 4))]);
    }
    return words.join(QLatin1Char(' '));
}

QString AmountInWords::russian(qint64 minor, const QString &currency)
{
    const bool negative = minor < 0;
    const qint64 a = negative ? -minor : minor;
    const qint64 major = a / 100;
    const qint64 cents = a % 100;
    const std::optional<CurrencyNames> names = currencyNames(currency);
    QString text;
    if (names) {
        text = russianNumber(major, names->ruMajor.feminine) + QLatin1Char(' ') +
               QString::fromUtf8(russianForm(major, names->ruMajor)) + QLatin1Char(' ') +
               twoDigits(cents) + QLatin1Char(' ') +
               QString::fromUtf8(russianForm(cents, names->ruMinor));
    } else {
        text = russianNumber(major) + QLatin1Char(' ') + currency + QLatin1Char(' ') +
               twoDigits(cents);
    }
    return capitalized(negative ? QStringLiteral("минус ") + text : text);
}

QString AmountInWords::english(qint64 minor, const QString &currency)
{
    const bool negative = minor < 0;
    const qint64 a = negative ? -minor : minor;
    const qint64 major = a / 100;
    const qint64 cents = a % 100;
    const std::optional<CurrencyNames> names = currencyNames(currency);
    QString text;
    if (names) {
        text = englishNumber(major) + QLatin1Char(' ') +
               QString::fromLatin1(major == 1 ? names->enMajorOne : names->enMajorMany) +
               QLatin1Char(' ') + twoDigits(cents) + QLatin1Char(' ') +
               QString::fromLatin1(cents == 1 ? names->enMinorOne : names->enMinorMany);
    } else {
        text = englishNumber(major) + QLatin1Char(' ') + currency + QLatin1Char(' ') +
               twoDigits(cents);
    }
    return capitalized(negative ? QStringLiteral("minus ") + text : text);
}

QString AmountInWords::inLanguage(const QString &language, qint64 minor, const QString &currency)
{
    return language == QLatin1String("ru") ? russian(minor, currency) : english(minor, currency);
}
