#include "eventrepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "reminderrepository.h"
#include "zonedtime.h"

#include <QHash>
#include <QUuid>
#include <algorithm>

namespace {
// A series with neither a count nor an end runs for ever; this many
// occurrences are enough to find the last one of any other.
constexpr int kMaxOccurrences = 100000;
// Single events longer than this are read through the index on their end.
constexpr int kLongEventDays = 14;

const char kColumns[] =
    "id, uid, title, description, location, start_at, end_at, all_day, time_zone, repeat_rule, "
    "COALESCE(client_id, 0), COALESCE(contact_id, 0), COALESCE(deal_id, 0), created_at, "
    "updated_at";

// The stored form of a start: UTC text, or the local date when all-day.
QString storedTime(bool allDay, const QDateTime &time)
{
    return allDay ? time.date().toString(Qt::ISODate) : ZonedTime::utcText(time);
}

QDateTime fromStored(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return ZonedTime::fromUtcText(text);
}

// An exception from its first four columns: original start, cancelled, start, end.
EventException exceptionFrom(const QSqlQuery &q)
{
    EventException x;
    x.originalStart = fromStored(q.value(0).toString());
    x.cancelled = q.value(1).toBool();
    if (!x.cancelled) {
        x.start = fromStored(q.value(2).toString());
        x.end = fromStored(q.value(3).toString());
    }
    return x;
}

Event eventFrom(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.uid = q.value(1).toString();
    e.title = q.value(2).toString();
    e.description = q.value(3).toString();
    e.location = q.value(4).toString();
    e.allDay = q.value(7).toBool();
    if (e.allDay) {
        e.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.endDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    } else {
        e.start = ZonedTime::fromUtcText(q.value(5).toString());
        e.end = ZonedTime::fromUtcText(q.value(6).toString());
    }
    e.timeZone = q.value(8).toString();
    e.repeat = RepeatRule::fromRrule(q.value(9).toString()).value_or(RepeatRule());
    e.clientId = q.value(10).toLongLong();
    e.contactId = q.value(11).toLongLong();
    e.dealId = q.value(12).toLongLong();
    e.createdAt = q.value(13).toString();
    e.updatedAt = q.value(14).toString();
    return e;
}

// The local dates [fromDate, toDate) a UTC range covers, for all-day items.
QDate localDateFrom(const QDateTime &from)
{
    return from.toLocalTime().date();
}

QDate localDateTo(const QDateTime &to)
{
    const QDateTime local = to.toLocalTime();
    return local.time() == QTime(0, 0) ? local.date() : local.date().addDays(1);
}

void addOccurrence(QList<CalendarItem> &out, CalendarItem base, const QDateTime &start,
                   qint64 duration, const QDateTime &from, const QDateTime &to,
                   const QDate &fromDate, const QDate &toDate)
{
    CalendarItem &item = base;
    if (item.allDay) {
        item.startDate = start.date();
        item.endDate = item.startDate.addDays(std::max<qint64>(1, duration / 86400));
        if (item.startDate >= toDate || item.endDate <= fromDate)
            return;
    } else {
        item.start = start.toUTC();
        item.end = item.start.addSecs(duration);
        if (item.start >= to || (item.end <= from && !(duration == 0 && item.start >= from)))
            return;
    }
    out.append(std::move(item));
}
} // namespace

bool EventRepository::validate(const Event &event, QString *error) const
{
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (event.title.trimmed().isEmpty())
        return refuse(tr("An event needs a title."));
    if (event.allDay) {
        if (!event.startDate.isValid())
            return refuse(tr("An all-day event needs a start date."));
        if (!event.endDate.isValid() || event.endDate <= event.startDate)
            return refuse(tr("The end date %1 of an all-day event must be after its start date %2.")
                              .arg(event.endDate.toString(Qt::ISODate),
                                   event.startDate.toString(Qt::ISODate)));
    } else {
        if (!event.start.isValid())
            return refuse(tr("An event needs a start time."));
        if (!event.end.isValid() || event.end < event.start)
            return refuse(tr("The end %1 of an event must not be before its start %2.")
                              .arg(ZonedTime::utcText(event.end), ZonedTime::utcText(event.start)));
    }
    if (!event.timeZone.isEmpty() && !QTimeZone(event.timeZone.toUtf8()).isValid())
        return refuse(tr("The time zone \"%1\" is not known.").arg(event.timeZone));
    return true;
}

