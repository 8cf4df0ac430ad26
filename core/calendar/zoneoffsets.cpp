#include "zoneoffsets.h"

#include <limits>

int ZoneOffsets::offsetAt(qint64 utcMSecs)
{
    if (utcMSecs >= m_from && utcMSecs < m_to)
        return m_offset;
    if (!m_zone.isValid())
        return 0;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMSecs, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    // The offset holds from here to the next transition: a stretch forward
    // only, as a series walks forward (the instant of a transition, asked
    // again, starts a stretch of its own).
    m_from = utcMSecs;
    m_to = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            m_to = std::max(next.atUtc.toMSecsSinceEpoch(), utcMSecs + 1);
    }
    return m_offset;
}

QDateTime ZoneOffsets::fromLocal(QDate date, QTime time)
{
    const QDateTime asUtc(date, time, Qt::UTC);
    if (!m_zone.isValid())
        return asUtc;
    const qint64 ms = asUtc.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400 * 1000LL;
    // The offsets in force a day either side: a local time maps to UTC
    // through one of them, two when it is ambiguous, none in a gap.
    const int before = offsetAt(ms - kDay);
    const int after = offsetAt(ms + kDay);
    int best = 0;
    bool found = false;
    for (int offset : {before, after}) {
        if (found && offset == before)
            break; // the same offset both sides: one check is enough
        // The earlier instant of the two is the one with the larger offset.
        if (offsetAt(ms - offset * 1000LL) == offset && (!found || offset > best)) {
            best = offset;
            found = true;
        }
    }
    if (!found)
        best = before; // in the gap: the offset before it moves the time forward
    const qint64 instant = ms - best * 1000LL;
    return QDateTime::fromMSecsSinceEpoch(instant, Qt::OffsetFromUTC, offsetAt(instant));
}
