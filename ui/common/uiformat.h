#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

// How values look on screen: locale dates, "3 days ago", sizes.
class UiFormat
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)

public:
    // An ISO UTC time from the database as a local short date and time.
    static QString dateTime(const QString &isoUtc);
    static QString date(const QString &isoUtc);
    // A time of day in the locale's short format, never with seconds (the C
    // locale's short format has them).
    static QString time(const QTime &time);
    static QString timeFormat();
    // For date editors: the locale's short date with the year in four digits
    // (a birthday typed as 80 must not become 2080), without it, and with the time.
    static QString dateFormat();
    static QString dayMonthFormat();
    static QString dateTimeFormat();
    // "today", "yesterday", "3 days ago", else the short date.
    static QString relativeDate(const QString &isoUtc);
    static QString fileSize(qint64 bytes);
    // "1 234 568 ₽": rounded to whole units, for sums where kopecks are noise.
    static QString wholeMoney(qint64 minor, const QString &currency = QStringLiteral("RUB"));
    // "This message: 67 character(s), 1 part(s) (Cyrillic: 70 a part)": under an SMS text.
    static QString smsLength(const QString &text);
    // Whole days from an ISO UTC time to today, in local dates; 0 when invalid.
    static int daysSince(const QString &isoUtc);
};