bool EventRepository::create(Event &event, QString *error)
{
    return write(event, true, error);
}

bool EventRepository::update(Event &event, QString *error)
{
    if (event.id <= 0) {
        if (error)
            *error = tr("The event to update has no id.");
        return false;
    }
    return write(event, false, error);
}

bool EventRepository::write(Event &event, bool insert, QString *error)
{
    if (!validate(event, error))
        return false;
    event.title = event.title.trimmed();
    if (event.uid.isEmpty())
        event.uid =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@clientele");
    if (event.timeZone.isEmpty())
        event.timeZone = ZonedTime::zoneId(QTimeZone::systemTimeZone());
    const QString now = Sql::utcNow();
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (insert) {
        q.prepare(QStringLiteral(
            "INSERT INTO events(uid, title, description, location, start_at, end_at, all_day, "
            "time_zone, repeat_rule, client_id, contact_id, deal_id, created_at, updated_at) "
            "VALUES (:uid, :title, :description, :location, :start, :end, :allDay, :zone, :rule, "
            ":client, :contact, :deal, :now, :now)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE events SET uid = :uid, title = :title, description = :description, "
            "location = :location, start_at = :start, end_at = :end, all_day = :allDay, "
            "time_zone = :zone, repeat_rule = :rule, client_id = :client, contact_id = :contact, "
            "deal_id = :deal, updated_at = :now WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), event.id);
    }
    q.bindValue(QStringLiteral(":uid"), event.uid);
    q.bindValue(QStringLiteral(":title"), event.title);
    q.bindValue(QStringLiteral(":description"), Sql::text(event.description));
    q.bindValue(QStringLiteral(":location"), Sql::text(event.location));
    q.bindValue(QStringLiteral(":start"), event.allDay ? event.startDate.toString(Qt::ISODate)
                                                       : ZonedTime::utcText(event.start));
    q.bindValue(QStringLiteral(":end"),
                event.allDay ? event.endDate.toString(Qt::ISODate) : ZonedTime::utcText(event.end));
    q.bindValue(QStringLiteral(":allDay"), event.allDay ? 1 : 0);
    q.bindValue(QStringLiteral(":zone"), event.timeZone);
    q.bindValue(QStringLiteral(":rule"), Sql::text(event.repeat.toRrule()));
    q.bindValue(QStringLiteral(":client"), Sql::idOrNull(event.clientId));
    q.bindValue(QStringLiteral(":contact"), Sql::idOrNull(event.contactId));
    q.bindValue(QStringLiteral(":deal"), Sql::idOrNull(event.dealId));
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().contains(QLatin1String("UNIQUE"))
                         ? tr("An event with the UID \"%1\" exists already.").arg(event.uid)
                         : q.lastError().text();
        return false;
    }
    if (insert) {
        event.id = q.lastInsertId().toLongLong();
        event.createdAt = now;
    } else if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no event %1.").arg(event.id);
        return false;
    }
    event.updatedAt = now;
    if (!writeChildren(event, error) || !refreshRepeatUntil(event.id, error))
        return false;
    // A moved event moves its reminder.
    if (!ReminderRepository(m_db).refreshEvent(event.id, error))
        return false;
    return tx.commit(error);
}

