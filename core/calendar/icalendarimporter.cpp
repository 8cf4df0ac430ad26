#include "icalendarimporter.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "eventrepository.h"
#include "reminderrepository.h"
#include "zonedtime.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <libical/ical.h>
#include <memory>

namespace {
constexpr qint64 MiB = 1024 * 1024;
// BEGIN:, END: and a property's name are in the first bytes of a line.
constexpr qsizetype MaxNameBytes = 1024;
// libical reads a line in time quadratic in its length (a 4 MB line took 10 s,
// the same folded 0.7 s): longer ones are folded as RFC 5545 wants them.
constexpr qsizetype FoldBytes = 4096;
constexpr qsizetype FoldWidth = 74;

QByteArray folded(const QByteArray &data)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (end - start > FoldBytes) {
            if (out.isEmpty())
                out.reserve(data.size() + data.size() / FoldWidth * 3);
            out.append(data.constData() + copied, start - copied);
            for (qsizetype at = start; at < end; at += FoldWidth) {
                if (at > start)
                    out.append("\r\n ");
                out.append(data.constData() + at, std::min(FoldWidth, end - at));
            }
            copied = end;
        }
        start = end + 1;
    }
    if (copied == 0)
        return data;
    out.append(data.constData() + copied, data.size() - copied);
    return out;
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

// A time as read: a date (all-day), or an instant with the zone it was given in.
struct ReadTime
{
    bool valid = false;
    bool isDate = false;
    QDate date;
    QDateTime utc;
    QString zone; // IANA id; empty: UTC or unknown
};

// An IANA id is Area/Location, or one of the few Qt lists without a slash
// ("UTC"). Qt takes any other word for a POSIX rule: TZID=Foo was read as UTC
// (found by tests/fuzz/icalendar_fuzz).
bool isIanaId(const QString &id)
{
    static const QRegularExpression areaLocation(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)+$"));
    return areaLocation.match(id).hasMatch() || QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

QString tzidOf(icalproperty *p)
{
    icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!param)
        return {};
    QString id = QString::fromUtf8(icalparameter_get_tzid(param));
    // libical's own prefix, and Outlook's Windows names.
    id.remove(QStringLiteral("/freeassociation.sourceforge.net/"));
    if (id.startsWith(QLatin1Char('/')))
        id = id.mid(1);
    return id;
}

ReadTime readAnyTime(icaltimetype t, icalproperty *p, icalcomponent *cal)
{
    ReadTime r;
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return r;
    r.valid = true;
    if (icaltime_is_date(t)) {
        r.isDate = true;
        r.date = QDate(t.year, t.month, t.day);
        r.valid = r.date.isValid();
        return r;
    }
    const QDate date(t.year, t.month, t.day);
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t)) {
        r.utc = QDateTime(date, time, Qt::UTC);
        return r;
    }
    const QString tzid = p ? tzidOf(p) : QString();
    if (!tzid.isEmpty()) {
        QTimeZone zone = isIanaId(tzid) ? QTimeZone(tzid.toUtf8()) : QTimeZone();
        if (!zone.isValid()) {
            const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
            if (!iana.isEmpty())
                zone = QTimeZone(iana);
        }
        if (zone.isValid()) {
            r.zone = QString::fromUtf8(zone.id());
            r.utc = ZonedTime::fromLocal(date, time, zone).toUTC();
            return r;
        }
        // A zone only its VTIMEZONE defines: libical converts through it.
        if (icaltimezone *tz = icalcomponent_get_timezone(cal, tzid.toUtf8().constData())) {
            r.utc = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, tz), Qt::UTC);
            return r;
        }
        r.valid = false;
        return r;
    }
    // Floating: the wall-clock time here.
    r.zone = ZonedTime::zoneId(QTimeZone::systemTimeZone());
    r.utc = ZonedTime::fromLocal(date, time, QTimeZone::systemTimeZone()).toUTC();
    return r;
}

ReadTime readTime(icaltimetype t, icalproperty *p, icalcomponent *cal)
{
    ReadTime r = readAnyTime(t, p, cal);
    // libical lets a day 63 through; such a date is no time at all (found by
    // tests/fuzz/icalendar_fuzz: a moved occurrence was stored without a start).
    r.valid = r.valid && (r.isDate ? r.date.isValid() : r.utc.isValid());
    return r;
}

