#include "icalendarexporter.h"

#include "db/database.h"
#include "db/privatefile.h"
#include "db/sql.h"
#include "eventrepository.h"
#include "reminderrepository.h"
#include "zonedtime.h"

#include <QSaveFile>
#include <QSet>
#include <libical/ical.h>

namespace {
const char kBasic[] = "yyyyMMdd'T'HHmmss";

// A property written as its text form: libical checks and folds it.
void addProperty(icalcomponent *c, const QString &text)
{
    if (icalproperty *p = icalproperty_new_from_string(text.toUtf8().constData()))
        icalcomponent_add_property(c, p);
}

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString utcBasic(const QDateTime &t)
{
    return t.toUTC().toString(QLatin1String(kBasic)) + QLatin1Char('Z');
}

// NAME;TZID=zone:local, or NAME:utcZ when the zone cannot be written.
QString zoned(const char *name, const QDateTime &t, const QString &zone, bool withZone)
{
    if (!withZone)
        return QLatin1String(name) + QLatin1Char(':') + utcBasic(t);
    return QLatin1String(name) + QStringLiteral(";TZID=") + zone + QLatin1Char(':') +
           t.toTimeZone(ZonedTime::zone(zone)).toString(QLatin1String(kBasic));
}

void addText(icalcomponent *c, icalproperty *p, const QString &text)
{
    if (text.isEmpty()) {
        icalproperty_free(p);
        return;
    }
    icalcomponent_add_property(c, p);
}

void addAlarm(icalcomponent *parent, const Reminder &r, const QString &title)
{
    icalcomponent *alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm, icalproperty_new_description(title.toUtf8().constData()));
    if (r.spec.isOffset)
        icalcomponent_add_property(
            alarm, icalproperty_new_trigger(icaltriggertype_from_int(-r.spec.offsetMinutes * 60)));
    else
        addProperty(alarm, QStringLiteral("TRIGGER;VALUE=DATE-TIME:") + utcBasic(r.spec.at));
    icalcomponent_add_component(parent, alarm);
}
} // namespace

QByteArray ICalendarExporter::exportRange(const QDateTime &from, const QDateTime &to) const
{
    return build(from, to, nullptr, nullptr);
}

