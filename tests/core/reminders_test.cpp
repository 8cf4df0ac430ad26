// Reminders under a fake clock: they fire once, snooze, are reported missed
// at start, follow a daylight-saving change, survive clock jumps, and a
// repeating event's reminder moves on when dismissed.
#include "catchqt.h"
#include "testdatabase.h"

#include "calendar/clock.h"
#include "calendar/eventrepository.h"
#include "calendar/reminderrepository.h"
#include "calendar/reminderscheduler.h"
#include "calendar/zonedtime.h"

#include <QSqlQuery>

namespace {
class FakeClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const char *text) { m_now = ZonedTime::fromUtcText(QString::fromLatin1(text)); }
    QDateTime m_now;
};

QDateTime utc(const char *text)
{
    return ZonedTime::fromUtcText(QString::fromLatin1(text));
}

// Every remindersDue signal, as the reminder titles and their missed flag.
struct Told
{
    explicit Told(ReminderScheduler &s)
    {
        QObject::connect(
            &s, &ReminderScheduler::remindersDue, &s, [this](const QList<Reminder> &list) {
                QStringList batch;
                for (const Reminder &r : list)
                    batch << r.title + (r.missed ? QStringLiteral(" (missed)") : QString());
                batches << batch.join(QStringLiteral(", "));
                last = list;
            });
    }
    QStringList batches;
    QList<Reminder> last;
};

qint64 addEvent(Database &db, const QString &title, const char *start, const char *end,
                const QString &rule = {}, const QString &zone = QStringLiteral("Europe/Moscow"))
{
    Event e;
    e.title = title;
    e.start = utc(start);
    e.end = utc(end);
    e.timeZone = zone;
    e.repeat = *RepeatRule::fromRrule(rule);
    QString error;
    REQUIRE(EventRepository(db).create(e, &error));
    return e.id;
}
} // namespace

TEST_CASE("A reminder fires once, at its time, and snoozes", "[reminders]")
{
    TestDatabase t;
    FakeClock clock;
    clock.set("2030-01-10T09:00:00Z");
    const qint64 id =
        addEvent(t.db(), QStringLiteral("Call"), "2030-01-10T10:00:00Z", "2030-01-10T10:30:00Z");
    ReminderRepository reminders(t.db());
    QString error;
    REQUIRE(reminders.setForEvent(id, *ReminderSpec::parse(QStringLiteral("-15m")), clock.now(),
                                  &error));
    CHECK(reminders.forEvent(id)->dueAt == utc("2030-01-10T09:45:00Z"));

    ReminderScheduler scheduler(t.db(), clock);
    Told told(scheduler);
    scheduler.start();
    CHECK(told.batches.isEmpty());
    CHECK(scheduler.isSleeping());
    CHECK(scheduler.wakeAt() == utc("2030-01-10T09:45:00Z"));

    // A wake that comes early (the timer or the clock drifted) fires nothing.
    clock.set("2030-01-10T09:44:00Z");
    scheduler.checkNow();
    CHECK(told.batches.isEmpty());
    CHECK(scheduler.wakeAt() == utc("2030-01-10T09:45:00Z"));

    clock.set("2030-01-10T09:45:00Z");
    scheduler.checkNow();
    CHECK(told.batches == QStringList{QStringLiteral("Call")});
    CHECK(told.last.first().state == Reminder::State::Fired);
    scheduler.checkNow();
    scheduler.reschedule();
    CHECK(told.batches.size() == 1);
    CHECK_FALSE(scheduler.wakeAt().isValid());
    CHECK(reminders.forEvent(id)->state == Reminder::State::Fired);

    // Snoozed for 5 minutes: once more, then never again.
    REQUIRE(reminders.snooze(told.last.first().id, clock.now().addSecs(300), &error));
    scheduler.reschedule();
    CHECK(scheduler.wakeAt() == utc("2030-01-10T09:50:00Z"));
    clock.set("2030-01-10T09:51:00Z");
    scheduler.checkNow();
    scheduler.checkNow();
    CHECK(told.batches == QStringList{QStringLiteral("Call"), QStringLiteral("Call")});
    REQUIRE(reminders.dismiss(told.last.first().id, clock.now(), &error));
    CHECK(reminders.forEvent(id)->state == Reminder::State::Dismissed);
    CHECK(reminders.due(utc("2030-01-11T00:00:00Z")).isEmpty());
}

