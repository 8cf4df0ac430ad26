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

    // What the values seen so far look like, one at a time: a column of a
    // file of millions of rows is never held whole.
    void add(const QString &value);
    Format format(const QLocale &locale = QLocale()) const;

    static Format detect(const QStringList &values, const QLocale &locale = QLocale());
    // An invalid QDate when the value does not fit the format.
    static QDate parse(const QString &value, Format format);

private:
    int m_dotted = 0;
    int m_iso = 0;
    int m_slashed = 0;
    bool m_firstOver12 = false;
    bool m_secondOver12 = false;
};