bool ICalendarExporter::exportToFile(const QString &path, const QDateTime &from,
                                     const QDateTime &to, int *eventCount, int *taskCount,
                                     QString *error) const
{
    const QByteArray data = build(from, to, eventCount, taskCount);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file) ||
        file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray ICalendarExporter::build(const QDateTime &from, const QDateTime &to, int *eventCount,
                                    int *taskCount) const
{
    const bool everything = !from.isValid() && !to.isValid();
    EventRepository events(m_db);
    ReminderRepository reminders(m_db);
    QList<qint64> ids;
    if (everything) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id FROM events ORDER BY start_at, id")))
            while (q.next())
                ids.append(q.value(0).toLongLong());
    } else {
        ids = events.idsInRange(from, to);
    }

    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Clientele//Clientele CRM//EN"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    const QString stamp = QStringLiteral("DTSTAMP:") + utcBasic(QDateTime::currentDateTimeUtc());
    QSet<QString> zonesWritten;
    QList<icalcomponent *> bodies;

    // The zone's VTIMEZONE under its IANA name; without one, times go out in UTC.
    auto writeZone = [&](const QString &zone) {
        if (zonesWritten.contains(zone))
            return true;
        icaltimezone *tz = icaltimezone_get_builtin_timezone(zone.toUtf8().constData());
        icalcomponent *vtz = tz ? icaltimezone_get_component(tz) : nullptr;
        if (!vtz)
            return false;
        icalcomponent *copy = icalcomponent_new_clone(vtz);
        if (icalproperty *id = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(id, zone.toUtf8().constData());
        icalcomponent_add_component(cal, copy);
        zonesWritten.insert(zone);
        return true;
    };

    int written = 0;
    for (qint64 id : ids) {
        const std::optional<Event> e = events.load(id);
        if (!e)
            continue;
        const bool withZone = !e->allDay && !e->timeZone.isEmpty() && writeZone(e->timeZone);
        auto common = [&](icalcomponent *v) {
            icalcomponent_add_property(v, icalproperty_new_uid(e->uid.toUtf8().constData()));
            addProperty(v, stamp);
            icalcomponent_add_property(v, icalproperty_new_summary(e->title.toUtf8().constData()));
            addText(v, icalproperty_new_description(e->description.toUtf8().constData()),
                    e->description);
            addText(v, icalproperty_new_location(e->location.toUtf8().constData()), e->location);
        };
        auto occurrence = [&](const char *name, const QDateTime &t) {
            return e->allDay
                       ? QLatin1String(name) + QStringLiteral(";VALUE=DATE:") + dateText(t.date())
                       : zoned(name, t, e->timeZone, withZone);
        };
        icalcomponent *v = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        common(v);
        if (e->allDay) {
            addProperty(v, QStringLiteral("DTSTART;VALUE=DATE:") + dateText(e->startDate));
            addProperty(v, QStringLiteral("DTEND;VALUE=DATE:") + dateText(e->endDate));
        } else {
            addProperty(v, zoned("DTSTART", e->start, e->timeZone, withZone));
            addProperty(v, zoned("DTEND", e->end, e->timeZone, withZone));
        }
        if (!e->repeat.isNone()) {
            RepeatRule rule = e->repeat;
            QString rrule = rule.toRrule();
            if (rule.until.isValid() && !e->allDay) {
                // With a zoned start RFC 5545 wants UNTIL in UTC: the end of that local day.
                const QDateTime end = ZonedTime::fromLocal(rule.until, QTime(23, 59, 59),
                                                           ZonedTime::zone(e->timeZone));
                rrule.replace(QStringLiteral("UNTIL=") + dateText(rule.until),
                              QStringLiteral("UNTIL=") + utcBasic(end));
            }
            addProperty(v, QStringLiteral("RRULE:") + rrule);
            for (const EventException &x : e->exceptions)
                if (x.cancelled)
                    addProperty(v, occurrence("EXDATE", x.originalStart));
        }
        if (const std::optional<Reminder> r = reminders.forEvent(id))
            addAlarm(v, *r, e->title);
        bodies.append(v);
        for (const EventException &x : e->exceptions) {
            if (x.cancelled)
                continue;
            icalcomponent *moved = icalcomponent_new(ICAL_VEVENT_COMPONENT);
            common(moved);
            addProperty(moved, occurrence("RECURRENCE-ID", x.originalStart));
            addProperty(moved, occurrence("DTSTART", x.start));
            addProperty(moved, occurrence("DTEND", x.end));
            bodies.append(moved);
        }
        ++written;
    }

    // Tasks with a due time or date in the range (all of them without one).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, description, due_at, all_day, status, priority, "
                             "created_at FROM tasks WHERE due_at IS NOT NULL "
                             "AND due_at >= ? AND due_at < ? ORDER BY due_at, id"));
    q.addBindValue(everything ? QStringLiteral("0") : ZonedTime::utcText(from.addDays(-1)));
    q.addBindValue(everything ? QStringLiteral("A") : ZonedTime::utcText(to.addDays(1)));
    int tasks = 0;
    if (q.exec()) {
        while (q.next()) {
            const QString due = q.value(3).toString();
            const bool allDay = q.value(4).toBool() || due.size() == 10;
            if (!everything && !allDay) {
                const QDateTime at = ZonedTime::fromUtcText(due);
                if (at < from || at >= to)
                    continue;
            }
            icalcomponent *todo = icalcomponent_new(ICAL_VTODO_COMPONENT);
            const QString title = q.value(1).toString();
            icalcomponent_add_property(todo,
                                       icalproperty_new_uid(QStringLiteral("task-%1@clientele")
                                                                .arg(q.value(0).toLongLong())
                                                                .toUtf8()
                                                                .constData()));
            addProperty(todo, stamp);
            icalcomponent_add_property(todo, icalproperty_new_summary(title.toUtf8().constData()));
            const QString description = q.value(2).toString();
            addText(todo, icalproperty_new_description(description.toUtf8().constData()),
                    description);
            addProperty(todo, allDay
                                  ? QStringLiteral("DUE;VALUE=DATE:") +
                                        dateText(QDate::fromString(due.left(10), Qt::ISODate))
                                  : QStringLiteral("DUE:") + utcBasic(ZonedTime::fromUtcText(due)));
            const QString status = q.value(5).toString();
            icalproperty_status s = ICAL_STATUS_NEEDSACTION;
            if (status == QLatin1String("done"))
                s = ICAL_STATUS_COMPLETED;
            else if (status == QLatin1String("cancelled"))
                s = ICAL_STATUS_CANCELLED;
            else if (status != QLatin1String("open"))
                s = ICAL_STATUS_INPROCESS;
            icalcomponent_add_property(todo, icalproperty_new_status(s));
            const QString priority = q.value(6).toString();
            icalcomponent_add_property(
                todo, icalproperty_new_priority(priority == QLatin1String("high")  ? 1
                                                : priority == QLatin1String("low") ? 9
                                                                                   : 5));
            if (const std::optional<Reminder> r = reminders.forTask(q.value(0).toLongLong()))
                addAlarm(todo, *r, title);
            bodies.append(todo);
            ++tasks;
        }
    }
    for (icalcomponent *c : bodies)
        icalcomponent_add_component(cal, c);
    char *text = icalcomponent_as_ical_string_r(cal);
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    if (eventCount)
        *eventCount = written;
    if (taskCount)
        *taskCount = tasks;
    return out;
}