TEST_CASE("Reminders due while the program was closed are shown at start, marked missed",
          "[reminders]")
{
    TestDatabase t;
    FakeClock clock;
    clock.set("2030-01-10T08:00:00Z");
    ReminderRepository reminders(t.db());
    QString error;
    const qint64 a =
        addEvent(t.db(), QStringLiteral("Early"), "2030-01-10T09:00:00Z", "2030-01-10T09:30:00Z");
    const qint64 b =
        addEvent(t.db(), QStringLiteral("Later"), "2030-01-10T18:00:00Z", "2030-01-10T19:00:00Z");
    REQUIRE(reminders.setForEvent(a, ReminderSpec::before(10), clock.now(), &error));
    REQUIRE(reminders.setForEvent(b, ReminderSpec::exactly(utc("2030-01-10T17:00:00Z")),
                                  clock.now(), &error));

    // The program starts at noon: the 08:50 reminder was missed.
    clock.set("2030-01-10T12:00:00Z");
    const QList<Reminder> due = reminders.due(clock.now());
    REQUIRE(due.size() == 1);
    CHECK(due.first().missed);
    {
        ReminderScheduler scheduler(t.db(), clock);
        Told told(scheduler);
        scheduler.start();
        CHECK(told.batches == QStringList{QStringLiteral("Early (missed)")});
        CHECK(told.last.first().dueAt == utc("2030-01-10T08:50:00Z"));
        CHECK(scheduler.wakeAt() == utc("2030-01-10T13:00:00Z")); // an hour at most
    }
    // Closed again without dismissing: the next start shows it again, and
    // nothing else before its time.
    ReminderScheduler again(t.db(), clock);
    Told told(again);
    again.start();
    CHECK(told.batches == QStringList{QStringLiteral("Early (missed)")});
    CHECK(reminders.open().size() == 1);
}

TEST_CASE("The clock jumping back repeats nothing; jumping forward fires what came due once",
          "[reminders]")
{
    TestDatabase t;
    FakeClock clock;
    clock.set("2030-01-10T08:00:00Z");
    ReminderRepository reminders(t.db());
    QString error;
    for (const char *start :
         {"2030-01-10T10:00:00Z", "2030-01-10T11:00:00Z", "2030-01-10T15:00:00Z"}) {
        const QString title = QString::fromLatin1(start).mid(11, 5);
        QDateTime s = utc(start);
        const qint64 id = addEvent(t.db(), title, start,
                                   ZonedTime::utcText(s.addSecs(1800)).toLatin1().constData());
        REQUIRE(reminders.setForEvent(id, ReminderSpec::before(0), clock.now(), &error));
    }
    ReminderScheduler scheduler(t.db(), clock);
    Told told(scheduler);
    scheduler.start();
    CHECK(scheduler.wakeAt() == utc("2030-01-10T09:00:00Z"));

    // Forward past two reminders (a suspend, or the clock set right).
    clock.set("2030-01-10T12:00:00Z");
    scheduler.checkNow();
    CHECK(told.batches == QStringList{QStringLiteral("10:00, 11:00")});
    CHECK(scheduler.wakeAt() == utc("2030-01-10T13:00:00Z"));

    // Back by three hours: what fired stays fired.
    clock.set("2030-01-10T09:00:00Z");
    scheduler.checkNow();
    CHECK(told.batches.size() == 1);
    CHECK(scheduler.wakeAt() == utc("2030-01-10T10:00:00Z"));
    clock.set("2030-01-10T11:30:00Z");
    scheduler.checkNow();
    CHECK(told.batches.size() == 1);

    clock.set("2030-01-10T15:00:00Z");
    scheduler.checkNow();
    CHECK(told.batches == QStringList{QStringLiteral("10:00, 11:00"), QStringLiteral("15:00")});
}

