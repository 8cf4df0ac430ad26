#include "event.h"

#include "zonedtime.h"

QDateTime Event::seriesStart() const
{
    if (allDay)
        return QDateTime(startDate, QTime(0, 0), Qt::UTC);
    return start.toTimeZone(ZonedTime::zone(timeZone));
}

qint64 Event::duration() const
{
    if (allDay)
        return qint64(startDate.daysTo(endDate)) * 86400;
    return start.secsTo(end);
}
