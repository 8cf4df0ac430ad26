#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// A zone's offset from UTC, remembered up to its next transition. Asking
// QTimeZone costs microseconds a call (ICU); a series of thousands of
// occurrences, walking forward, asks it about once per stretch instead.
class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone) : m_zone(zone) {}

    // The offset in force at a UTC instant, in seconds.
    int offsetAt(qint64 utcMSecs);
    // The wall-clock time of the zone as an instant, with the rules of
    // ZonedTime::fromLocal (a gap moves forward, an ambiguous time takes the
    // first); the result carries the offset, not the zone.
    QDateTime fromLocal(QDate date, QTime time);

private:
    QTimeZone m_zone;
    // [m_from, m_to): the UTC milliseconds where m_offset holds.
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_offset = 0;
};
