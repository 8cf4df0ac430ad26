#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

// Wall-clock times of a zone and the UTC text the database keeps. A local
// time in a spring-forward gap moves forward by the gap; an ambiguous one
// (autumn) takes the first, so a series never loses or doubles an occurrence.
class ZonedTime
{
public:
    static QDateTime fromLocal(QDate date, QTime time, const QTimeZone &zone);
    // The IANA zone; the system's when empty or unknown.
    static QTimeZone zone(const QString &ianaId);
    static QString zoneId(const QTimeZone &zone);
    // "yyyy-MM-ddTHH:mm:ssZ", whole seconds.
    static QString utcText(const QDateTime &time);
    static QDateTime fromUtcText(const QString &text);
};
