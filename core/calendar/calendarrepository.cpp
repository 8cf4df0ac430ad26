#include "calendarrepository.h"

#include "clients/contactperson.h"
#include "db/database.h"
#include "db/sql.h"
#include "eventrepository.h"
#include "zonedtime.h"

#include <algorithm>

namespace {
QString monthDay(const QDate &d)
{
    return d.toString(QStringLiteral("MM-dd"));
}
} // namespace

QList<CalendarItem> CalendarRepository::items(const QDateTime &from, const QDateTime &to, int kinds,
                                              Closes closes) const
{
    QList<CalendarItem> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    if (kinds & CalendarItem::Events)
        out = EventRepository(m_db).occurrences(from, to);
    const QDate fromDate = from.toLocalTime().date();
    const QDateTime localTo = to.toLocalTime();
    const QDate toDate = localTo.time() == QTime(0, 0) ? localTo.date() : localTo.date().addDays(1);
    if (kinds & CalendarItem::Tasks)
        addTasks(out, from, to);
    if (kinds & CalendarItem::Birthdays)
        addBirthdays(out, fromDate, toDate);
    if (kinds & CalendarItem::DealCloses)
        addDealCloses(out, fromDate, toDate, closes);
    CalendarItem::sortByStart(out);
    return out;
}

void CalendarRepository::addTasks(QList<CalendarItem> &out, const QDateTime &from,
                                  const QDateTime &to) const
{
    // Dues are UTC times, or local dates for all-day tasks; a day wider
    // bounds catch those, the exact test follows.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, title, due_at, all_day, status, COALESCE(client_id, 0), "
                       "COALESCE(contact_id, 0), COALESCE(deal_id, 0) FROM tasks "
                       "WHERE status IN ('open', 'in_progress', 'checking', 'returned', 'done') "
                       "AND due_at >= ? AND due_at < ?"));
    q.addBindValue(ZonedTime::utcText(from.addDays(-1)));
    q.addBindValue(ZonedTime::utcText(to.addDays(1)));
    if (!q.exec())
        return;
    const QDate fromDate = from.toLocalTime().date();
    const QDateTime localTo = to.toLocalTime();
    const QDate toDate = localTo.time() == QTime(0, 0) ? localTo.date() : localTo.date().addDays(1);
    while (q.next()) {
        CalendarItem item;
        item.kind = CalendarItem::Kind::Task;
        item.id = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        const QString due = q.value(2).toString();
        item.allDay = q.value(3).toBool() || due.size() == 10;
        item.status = q.value(4).toString();
        item.clientId = q.value(5).toLongLong();
        item.contactId = q.value(6).toLongLong();
        item.dealId = q.value(7).toLongLong();
        if (item.allDay) {
            item.startDate = QDate::fromString(due.left(10), Qt::ISODate);
            item.endDate = item.startDate.addDays(1);
            if (item.startDate < fromDate || item.startDate >= toDate)
                continue;
        } else {
            item.start = ZonedTime::fromUtcText(due);
            item.end = item.start;
            if (item.start < from || item.start >= to)
                continue;
        }
        out.append(item);
    }
}

void CalendarRepository::addBirthdays(QList<CalendarItem> &out, const QDate &from,
                                      const QDate &to) const
{
    if (from.daysTo(to) <= 0)
        return;
    // Birthdays are stored "1980-04-15" or "--04-15": the last five
    // characters are the month and day, indexed. A range crossing the new
    // year reads two stretches of the index. `+c.archived` keeps SQLite on
    // that index: on the archive flag it walked every client (4.8 s for a
    // million).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT p.id, p.first_name, p.middle_name, p.last_name, p.birthday, p.client_id FROM "
        "contact_persons p JOIN clients c ON c.id = p.client_id WHERE p.birthday IS NOT NULL "
        "AND substr(p.birthday, -5) >= ? AND substr(p.birthday, -5) <= ? AND +c.archived = 0");
    QList<QPair<QString, QString>> stretches;
    if (from.daysTo(to) >= 366)
        stretches.append({QStringLiteral("01-01"), QStringLiteral("12-31")});
    else if (monthDay(from) <= monthDay(to.addDays(-1)))
        stretches.append({monthDay(from), monthDay(to.addDays(-1))});
    else
        stretches << QPair<QString, QString>{monthDay(from), QStringLiteral("12-31")}
                  << QPair<QString, QString>{QStringLiteral("01-01"), monthDay(to.addDays(-1))};
    for (const auto &[lo, hi] : stretches) {
        q.prepare(sql);
        q.addBindValue(lo);
        q.addBindValue(hi);
        if (!q.exec())
            return;
        while (q.next()) {
            ContactPerson p;
            p.id = q.value(0).toLongLong();
            p.firstName = q.value(1).toString();
            p.middleName = q.value(2).toString();
            p.lastName = q.value(3).toString();
            p.birthday = ContactPerson::birthdayFromText(q.value(4).toString());
            if (!p.birthday.isValid())
                continue;
            for (int year = from.year(); year <= to.year(); ++year) {
                QDate day(year, p.birthday.month(), p.birthday.day());
                if (!day.isValid()) // 29 February in a common year: the 28th
                    day = QDate(year, 2, 28);
                if (day < from || day >= to)
                    continue;
                CalendarItem item;
                item.kind = CalendarItem::Kind::Birthday;
                item.id = p.id;
                item.contactId = p.id;
                item.clientId = q.value(5).toLongLong();
                item.allDay = true;
                item.startDate = day;
                item.endDate = day.addDays(1);
                item.title =
                    p.birthdayHasYear()
                        ? tr("%1's birthday (%2)")
                              .arg(p.fullName())
                              .arg(p.birthday.daysTo(day) >= 0 ? year - p.birthday.year() : 0)
                        : tr("%1's birthday").arg(p.fullName());
                out.append(item);
            }
        }
    }
}

void CalendarRepository::addDealCloses(QList<CalendarItem> &out, const QDate &from, const QDate &to,
                                       Closes closes) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Counted per day, a day's one deal is still named: SQLite takes the bare
    // columns from the row of MIN(id).
    q.prepare(closes == Closes::EachDeal
                  ? QStringLiteral("SELECT id, title, expected_close, client_id, "
                                   "COALESCE(contact_id, 0), 1 FROM deals WHERE status = 'open' "
                                   "AND expected_close >= ? AND expected_close < ?")
                  : QStringLiteral("SELECT MIN(id), title, expected_close, client_id, "
                                   "COALESCE(contact_id, 0), COUNT(*) FROM deals "
                                   "WHERE status = 'open' AND expected_close >= ? AND "
                                   "expected_close < ? GROUP BY expected_close"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return;
    while (q.next()) {
        CalendarItem item;
        item.kind = CalendarItem::Kind::DealClose;
        item.count = q.value(5).toInt();
        if (item.count == 1) {
            item.id = q.value(0).toLongLong();
            item.dealId = item.id;
            item.title = tr("Expected close: %1").arg(q.value(1).toString());
            item.clientId = q.value(3).toLongLong();
            item.contactId = q.value(4).toLongLong();
        } else {
            item.title = tr("%n deals expected to close", nullptr, item.count);
        }
        item.allDay = true;
        item.startDate = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        item.endDate = item.startDate.addDays(1);
        item.status = QStringLiteral("open");
        out.append(item);
    }
}
