// Events (attendees, links, exceptions), the occurrences of a range and
// everything else the calendar shows: tasks, birthdays, expected closes.
#include "catchqt.h"
#include "testdatabase.h"

#include "calendar/calendarrepository.h"
#include "calendar/eventrepository.h"
#include "calendar/zonedtime.h"
#include "clients/clientrepository.h"
#include "deals/pipelinerepository.h"

#include <QSqlQuery>

namespace {
QDateTime utc(const char *text)
{
    return ZonedTime::fromUtcText(QString::fromLatin1(text));
}

Event timed(const QString &title, const char *start, const char *end,
            const QString &zone = QStringLiteral("Europe/Moscow"))
{
    Event e;
    e.title = title;
    e.start = utc(start);
    e.end = utc(end);
    e.timeZone = zone;
    return e;
}

QStringList describe(const QList<CalendarItem> &items)
{
    QStringList out;
    for (const CalendarItem &i : items) {
        QString when =
            i.allDay ? i.startDate.toString(Qt::ISODate) + QLatin1Char('/') +
                           i.endDate.toString(Qt::ISODate)
                     : ZonedTime::utcText(i.start) + QLatin1Char('/') + ZonedTime::utcText(i.end);
        out << CalendarItem::kindName(i.kind) + QLatin1Char(' ') + i.title + QLatin1Char(' ') +
                   when + (i.moved ? QStringLiteral(" moved") : QString());
    }
    return out;
}

qint64 addContactClient(Database &db, const QString &birthday)
{
    ClientRepository clients(db);
    Client c;
    c.kind = Client::Kind::Company;
    c.name = QStringLiteral("ООО Ромашка");
    ContactPerson p;
    p.firstName = QStringLiteral("Иван");
    p.lastName = QStringLiteral("Сидоров");
    p.birthday = ContactPerson::birthdayFromText(birthday);
    c.contacts << p;
    REQUIRE(clients.save(c));
    return c.id;
}
} // namespace

