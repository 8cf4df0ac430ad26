#include "demoevents.h"

#include "calendar/eventrepository.h"
#include "calendar/reminderrepository.h"
#include "calendar/zonedtime.h"
#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>
#include <random>

bool DemoEvents::generate(qint64 firstClient, qint64 lastClient, quint64 seed, QString *error)
{
    std::mt19937_64 rng(seed ^ 0xca1e4da5ULL);
    EventRepository events(m_db);
    ReminderRepository reminders(m_db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(zone).date();
    auto at = [&](const QDate &d, int hour, int minute = 0) {
        return ZonedTime::fromLocal(d, QTime(hour, minute), zone).toUTC();
    };
    auto pick = [&](int n) { return int(rng() % quint64(n)); };

    // A few clients with a contact person to meet.
    struct Contact
    {
        qint64 client = 0;
        qint64 person = 0;
        QString name;
    };
    QList<Contact> contacts;
    if (lastClient >= firstClient) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT p.client_id, p.id, c.name FROM contact_persons p JOIN clients c "
            "ON c.id = p.client_id WHERE p.client_id BETWEEN ? AND ? ORDER BY p.id LIMIT 40"));
        q.addBindValue(firstClient);
        q.addBindValue(lastClient);
        if (q.exec())
            while (q.next())
                contacts.append(
                    {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }

    auto add = [&](Event &e, std::optional<ReminderSpec> remind) {
        e.timeZone = ZonedTime::zoneId(zone);
        if (!events.create(e, error))
            return false;
        const QDateTime start = e.allDay ? at(e.startDate, 0) : e.start;
        // Only what is still to come reminds: the past is not "missed".
        if (remind && (start > now || !e.repeat.isNone()))
            return reminders.setForEvent(e.id, *remind, now, error);
        return true;
    };

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    Event weekly;
    weekly.title = tr("Sales team meeting");
    weekly.location = tr("Meeting room");
    weekly.start = at(monday.addDays(-14), 10);
    weekly.end = at(monday.addDays(-14), 11);
    weekly.repeat.frequency = RepeatRule::Frequency::Weekly;
    weekly.repeat.weekDays = {Qt::Monday};
    if (!add(weekly, ReminderSpec::before(15)))
        return false;

    Event report;
    report.title = tr("Monthly sales report");
    const QDate firstOfMonth(today.year(), today.month(), 1);
    report.start = at(firstOfMonth.addMonths(-1).addDays(24), 16);
    report.end = at(firstOfMonth.addMonths(-1).addDays(24), 17);
    report.repeat.frequency = RepeatRule::Frequency::Monthly;
    report.repeat.count = 12;
    if (!add(report, ReminderSpec::before(60)))
        return false;

    Event fair;
    fair.title = tr("Industry exhibition");
    fair.allDay = true;
    fair.startDate = today.addDays(9 + pick(5));
    fair.endDate = fair.startDate.addDays(3);
    fair.location = tr("Expo centre");
    if (!add(fair, ReminderSpec::before(24 * 60)))
        return false;

    const QStringList meetings = {tr("Meeting at %1"), tr("Presentation for %1"),
                                  tr("Contract talks with %1"), tr("Call %1")};
    const int count = contacts.isEmpty() ? 0 : std::min<int>(30, contacts.size() * 2);
    for (int i = 0; i < count; ++i) {
        const Contact &c = contacts.at(pick(contacts.size()));
        const QDate day = today.addDays(pick(35) - 14);
        if (day.dayOfWeek() > 5)
            continue; // not at weekends
        const int kind = pick(meetings.size());
        Event e;
        e.title = meetings.at(kind).arg(c.name);
        const int hour = 9 + pick(8);
        const int minute = pick(2) * 30;
        e.start = at(day, hour, minute);
        e.end = e.start.addSecs(kind == 3 ? 30 * 60 : 60 * 60 * (1 + pick(2)));
        e.clientId = c.client;
        e.contactId = c.person;
        if (kind != 3)
            e.attendees = {c.person};
        e.location = kind == 0 ? tr("At the client's office") : QString();
        if (!add(e, ReminderSpec::before(kind == 3 ? 5 : 30)))
            return false;
    }
    return true;
}

bool DemoEvents::generateMany(int count, qint64 firstClient, qint64 lastClient, int spanDays,
                              quint64 seed, QString *error)
{
    std::mt19937_64 rng(seed ^ 0x6d616e79ULL);
    auto pick = [&](qint64 n) { return qint64(rng() % quint64(std::max<qint64>(1, n))); };
    EventRepository events(m_db);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString zoneId = ZonedTime::zoneId(zone);
    const QDate today = QDate::currentDate();
    const QStringList titles = {tr("Meeting with the client"), tr("Call the client"),
                                tr("Presentation"), tr("Contract talks"), tr("Site visit")};
    // Through the repository, as the calendar writes them: uid, repeat_until.
    for (int i = 0; i < count; ++i) {
        Event e;
        e.title = titles.at(int(pick(titles.size())));
        e.timeZone = zoneId;
        const QDate day = today.addDays(pick(spanDays + 60) - spanDays);
        const QTime time(9 + int(pick(9)), int(pick(4)) * 15);
        e.start = ZonedTime::fromLocal(day, time, zone).toUTC();
        e.end = e.start.addSecs(15 * 60 * (1 + pick(8)));
        if (lastClient >= firstClient && firstClient > 0)
            e.clientId = firstClient + pick(lastClient - firstClient + 1);
        if (i % 20 == 0) {
            const int kind = int(pick(3));
            e.repeat.frequency = kind == 0   ? RepeatRule::Frequency::Daily
                                 : kind == 1 ? RepeatRule::Frequency::Weekly
                                             : RepeatRule::Frequency::Monthly;
            if (i % 1000 != 0)
                e.repeat.count = kind == 0 ? 5 : kind == 1 ? 10 : 12;
        }
        if (!events.create(e, error))
            return false;
    }
    return true;
}
