#include "datecolumn.h"

#include <QRegularExpression>

namespace {
const QRegularExpression &dots()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    return re;
}
const QRegularExpression &iso()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    return re;
}
const QRegularExpression &slashes()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    return re;
}
} // namespace

DateColumn::Format DateColumn::detect(const QStringList &values, const QLocale &locale)
{
    int dotted = 0, isoCount = 0, slashed = 0;
    bool firstOver12 = false, secondOver12 = false;
    for (const QString &raw : values) {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            continue;
        if (dots().match(v).hasMatch()) {
            ++dotted;
        } else if (iso().match(v).hasMatch()) {
            ++isoCount;
        } else if (const QRegularExpressionMatch m = slashes().match(v); m.hasMatch()) {
            ++slashed;
            firstOver12 |= m.captured(1).toInt() > 12;
            secondOver12 |= m.captured(2).toInt() > 12;
        }
    }
    const int best = std::max({dotted, isoCount, slashed});
    if (best == 0)
        return Format::Unknown;
    if (best == dotted)
        return Format::DayMonthYearDots;
    if (best == isoCount)
        return Format::YearMonthDay;
    if (firstOver12 && !secondOver12)
        return Format::DayMonthYearSlash;
    if (secondOver12 && !firstOver12)
        return Format::MonthDayYearSlash;
    // Nothing in the column settles it: the locale's own short date order.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat).toLower();
    return shortFormat.indexOf(QLatin1Char('m')) < shortFormat.indexOf(QLatin1Char('d'))
               ? Format::MonthDayYearSlash
               : Format::DayMonthYearSlash;
}

QDate DateColumn::parse(const QString &value, Format format)
{
    const QString v = value.trimmed();
    QRegularExpressionMatch m;
    switch (format) {
    case Format::DayMonthYearDots:
        m = dots().match(v);
        return m.hasMatch()
                   ? QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt())
                   : QDate();
    case Format::YearMonthDay:
        m = iso().match(v);
        return m.hasMatch()
                   ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                   : QDate();
    case Format::DayMonthYearSlash:
    case Format::MonthDayYearSlash: {
        m = slashes().match(v);
        if (!m.hasMatch())
            return {};
        const bool dayFirst = format == Format::DayMonthYearSlash;
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        return QDate(m.captured(3).toInt(), dayFirst ? b : a, dayFirst ? a : b);
    }
    case Format::Unknown:
        break;
    }
    return {};
}