TEST_CASE("An event is stored with its links, attendees and zone, and read back", "[calendar]")
{
    TestDatabase t;
    const qint64 clientId = addContactClient(t.db(), QStringLiteral("1980-04-15"));
    const Client client = *ClientRepository(t.db()).load(clientId);
    const qint64 contactId = client.contacts.first().id;

    EventRepository events(t.db());
    Event e = timed(QStringLiteral("Встреча"), "2030-05-06T07:00:00Z", "2030-05-06T08:30:00Z");
    e.location = QStringLiteral("Офис");
    e.clientId = clientId;
    e.contactId = contactId;
    e.attendees = {contactId};
    e.repeat = *RepeatRule::fromRrule(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    QString error;
    REQUIRE(events.create(e, &error));
    CHECK(e.id > 0);
    CHECK(e.uid.endsWith(QStringLiteral("@clientele")));

    const Event loaded = *events.load(e.id);
    CHECK(loaded.title == QStringLiteral("Встреча"));
    CHECK(loaded.start == e.start);
    CHECK(loaded.end == e.end);
    CHECK(loaded.timeZone == QStringLiteral("Europe/Moscow"));
    CHECK(loaded.attendees == QList<qint64>{contactId});
    CHECK(loaded.clientId == clientId);
    CHECK(loaded.repeat.count == 3);
    CHECK(events.loadByUid(e.uid)->id == e.id);

    // The last occurrence ends 20 May 08:30 UTC: that is repeat_until.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT repeat_until FROM events")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2030-05-20T08:30:00Z"));

    Event bad =
        timed(QStringLiteral("Back to front"), "2030-05-06T08:00:00Z", "2030-05-06T07:00:00Z");
    CHECK_FALSE(events.create(bad, &error));
    CHECK(error.contains(QStringLiteral("2030-05-06T07:00:00Z")));
    Event untitled = timed(QStringLiteral(" "), "2030-05-06T07:00:00Z", "2030-05-06T08:00:00Z");
    CHECK_FALSE(events.create(untitled, &error));
    CHECK(error.contains(QStringLiteral("title")));
    Event zone = timed(QStringLiteral("Zone"), "2030-05-06T07:00:00Z", "2030-05-06T08:00:00Z",
                       QStringLiteral("Mars/Olympus"));
    CHECK_FALSE(events.create(zone, &error));
    CHECK(error.contains(QStringLiteral("Mars/Olympus")));

    REQUIRE(events.remove(e.id, &error));
    CHECK_FALSE(events.load(e.id).has_value());
    CHECK_FALSE(events.remove(e.id, &error));
}

TEST_CASE("A range gets single, long, all-day and repeating events with their exceptions",
          "[calendar]")
{
    TestDatabase t;
    EventRepository events(t.db());
    Event before = timed(QStringLiteral("Before"), "2030-05-31T10:00:00Z", "2030-05-31T11:00:00Z");
    Event inside = timed(QStringLiteral("Inside"), "2030-06-03T10:00:00Z", "2030-06-03T11:00:00Z");
    Event spanning =
        timed(QStringLiteral("Spanning"), "2030-05-01T10:00:00Z", "2030-06-02T11:00:00Z");
    Event after = timed(QStringLiteral("After"), "2030-06-08T00:00:00Z", "2030-06-08T01:00:00Z");
    Event allDay;
    allDay.title = QStringLiteral("Exhibition");
    allDay.allDay = true;
    allDay.startDate = QDate(2030, 6, 4);
    allDay.endDate = QDate(2030, 6, 6);
    Event weekly = timed(QStringLiteral("Planning"), "2030-05-20T06:00:00Z",
                         "2030-05-20T07:00:00Z"); // Mondays 09:00 Moscow
    weekly.repeat = *RepeatRule::fromRrule(QStringLiteral("FREQ=DAILY"));
    QString error;
    for (Event *e : {&before, &inside, &spanning, &after, &allDay, &weekly})
        REQUIRE(events.create(*e, &error));
    // 2 June deleted, 4 June moved to the afternoon, 9 June moved into the range.
    REQUIRE(events.cancelOccurrence(weekly.id, utc("2030-06-02T06:00:00Z"), &error));
    REQUIRE(events.moveOccurrence(weekly.id, utc("2030-06-04T06:00:00Z"),
                                  utc("2030-06-04T12:00:00Z"), utc("2030-06-04T13:00:00Z"),
                                  &error));
    REQUIRE(events.moveOccurrence(weekly.id, utc("2030-06-09T06:00:00Z"),
                                  utc("2030-06-06T15:00:00Z"), utc("2030-06-06T16:00:00Z"),
                                  &error));
    CHECK_FALSE(events.moveOccurrence(weekly.id, utc("2030-06-09T07:00:00Z"),
                                      utc("2030-06-06T15:00:00Z"), utc("2030-06-06T16:00:00Z"),
                                      &error));
    CHECK(error.contains(QStringLiteral("2030-06-09T07:00:00Z")));

    const QList<CalendarItem> items =
        events.occurrences(utc("2030-06-01T00:00:00Z"), utc("2030-06-08T00:00:00Z"));
    CHECK(describe(items) ==
          QStringList{
              QStringLiteral("event Spanning 2030-05-01T10:00:00Z/2030-06-02T11:00:00Z"),
              QStringLiteral("event Planning 2030-06-01T06:00:00Z/2030-06-01T07:00:00Z"),
              QStringLiteral("event Planning 2030-06-03T06:00:00Z/2030-06-03T07:00:00Z"),
              QStringLiteral("event Inside 2030-06-03T10:00:00Z/2030-06-03T11:00:00Z"),
              QStringLiteral("event Exhibition 2030-06-04/2030-06-06"),
              QStringLiteral("event Planning 2030-06-04T12:00:00Z/2030-06-04T13:00:00Z moved"),
              QStringLiteral("event Planning 2030-06-05T06:00:00Z/2030-06-05T07:00:00Z"),
              QStringLiteral("event Planning 2030-06-06T06:00:00Z/2030-06-06T07:00:00Z"),
              QStringLiteral("event Planning 2030-06-06T15:00:00Z/2030-06-06T16:00:00Z moved"),
              QStringLiteral("event Planning 2030-06-07T06:00:00Z/2030-06-07T07:00:00Z"),
          });
    const CalendarItem &moved = items.at(5);
    CHECK(moved.originalStart == utc("2030-06-04T06:00:00Z"));
    CHECK(moved.repeating);

    // A series with a count is over: a later range does not read it.
    Event counted = timed(QStringLiteral("Three"), "2030-07-01T06:00:00Z", "2030-07-01T07:00:00Z");
    counted.repeat = *RepeatRule::fromRrule(QStringLiteral("FREQ=DAILY;COUNT=3"));
    REQUIRE(events.create(counted, &error));
    CHECK(events.occurrences(utc("2030-07-01T00:00:00Z"), utc("2030-08-01T00:00:00Z")).size() ==
          3 + 31);
    weekly.repeat = RepeatRule();
    weekly.exceptions.clear();
    REQUIRE(events.update(weekly, &error));
    CHECK(events.occurrences(utc("2030-07-02T12:00:00Z"), utc("2030-08-01T00:00:00Z")).size() == 1);
}

TEST_CASE("The calendar shows tasks, birthdays and expected closes beside events", "[calendar]")
{
    TestDatabase t;
    const qint64 clientId = addContactClient(t.db(), QStringLiteral("1980-06-03"));
    addContactClient(t.db(), QStringLiteral("--06-05"));
    addContactClient(t.db(), QStringLiteral("1975-07-01"));
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT INTO tasks(title, due_at, all_day, status, created_at) "
                             "VALUES (?, ?, ?, ?, '2030-01-01T00:00:00Z')"));
    const QList<QVariantList> tasks = {
        {QStringLiteral("Call back"), QStringLiteral("2030-06-02T09:30:00Z"), 0,
         QStringLiteral("open")},
        {QStringLiteral("Send the proposal"), QStringLiteral("2030-06-04"), 1,
         QStringLiteral("in_progress")},
        {QStringLiteral("Cancelled"), QStringLiteral("2030-06-04T09:00:00Z"), 0,
         QStringLiteral("cancelled")},
        {QStringLiteral("Later"), QStringLiteral("2030-06-09T09:00:00Z"), 0,
         QStringLiteral("open")}};
    for (const QVariantList &row : tasks) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    q.prepare(QStringLiteral(
        "INSERT INTO deals(client_id, title, pipeline_id, stage_id, expected_close, "
        "stage_entered_at, created_at, updated_at) VALUES (?, 'Бумага', "
        "(SELECT id FROM pipelines LIMIT 1), (SELECT id FROM stages LIMIT 1), '2030-06-06', "
        "'2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z')"));
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    q.addBindValue(clientId);
    REQUIRE(q.exec());

    EventRepository events(t.db());
    Event e = timed(QStringLiteral("Meeting"), "2030-06-03T10:00:00Z", "2030-06-03T11:00:00Z");
    QString error;
    REQUIRE(events.create(e, &error));

    CalendarRepository calendar(t.db());
    const QDateTime from = utc("2030-06-01T00:00:00Z");
    const QDateTime to = utc("2030-06-08T00:00:00Z");
    QStringList expected = {
        QStringLiteral("task Call back 2030-06-02T09:30:00Z/2030-06-02T09:30:00Z"),
        QStringLiteral("birthday Сидоров Иван's birthday (50) 2030-06-03/2030-06-04"),
        QStringLiteral("event Meeting 2030-06-03T10:00:00Z/2030-06-03T11:00:00Z"),
        QStringLiteral("task Send the proposal 2030-06-04/2030-06-05"),
        QStringLiteral("birthday Сидоров Иван's birthday 2030-06-05/2030-06-06"),
    };
    expected << QStringLiteral("deal Expected close: Бумага 2030-06-06/2030-06-07");
    CHECK(describe(calendar.items(from, to)).join(QLatin1Char('\n')) ==
          expected.join(QLatin1Char('\n')));
    CHECK(describe(calendar.items(from, to, CalendarItem::Events)) == QStringList{expected.at(2)});
    CHECK(calendar.items(from, to, CalendarItem::Birthdays).size() == 2);
    // Over the new year: December and January are both read.
    CHECK(calendar
              .items(utc("2030-12-20T00:00:00Z"), utc("2031-07-10T00:00:00Z"),
                     CalendarItem::Birthdays)
              .size() == 3);
}

