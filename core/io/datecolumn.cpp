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

void DateColumn::add(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return;
    if (dots().match(v).hasMatch()) {
        ++m_dotted;
    } else if (iso().match(v).hasMatch()) {
        ++m_iso;
    } else if (const QRegularExpressionMatch m = slashes().match(v); m.hasMatch()) {
        ++m_slashed;
        m_firstOver12 |= m.captured(1).toInt() > 12;
        m_secondOver12 |= m.captured(2).toInt() > 12;
    }
}

DateColumn::Format DateColumn::format(const QLocale &locale) const
{
    const int best = std::max({m_dotted, m_iso, m_slashed});
    if (best == 0)
        return Format::Unknown;
    if (best == m_dotted)
        return Format::DayMonthYearDots;
    if (best == m_iso)
        return Format::YearMonthDay;
    if (m_firstOver12 && !m_secondOver12)
        return Format::DayMonthYearSlash;
    if (m_secondOver12 && !m_firstOver12)
        return Format::MonthDayYearSlash;
    // Nothing in the column settles it: the locale's own short date order.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat).toLower();
    return shortFormat.indexOf(QLatin1Char('m')) < shortFormat.indexOf(QLatin1Char('d'))
               ? Format::MonthDayYearSlash
               : Format::DayMonthYearSlash;
}

DateColumn::Format DateColumn::detect(const QStringList &values, const QLocale &locale)
{
    DateColumn column;
    for (const QString &value : values)
        column.add(value);
    return column.format(locale);
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