// Text as RFC 5545 allows it: no control characters but tabs and line
// breaks (a bare CR is one). libical reads others in and cannot write them
// back; and it reads an unknown escape ("\\m") as a space, which at either
// end of a value does not survive a reading of our export. Both found by
// tests/fuzz/icalendar_fuzz.
QString text(const char *s)
{
    QString t = s ? QString::fromUtf8(s) : QString();
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t'; });
    return t.trimmed();
}

// "VEVENT 3 (UID x, "Title")" for messages.
QString componentName(icalcomponent *c, int index)
{
    const QString uid = text(icalcomponent_get_uid(c));
    const QString summary = text(icalcomponent_get_summary(c));
    QString name = QStringLiteral("VEVENT %1").arg(index);
    if (!uid.isEmpty())
        name += QStringLiteral(" (UID %1)").arg(uid);
    if (!summary.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(summary);
    return name;
}
} // namespace

bool ICalendarImporter::importFile(const QString &path, Result *result, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        *error = tr("%1: the file is %2 MiB; calendars over %3 MiB are not read.")
                     .arg(name)
                     .arg((file.size() + MiB - 1) / MiB)
                     .arg(MaxBytes / MiB);
        return false;
    }
    if (importData(file.readAll(), result, error))
        return true;
    *error = name + QStringLiteral(": ") + *error;
    return false;
}

bool ICalendarImporter::checkLines(const QByteArray &data, int maxLines, QString *error) const
{
    // libical skips what it cannot read; the structure is checked here first
    // so a broken file is refused with the line that breaks it. One line at a
    // time: a list of a file's lines costs more than the file.
    QStringList open;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9-]+[;:]"));
    int contentLines = 0;
    qint64 number = 0;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\0')) {
            *error = tr("Line %1: binary data, not a text file.").arg(number);
            return false;
        }
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
            continue; // blank, or folded into the line before
        if (++contentLines > maxLines) {
            *error =
                tr("Line %1: more than %2 lines; split the calendar.").arg(number).arg(maxLines);
            return false;
        }
        const QString l = QString::fromUtf8(line.first(std::min(line.size(), MaxNameBytes)));
        if (!name.match(l).hasMatch() || !line.contains(':')) {
            *error = tr("Line %1 is not an iCalendar property (NAME:value): \"%2\".")
                         .arg(number)
                         .arg(l.left(60));
            return false;
        }
        if (contentLines == 1 && l.compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive)) {
            *error = tr("Line %1: an iCalendar file begins with BEGIN:VCALENDAR.").arg(number);
            return false;
        }
        if (l.startsWith(QLatin1String("BEGIN:"), Qt::CaseInsensitive)) {
            open.append(l.mid(6).trimmed().toUpper());
        } else if (l.startsWith(QLatin1String("END:"), Qt::CaseInsensitive)) {
            const QString what = l.mid(4).trimmed().toUpper();
            if (open.isEmpty() || open.last() != what) {
                *error = tr("Line %1: END:%2 does not close %3.")
                             .arg(number)
                             .arg(what, open.isEmpty() ? tr("anything") : open.last());
                return false;
            }
            open.removeLast();
        }
    }
    if (contentLines == 0) {
        *error = tr("The file has no iCalendar data.");
        return false;
    }
    if (!open.isEmpty()) {
        *error = tr("Line %1: the file ends inside %2 (no END:%2).").arg(number).arg(open.last());
        return false;
    }
    return true;
}