TEST_CASE("The month counts a day's expected closes in one item, and names a day's only deal",
          "[calendar]")
{
    TestDatabase t;
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    const qint64 clientId = addContactClient(t.db(), QString());
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO deals(client_id, title, pipeline_id, stage_id, status, expected_close, "
        "stage_entered_at, created_at, updated_at) VALUES (?, ?, "
        "(SELECT id FROM pipelines LIMIT 1), (SELECT id FROM stages LIMIT 1), ?, ?, "
        "'2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z')"));
    const QList<QStringList> deals = {
        {QStringLiteral("Бумага"), QStringLiteral("open"), QStringLiteral("2030-06-06")},
        {QStringLiteral("Картон"), QStringLiteral("open"), QStringLiteral("2030-06-10")},
        {QStringLiteral("Скрепки"), QStringLiteral("open"), QStringLiteral("2030-06-10")},
        {QStringLiteral("Клей"), QStringLiteral("open"), QStringLiteral("2030-06-10")},
        {QStringLiteral("Won already"), QStringLiteral("won"), QStringLiteral("2030-06-06")},
        {QStringLiteral("Next month"), QStringLiteral("open"), QStringLiteral("2030-07-01")},
    };
    for (const QStringList &deal : deals) {
        q.addBindValue(clientId);
        for (const QString &v : deal)
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    CalendarRepository calendar(t.db());
    const QDateTime from = utc("2030-06-01T00:00:00Z");
    const QDateTime to = utc("2030-07-01T00:00:00Z");
    const QList<CalendarItem> counted = calendar.items(from, to, CalendarItem::DealCloses,
                                                       CalendarRepository::Closes::CountedPerDay);
    CHECK(describe(counted) ==
          QStringList{QStringLiteral("deal Expected close: Бумага 2030-06-06/2030-06-07"),
                      QStringLiteral("deal 3 deals expected to close 2030-06-10/2030-06-11")});
    REQUIRE(counted.size() == 2);
    CHECK(counted.at(0).count == 1);
    CHECK(counted.at(0).dealId > 0);
    CHECK(counted.at(1).count == 3);
    CHECK(counted.at(1).dealId == 0);
    // Each deal, as the week and the agenda show them.
    CHECK(calendar.items(from, to, CalendarItem::DealCloses).size() == 4);
}

