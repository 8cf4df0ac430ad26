#include "zonedtime.h"

#include "zoneoffsets.h"

QDateTime ZonedTime::fromLocal(QDate date, QTime time, const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc())
        return QDateTime(date, time, Qt::UTC);
    return ZoneOffsets(zone).fromLocal(date, time).toTimeZone(zone);
}

QTimeZone ZonedTime::zone(const QString &ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone z(ianaId.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

QString ZonedTime::zoneId(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QString ZonedTime::utcText(const QDateTime &time)
{
    QDateTime t = time.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime ZonedTime::fromUtcText(const QString &text)
{
    // The stored form, read by hand: the calendar parses thousands per view.
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')) {
        auto num = [&](int at, int len) {
            int v = 0;
            for (int i = at; i < at + len; ++i) {
                const int d = text.at(i).unicode() - '0';
                if (d < 0 || d > 9)
                    return -1;
                v = v * 10 + d;
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    return t.toUTC();
}