TEST_CASE("A daily 09:00 Berlin reminder follows the March change; dismissing moves it on",
          "[reminders]")
{
    TestDatabase t;
    FakeClock clock;
    clock.set("2030-03-29T00:00:00Z");
    // 09:00 Berlin: 08:00 UTC in winter, 07:00 from 31 March 2030.
    const qint64 id =
        addEvent(t.db(), QStringLiteral("Stand-up"), "2030-03-29T08:00:00Z", "2030-03-29T08:15:00Z",
                 QStringLiteral("FREQ=DAILY"), QStringLiteral("Europe/Berlin"));
    ReminderRepository reminders(t.db());
    QString error;
    REQUIRE(reminders.setForEvent(id, ReminderSpec::before(15), clock.now(), &error));
    ReminderScheduler scheduler(t.db(), clock);
    Told told(scheduler);
    scheduler.start();

    QStringList dues;
    for (int day = 0; day < 4; ++day) {
        const Reminder r = *reminders.forEvent(id);
        dues << ZonedTime::utcText(r.dueAt);
        clock.m_now = r.dueAt;
        scheduler.checkNow();
        REQUIRE(told.last.size() == 1);
        CHECK(told.last.first().occurrenceStart == r.dueAt.addSecs(15 * 60));
        REQUIRE(reminders.dismiss(r.id, clock.now(), &error));
        scheduler.reschedule();
    }
    CHECK(dues == QStringList{QStringLiteral("2030-03-29T07:45:00Z"),
                              QStringLiteral("2030-03-30T07:45:00Z"),
                              QStringLiteral("2030-03-31T06:45:00Z"),
                              QStringLiteral("2030-04-01T06:45:00Z")});
    CHECK(told.batches.size() == 4);
    // The next one waits for 2 April, 08:45 Berlin.
    CHECK(reminders.forEvent(id)->dueAt == utc("2030-04-02T06:45:00Z"));
    CHECK(reminders.forEvent(id)->state == Reminder::State::Pending);

    // A deleted occurrence is skipped by the reminder too.
    REQUIRE(EventRepository(t.db()).cancelOccurrence(id, utc("2030-04-02T07:00:00Z"), &error));
    CHECK(reminders.forEvent(id)->dueAt == utc("2030-04-03T06:45:00Z"));
    REQUIRE(reminders.dismiss(reminders.forEvent(id)->id, clock.now(), &error));
    CHECK(reminders.forEvent(id)->dueAt == utc("2030-04-04T06:45:00Z"));
}

TEST_CASE("A moved event moves its reminder; a task's reminder follows its due time", "[reminders]")
{
    TestDatabase t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id =
        addEvent(t.db(), QStringLiteral("Visit"), "2030-01-10T10:00:00Z", "2030-01-10T11:00:00Z");
    ReminderRepository reminders(t.db());
    QString error;
    REQUIRE(reminders.setForEvent(id, ReminderSpec::before(60), now, &error));
    EventRepository events(t.db());
    Event e = *events.load(id);
    e.start = utc("2030-01-11T10:00:00Z");
    e.end = utc("2030-01-11T11:00:00Z");
    REQUIRE(events.update(e, &error));
    CHECK(reminders.forEvent(id)->dueAt == utc("2030-01-11T09:00:00Z"));

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO tasks(title, due_at, created_at) VALUES "
                                  "('Send the contract', '2030-02-01T12:00:00Z', "
                                  "'2030-01-01T00:00:00Z')")));
    const qint64 task = q.lastInsertId().toLongLong();
    REQUIRE(reminders.setForTask(task, *ReminderSpec::parse(QStringLiteral("-1d")), now, &error));
    CHECK(reminders.forTask(task)->dueAt == utc("2030-01-31T12:00:00Z"));
    REQUIRE(q.exec(QStringLiteral("UPDATE tasks SET due_at = '2030-02-02T12:00:00Z'")));
    REQUIRE(reminders.refreshTask(task, &error));
    CHECK(reminders.forTask(task)->dueAt == utc("2030-02-01T12:00:00Z"));
    // A done task does not remind.
    REQUIRE(q.exec(QStringLiteral("UPDATE tasks SET status = 'done'")));
    const QList<Reminder> due = reminders.due(utc("2030-03-01T00:00:00Z"));
    REQUIRE(due.size() == 1);
    CHECK(due.first().eventId == id);

    QSqlQuery none(t.db().connection());
    REQUIRE(none.exec(QStringLiteral("INSERT INTO tasks(title, created_at) VALUES "
                                     "('Someday', '2030-01-01T00:00:00Z')")));
    CHECK_FALSE(reminders.setForTask(none.lastInsertId().toLongLong(), ReminderSpec::before(5), now,
                                     &error));
    CHECK(error.contains(QStringLiteral("due time")));
}

TEST_CASE("The reminder option reads offsets and times", "[reminders]")
{
    CHECK(ReminderSpec::parse(QStringLiteral("-15m"))->offsetMinutes == 15);
    CHECK(ReminderSpec::parse(QStringLiteral("-2h"))->offsetMinutes == 120);
    CHECK(ReminderSpec::parse(QStringLiteral("-1d"))->toText() == QStringLiteral("-1d"));
    const ReminderSpec at = *ReminderSpec::parse(QStringLiteral("2030-01-10T09:00:00+03:00"));
    CHECK_FALSE(at.isOffset);
    CHECK(ZonedTime::utcText(at.at) == QStringLiteral("2030-01-10T06:00:00Z"));
    QString error;
    CHECK_FALSE(ReminderSpec::parse(QStringLiteral("15 minutes"), &error).has_value());
    CHECK(error.contains(QStringLiteral("15 minutes")));
    CHECK_FALSE(ReminderSpec::parse(QStringLiteral("+15m")).has_value());
}