TEST_CASE("A day's count of expected closes comes first among its all-day items", "[calendar]")
{
    const QDate day(2026, 12, 15);
    const auto allDay = [&day](CalendarItem::Kind kind, const QString &title, int count) {
        CalendarItem item;
        item.kind = kind;
        item.title = title;
        item.allDay = true;
        item.startDate = day;
        item.endDate = day.addDays(1);
        item.count = count;
        return item;
    };
    CalendarItem meeting;
    meeting.title = QStringLiteral("Встреча");
    meeting.start = QDateTime(day, QTime(10, 0)).toUTC();
    meeting.end = meeting.start.addSecs(3600);
    QList<CalendarItem> items = {
        meeting, allDay(CalendarItem::Kind::Task, QStringLiteral("Отчёт"), 1),
        allDay(CalendarItem::Kind::Task, QStringLiteral("Счета"), 1),
        allDay(CalendarItem::Kind::DealClose, QStringLiteral("12 сделок к закрытию"), 12)};
    CalendarItem::sortByStart(items);
    QStringList titles;
    for (const CalendarItem &i : items)
        titles << i.title;
    CHECK(titles == QStringList{QStringLiteral("12 сделок к закрытию"), QStringLiteral("Отчёт"),
                                QStringLiteral("Счета"), QStringLiteral("Встреча")});
}
