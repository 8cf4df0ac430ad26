#include "reportformat.h"

#include "common/uiformat.h"
#include "deals/money.h"

#include <QDate>
#include <QLocale>

QString ReportFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString ReportFormat::money(qint64 minor)
{
    return Money::format(minor);
}

QString ReportFormat::wholeMoney(qint64 minor)
{
    return UiFormat::wholeMoney(minor);
}

QString ReportFormat::percent(const std::optional<double> &fraction)
{
    if (!fraction)
        return {};
    //: A share in percent; %1 is the number with one decimal
    return tr("%1%").arg(QLocale().toString(*fraction * 100.0, 'f', 1));
}

QString ReportFormat::days(const std::optional<double> &days)
{
    return days ? QLocale().toString(*days, 'f', 1) : QString();
}

QString ReportFormat::month(const QDate &firstDay)
{
    return QLocale().standaloneMonthName(firstDay.month(), QLocale::ShortFormat) +
           QLatin1Char(' ') + QString::number(firstDay.year());
}

QStringList ReportFormat::monthLabels(const QList<QDate> &firstDays)
{
    const bool oneYear = firstDays.isEmpty() || firstDays.first().year() == firstDays.last().year();
    QStringList out;
    for (const QDate &m : firstDays)
        out << (oneYear ? QLocale().standaloneMonthName(m.month(), QLocale::ShortFormat)
                        : m.toString(QStringLiteral("MM.yy")));
    return out;
}