bool EventRepository::writeChildren(const Event &event, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM event_attendees WHERE event_id = ?"));
    q.addBindValue(event.id);
    if (!Sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO event_attendees(event_id, contact_id) "
                             "VALUES (?, ?)"));
    for (qint64 contact : event.attendees) {
        q.addBindValue(event.id);
        q.addBindValue(contact);
        if (!q.exec()) {
            if (error)
                *error = tr("The attendee %1 is not a contact person.").arg(contact);
            return false;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM event_exceptions WHERE event_id = ?"));
    q.addBindValue(event.id);
    if (!Sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO event_exceptions(event_id, original_start, "
                             "cancelled, start_at, end_at) VALUES (?, ?, ?, ?, ?)"));
    for (const EventException &x : event.exceptions) {
        q.addBindValue(event.id);
        q.addBindValue(storedTime(event.allDay, x.originalStart));
        q.addBindValue(x.cancelled ? 1 : 0);
        q.addBindValue(x.cancelled ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(storedTime(event.allDay, x.start)));
        q.addBindValue(x.cancelled ? QVariant(QMetaType(QMetaType::QString))
                                   : QVariant(storedTime(event.allDay, x.end)));
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

bool EventRepository::refreshRepeatUntil(qint64 eventId, QString *error)
{
    const std::optional<Event> e = load(eventId);
    if (!e)
        return true;
    QVariant until = QVariant(QMetaType(QMetaType::QString)); // NULL: no end
    if (!e->repeat.isNone() && (e->repeat.count > 0 || e->repeat.until.isValid())) {
        // The last start in the zone's wall-clock time, as the rule runs: the
        // end of UNTIL's day, or the COUNT-th occurrence expanded without the
        // zone. Converting every occurrence took seconds for a rule of 800
        // years (found by tests/fuzz/icalendar_fuzz); one conversion is enough.
        const QDateTime series = e->seriesStart();
        QDateTime lastLocal; // wall-clock time, held as UTC
        if (e->repeat.until.isValid()) {
            lastLocal = QDateTime(e->repeat.until.addDays(1), QTime(0, 0), Qt::UTC);
        } else {
            const QDateTime wallClock(series.date(), series.time(), Qt::UTC);
            const QList<QDateTime> all =
                e->repeat.occurrences(wallClock, QDateTime(), QDateTime(), kMaxOccurrences);
            if (!all.isEmpty() && all.size() < kMaxOccurrences)
                lastLocal = all.last();
        }
        if (lastLocal.isValid()) {
            // All-day dates are local: a day more covers any zone.
            QDateTime last =
                ZonedTime::fromLocal(lastLocal.date(), lastLocal.time(), series.timeZone())
                    .addSecs(e->duration() + (e->allDay ? 86400 : 0));
            for (const EventException &x : e->exceptions)
                if (!x.cancelled && x.end > last)
                    last = x.end.addSecs(e->allDay ? 86400 : 0);
            until = ZonedTime::utcText(last);
        }
    } else if (e->repeat.isNone()) {
        until = QVariant(QMetaType(QMetaType::QString));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE events SET repeat_until = ? WHERE id = ?"));
    q.addBindValue(until);
    q.addBindValue(eventId);
    return Sql::exec(q, error);
}

bool EventRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no event %1.").arg(id);
        return false;
    }
    return true;
}

QList<EventException> EventRepository::exceptionsOf(qint64 eventId) const
{
    QList<EventException> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT original_start, cancelled, COALESCE(start_at, ''), "
                             "COALESCE(end_at, '') FROM event_exceptions WHERE event_id = ? "
                             "ORDER BY original_start"));
    q.addBindValue(eventId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(exceptionFrom(q));
    return out;
}

QHash<qint64, QList<EventException>> EventRepository::seriesExceptions(const QString &lo,
                                                                       const QString &hi) const
{
    QHash<qint64, QList<EventException>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT original_start, cancelled, COALESCE(start_at, ''), COALESCE(end_at, ''), "
        "event_id FROM event_exceptions WHERE event_id IN (SELECT id FROM events WHERE "
        "repeat_rule <> '' AND repeat_until > ? AND start_at < ? UNION ALL SELECT id FROM events "
        "WHERE repeat_rule <> '' AND repeat_until IS NULL AND start_at < ?) "
        "ORDER BY event_id, original_start"));
    // The series as occurrences() reads them, through the same index ranges.
    q.addBindValue(lo);
    q.addBindValue(hi);
    q.addBindValue(hi);
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(4).toLongLong()].append(exceptionFrom(q));
    return out;
}

