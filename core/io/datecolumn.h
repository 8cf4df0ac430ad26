#pragma once

#include <QDate>
#include <QLocale>
#include <QStringList>

// Reads the dates of one column. Which of dd/mm/yyyy and mm/dd/yyyy a column
// uses is decided from every value in it (a day over 12 settles it), then from
// the locale; never from the first rows alone.
class DateColumn
{
public:
    enum class Format
    {
        Unknown,
        DayMonthYearDots,
        YearMonthDay,
        DayMonthYearSlash,
        MonthDayYearSlash
    };

    static Format detect(const QStringList &values, const QLocale &locale = QLocale());
    // An invalid QDate when the value does not fit the format.
    static QDate parse(const QString &value, Format format);
};