bool ICalendarImporter::importData(const QByteArray &data, Result *result, QString *error,
                                   int maxLines)
{
    QString localError;
    if (!error)
        error = &localError;
    if (!checkLines(data, maxLines, error))
        return false;
    std::unique_ptr<icalcomponent, ComponentDeleter> root(
        icalparser_parse_string(folded(data).constData()));
    if (!root) {
        *error = tr("The file is not iCalendar data.");
        return false;
    }
    icalcomponent *cal = root.get();
    if (icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
        cal = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
    if (!cal) {
        *error = tr("The file has no VCALENDAR.");
        return false;
    }

    struct Incoming
    {
        Event event;
        std::optional<ReminderSpec> reminder;
    };
    QList<Incoming> masters;
    QHash<QString, int> byUid;
    struct Override
    {
        QString uid;
        ReadTime recurrenceId;
        ReadTime start;
        ReadTime end;
        bool cancelled = false;
        QString name;
    };
    QList<Override> overrides;

    int index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        ++index;
        const QString name = componentName(c, index);
        if (icalproperty *bad = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY)) {
            *error = tr("%1: %2").arg(name, text(icalproperty_get_xlicerror(bad)));
            return false;
        }
        icalproperty *startProp = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        if (!startProp) {
            *error = tr("%1 has no DTSTART.").arg(name);
            return false;
        }
        const ReadTime start = readTime(icalproperty_get_dtstart(startProp), startProp, cal);
        icalproperty *endProp = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY);
        ReadTime end;
        if (endProp) {
            end = readTime(icalproperty_get_dtend(endProp), endProp, cal);
        } else if (icalproperty *d = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
            const int secs = icaldurationtype_as_int(icalproperty_get_duration(d));
            end = start;
            if (start.isDate)
                end.date = start.date.addDays(std::max(1, secs / 86400));
            else
                end.utc = start.utc.addSecs(secs);
        } else {
            end = start; // RFC 5545: a day for a date, no time for a date-time
            if (start.isDate)
                end.date = start.date.addDays(1);
        }
        if (!start.valid || !end.valid) {
            *error =
                tr("%1 has a start or end time that cannot be read (an unknown TZID?).").arg(name);
            return false;
        }
        const QString uid = text(icalcomponent_get_uid(c));
        if (uid.isEmpty()) {
            *error = tr("%1 has no UID.").arg(name);
            return false;
        }
        if (icalproperty *rid = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
            Override o;
            o.uid = uid;
            o.name = name;
            o.recurrenceId = readTime(icalproperty_get_recurrenceid(rid), rid, cal);
            o.start = start;
            o.end = end;
            o.cancelled = icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED;
            overrides.append(o);
            continue;
        }
        Incoming in;
        Event &e = in.event;
        e.uid = uid;
        e.title = text(icalcomponent_get_summary(c));
        if (e.title.isEmpty())
            e.title = tr("(no title)");
        e.description = text(icalcomponent_get_description(c));
        e.location = text(icalcomponent_get_location(c));
        e.allDay = start.isDate;
        if (e.allDay) {
            e.startDate = start.date;
            e.endDate = end.isDate ? end.date : start.date.addDays(1);
            if (e.endDate <= e.startDate)
                e.endDate = e.startDate.addDays(1);
        } else {
            e.start = start.utc;
            e.end = end.isDate ? start.utc : end.utc;
        }
        e.timeZone =
            start.zone.isEmpty() ? ZonedTime::zoneId(QTimeZone::systemTimeZone()) : start.zone;
        if (icalproperty *rr = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY)) {
            icalrecurrencetype r = icalproperty_get_rrule(rr);
            const icaltimetype until = r.until;
            r.until = icaltime_null_time();
            // What the rule says anyway, as Google and Outlook write it:
            // the start's own day of the month (and month).
            const QDate local =
                e.allDay ? e.startDate : e.start.toTimeZone(ZonedTime::zone(e.timeZone)).date();
            if (r.by_month_day[0] == local.day() &&
                r.by_month_day[1] == ICAL_RECURRENCE_ARRAY_MAX &&
                (r.freq == ICAL_MONTHLY_RECURRENCE || r.freq == ICAL_YEARLY_RECURRENCE))
                r.by_month_day[0] = ICAL_RECURRENCE_ARRAY_MAX;
            if (r.by_month[0] == local.month() && r.by_month[1] == ICAL_RECURRENCE_ARRAY_MAX &&
                r.freq == ICAL_YEARLY_RECURRENCE)
                r.by_month[0] = ICAL_RECURRENCE_ARRAY_MAX;
            if (r.freq == ICAL_WEEKLY_RECURRENCE && r.interval <= 1)
                r.week_start = ICAL_NO_WEEKDAY; // matters only every other week or more
            char *s = icalrecurrencetype_as_string_r(&r);
            const QString rrule = QString::fromUtf8(s);
            icalmemory_free_buffer(s);
            QString ruleError;
            const std::optional<RepeatRule> rule = RepeatRule::fromRrule(rrule, &ruleError);
            if (!rule) {
                *error = tr("%1: %2").arg(name, ruleError);
                return false;
            }
            e.repeat = *rule;
            if (!icaltime_is_null_time(until)) {
                const ReadTime u = readTime(until, nullptr, cal);
                e.repeat.until =
                    u.isDate ? u.date : u.utc.toTimeZone(ZonedTime::zone(e.timeZone)).date();
            }
            for (icalproperty *x = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); x;
                 x = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY)) {
                const ReadTime t = readTime(icalproperty_get_exdate(x), x, cal);
                if (!t.valid)
                    continue;
                EventException ex;
                ex.originalStart = t.isDate ? QDateTime(t.date, QTime(0, 0), Qt::UTC) : t.utc;
                if (e.allDay && !t.isDate)
                    ex.originalStart = QDateTime(t.utc.toLocalTime().date(), QTime(0, 0), Qt::UTC);
                ex.cancelled = true;
                e.exceptions.append(ex);
            }
        }
        // The first alarm: before the start, or at a time.
        if (icalcomponent *alarm = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT)) {
            if (icalproperty *trig =
                    icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY)) {
                const icaltriggertype t = icalproperty_get_trigger(trig);
                icalparameter *related =
                    icalproperty_get_first_parameter(trig, ICAL_RELATED_PARAMETER);
                if (!icaltime_is_null_time(t.time)) {
                    const ReadTime at = readTime(t.time, trig, cal);
                    if (at.valid && !at.isDate)
                        in.reminder = ReminderSpec::exactly(at.utc);
                } else if (!related || icalparameter_get_related(related) != ICAL_RELATED_END) {
                    const int secs = icaldurationtype_as_int(t.duration);
                    if (secs <= 0)
                        in.reminder = ReminderSpec::before(-secs / 60);
                }
            }
        }
        if (byUid.contains(uid)) {
            *error = tr("%1: the UID appears twice without a RECURRENCE-ID.").arg(name);
            return false;
        }
        byUid.insert(uid, masters.size());
        masters.append(in);
    }
    for (const Override &o : overrides) {
        const auto it = byUid.constFind(o.uid);
        if (it == byUid.cend()) {
            *error = tr("%1 changes an occurrence of an event the file does not have.").arg(o.name);
            return false;
        }
        Event &e = masters[*it].event;
        if (e.repeat.isNone() || !o.recurrenceId.valid)
            continue;
        EventException ex;
        auto toKey = [&](const ReadTime &t) {
            return t.isDate ? QDateTime(t.date, QTime(0, 0), Qt::UTC) : t.utc;
        };
        ex.originalStart = toKey(o.recurrenceId);
        ex.cancelled = o.cancelled;
        if (!o.cancelled) {
            ex.start = toKey(o.start);
            ex.end = o.end.isDate ? QDateTime(o.end.date, QTime(0, 0), Qt::UTC) : o.end.utc;
        }
        e.exceptions.removeIf(
            [&](const EventException &x) { return x.originalStart == ex.originalStart; });
        e.exceptions.append(ex);
    }

    EventRepository events(m_db);
    ReminderRepository reminders(m_db);
    Result counts;
    Transaction tx(m_db.connection());
    for (Incoming &in : masters) {
        Event &e = in.event;
        QString writeError;
        if (const std::optional<Event> existing = events.loadByUid(e.uid)) {
            // The links and attendees made here stay; what the file says wins.
            e.id = existing->id;
            e.clientId = existing->clientId;
            e.contactId = existing->contactId;
            e.dealId = existing->dealId;
            e.attendees = existing->attendees;
            if (!events.update(e, &writeError)) {
                *error = tr("Event %1 (UID %2): %3").arg(e.title, e.uid, writeError);
                return false;
            }
            ++counts.updated;
        } else {
            if (!events.create(e, &writeError)) {
                *error = tr("Event %1 (UID %2): %3").arg(e.title, e.uid, writeError);
                return false;
            }
            ++counts.created;
        }
        if (in.reminder) {
            // A reminder of an occurrence long past has nothing to remind of.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!reminders.setForEvent(e.id, *in.reminder, now, &writeError)) {
                reminders.clearForEvent(e.id);
            } else if (const std::optional<Reminder> r = reminders.forEvent(e.id);
                       r && r->dueAt < now) {
                // Old occurrences are not "missed": a series waits for its next one.
                reminders.dismiss(r->id, now);
            }
        }
    }
    if (!tx.commit(error))
        return false;
    if (result)
        *result = counts;
    return true;
}
