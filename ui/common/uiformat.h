#pragma once

#include <QCoreApplication>
#include <QString>

// How values look on screen: locale dates, "3 days ago", sizes.
class UiFormat
{
    Q_DECLARE_TR_FUNCTIONS(UiFormat)

public:
    // An ISO UTC time from the database as a local short date and time.
    static QString dateTime(const QString &isoUtc);
    static QString date(const QString &isoUtc);
    // "today", "yesterday", "3 days ago", else the short date.
    static QString relativeDate(const QString &isoUtc);
    static QString fileSize(qint64 bytes);
};