std::optional<Event> EventRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Event e = eventFrom(q);
    q.finish();
    q.prepare(QStringLiteral("SELECT contact_id FROM event_attendees WHERE event_id = ? "
                             "ORDER BY contact_id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            e.attendees.append(q.value(0).toLongLong());
    e.exceptions = exceptionsOf(id);
    return e;
}

std::optional<Event> EventRepository::loadByUid(const QString &uid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM events WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return load(q.value(0).toLongLong());
}

bool EventRepository::moveOccurrence(qint64 eventId, const QDateTime &originalStart,
                                     const QDateTime &start, const QDateTime &end, QString *error)
{
    std::optional<Event> e = load(eventId);
    if (!e) {
        if (error)
            *error = tr("There is no event %1.").arg(eventId);
        return false;
    }
    if (e->repeat.isNone()) {
        if (error)
            *error = tr("The event %1 does not repeat; change the event itself.").arg(eventId);
        return false;
    }
    if (!start.isValid() || !end.isValid() || end < start) {
        if (error)
            *error = tr("The end %1 of an event must not be before its start %2.")
                         .arg(ZonedTime::utcText(end), ZonedTime::utcText(start));
        return false;
    }
    const QList<QDateTime> found = e->repeat.occurrences(
        e->seriesStart(), originalStart.addSecs(-1), originalStart.addSecs(1), 1);
    if (found.isEmpty() || found.first() != originalStart) {
        if (error)
            *error = tr("The event %1 has no occurrence at %2.")
                         .arg(eventId)
                         .arg(storedTime(e->allDay, originalStart));
        return false;
    }
    e->exceptions.removeIf(
        [&](const EventException &x) { return x.originalStart == originalStart; });
    e->exceptions.append({originalStart, false, start, end});
    return update(*e, error);
}

bool EventRepository::cancelOccurrence(qint64 eventId, const QDateTime &originalStart,
                                       QString *error)
{
    std::optional<Event> e = load(eventId);
    if (!e) {
        if (error)
            *error = tr("There is no event %1.").arg(eventId);
        return false;
    }
    const QList<QDateTime> found = e->repeat.occurrences(
        e->seriesStart(), originalStart.addSecs(-1), originalStart.addSecs(1), 1);
    if (e->repeat.isNone() || found.isEmpty() || found.first() != originalStart) {
        if (error)
            *error = tr("The event %1 has no occurrence at %2.")
                         .arg(eventId)
                         .arg(storedTime(e->allDay, originalStart));
        return false;
    }
    e->exceptions.removeIf(
        [&](const EventException &x) { return x.originalStart == originalStart; });
    e->exceptions.append({originalStart, true, {}, {}});
    return update(*e, error);
}

QList<qint64> EventRepository::idsInRange(const QDateTime &from, const QDateTime &to) const
{
    QList<qint64> ids;
    for (const CalendarItem &item : occurrences(from, to))
        if (!ids.contains(item.id))
            ids.append(item.id);
    return ids;
}

QList<CalendarItem> EventRepository::occurrences(const QDateTime &from, const QDateTime &to) const
{
    QList<CalendarItem> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    // Bounds a day wider: all-day events store local dates, which sort among
    // the UTC times of the same day; the exact test is done per occurrence.
    const QString lo = ZonedTime::utcText(from.addDays(-1));
    const QString hi = ZonedTime::utcText(to.addDays(1));
    const QString longLo = ZonedTime::utcText(from.addDays(-kLongEventDays));
    const QDate fromDate = localDateFrom(from);
    const QDate toDate = localDateTo(to);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Index ranges only: single events starting near the range, long single
    // events still running into it (events_long), series not yet over and
    // series without an end (events_repeating).
    q.prepare(QStringLiteral(
        "SELECT id, title, location, start_at, end_at, all_day, time_zone, repeat_rule, "
        "COALESCE(client_id, 0), COALESCE(contact_id, 0), COALESCE(deal_id, 0) FROM events "
        "WHERE repeat_rule = '' AND start_at >= :longLo AND start_at < :hi AND end_at > :lo "
        "UNION ALL SELECT id, title, location, start_at, end_at, all_day, time_zone, "
        "repeat_rule, COALESCE(client_id, 0), COALESCE(contact_id, 0), COALESCE(deal_id, 0) "
        "FROM events WHERE repeat_rule = '' AND julianday(end_at) - julianday(start_at) > 14 "
        "AND end_at > :lo AND start_at < :longLo "
        "UNION ALL SELECT id, title, location, start_at, end_at, all_day, time_zone, "
        "repeat_rule, COALESCE(client_id, 0), COALESCE(contact_id, 0), COALESCE(deal_id, 0) "
        "FROM events WHERE repeat_rule <> '' AND repeat_until > :lo AND start_at < :hi "
        "UNION ALL SELECT id, title, location, start_at, end_at, all_day, time_zone, "
        "repeat_rule, COALESCE(client_id, 0), COALESCE(contact_id, 0), COALESCE(deal_id, 0) "
        "FROM events WHERE repeat_rule <> '' AND repeat_until IS NULL AND start_at < :hi"));
    q.bindValue(QStringLiteral(":longLo"), longLo);
    q.bindValue(QStringLiteral(":lo"), lo);
    q.bindValue(QStringLiteral(":hi"), hi);
    if (!q.exec())
        return out;
    out.reserve(4096);
    QList<qint64> repeatingIds;
    QList<CalendarItem> repeatingBases;
    QList<QPair<QString, QString>> repeatingRules; // rule, zone
    QList<QPair<QString, QString>> repeatingTimes; // start, end
    while (q.next()) {
        CalendarItem item;
        item.kind = CalendarItem::Kind::Event;
        item.id = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.location = q.value(2).toString();
        item.allDay = q.value(5).toBool();
        item.clientId = q.value(8).toLongLong();
        item.contactId = q.value(9).toLongLong();
        item.dealId = q.value(10).toLongLong();
        const QString rule = q.value(7).toString();
        const QString startText = q.value(3).toString();
        const QString endText = q.value(4).toString();
        if (!rule.isEmpty()) {
            item.repeating = true;
            repeatingIds.append(item.id);
            repeatingBases.append(item);
            repeatingRules.append({rule, q.value(6).toString()});
            repeatingTimes.append({startText, endText});
            continue;
        }
        const QDateTime start = fromStored(startText);
        const QDateTime end = fromStored(endText);
        addOccurrence(out, std::move(item), start, start.secsTo(end), from, to, fromDate, toDate);
    }
    QHash<QString, QTimeZone> zones;
    const QHash<qint64, QList<EventException>> exceptionsBySeries =
        repeatingIds.isEmpty() ? QHash<qint64, QList<EventException>>() : seriesExceptions(lo, hi);
    for (qsizetype i = 0; i < repeatingIds.size(); ++i) {
        const CalendarItem &base = repeatingBases.at(i);
        const std::optional<RepeatRule> rule = RepeatRule::fromRrule(repeatingRules.at(i).first);
        if (!rule)
            continue;
        const QDateTime start = fromStored(repeatingTimes.at(i).first);
        const qint64 duration = start.secsTo(fromStored(repeatingTimes.at(i).second));
        // Reading a zone's rules is not free: once per zone, not per series.
        const QString &zoneId = repeatingRules.at(i).second;
        auto zone = zones.constFind(zoneId);
        if (zone == zones.cend())
            zone = zones.insert(zoneId, ZonedTime::zone(zoneId));
        const QDateTime seriesStart = base.allDay ? start : start.toTimeZone(*zone);
        QHash<QDateTime, EventException> exceptions;
        for (const EventException &x : exceptionsBySeries.value(base.id))
            exceptions.insert(x.originalStart, x);
        const QList<QDateTime> starts =
            rule->occurrences(seriesStart, from.addSecs(-duration - 86400), to.addDays(1));
        for (const QDateTime &occurrence : starts) {
            CalendarItem item = base;
            item.originalStart = occurrence.toUTC();
            const auto x = exceptions.constFind(item.originalStart);
            if (x == exceptions.cend()) {
                addOccurrence(out, item, occurrence, duration, from, to, fromDate, toDate);
                continue;
            }
            if (x->cancelled)
                continue;
            item.moved = true;
            addOccurrence(out, item, x->start, x->start.secsTo(x->end), from, to, fromDate, toDate);
            exceptions.erase(x);
        }
        // Occurrences moved into the range from outside it.
        for (const EventException &x : std::as_const(exceptions)) {
            if (x.cancelled)
                continue;
            const QList<QDateTime> own =
                rule->occurrences(seriesStart, x.originalStart, x.originalStart.addSecs(1), 1);
            if (own.isEmpty())
                continue; // the rule changed since: the exception names nothing
            CalendarItem item = base;
            item.originalStart = x.originalStart;
            item.moved = true;
            addOccurrence(out, item, x.start, x.start.secsTo(x.end), from, to, fromDate, toDate);
        }
    }
    CalendarItem::sortByStart(out);
    return out;
}
