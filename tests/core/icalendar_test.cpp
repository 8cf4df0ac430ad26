// iCalendar: our export read back by Python's icalendar (a real peer),
// export -> import round trips, files as Google and Thunderbird write them,
// and broken files refused whole.
#include "catchqt.h"
#include "testdatabase.h"

#include "calendar/calendarrepository.h"
#include "calendar/eventrepository.h"
#include "calendar/icalendarexporter.h"
#include "calendar/icalendarimporter.h"
#include "calendar/reminderrepository.h"
#include "calendar/zonedtime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
QDateTime utc(const char *text)
{
    return ZonedTime::fromUtcText(QString::fromLatin1(text));
}

QString dataFile(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/ics/") + QString::fromLatin1(name);
}

// Debian's python3-icalendar reads the file and prints what it understood.
QJsonArray readWithPython(const QString &path)
{
    static const char script[] = R"PY(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
def t(p):
    if p is None: return None
    v = p.dt
    tz = p.params.get('TZID')
    return (v.isoformat() + ('|' + tz if tz else ''))
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'): continue
    d = {'type': c.name, 'uid': str(c.get('UID')), 'summary': str(c.get('SUMMARY')),
         'start': t(c.get('DTSTART')), 'end': t(c.get('DTEND')), 'due': t(c.get('DUE')),
         'rrule': c.get('RRULE').to_ical().decode() if c.get('RRULE') else None,
         'recurrence_id': t(c.get('RECURRENCE-ID')),
         'status': str(c.get('STATUS')) if c.get('STATUS') else None,
         'priority': int(c.get('PRIORITY')) if c.get('PRIORITY') is not None else None,
         'location': str(c.get('LOCATION')) if c.get('LOCATION') else None,
         'alarms': [a.get('TRIGGER').to_ical().decode() for a in c.walk('VALARM')]}
    ex = c.get('EXDATE')
    if ex is not None:
        exs = ex if isinstance(ex, list) else [ex]
        d['exdates'] = [x.dt.isoformat() for e in exs for x in e.dts]
    out.append(d)
zones = [str(z.get('TZID')) for z in cal.walk('VTIMEZONE')]
print(json.dumps({'components': out, 'zones': zones}))
)PY";
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromLatin1(script), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QJsonArray all = o.value(QStringLiteral("components")).toArray();
    all.append(o.value(QStringLiteral("zones")));
    return all;
}

QJsonObject find(const QJsonArray &all, const QString &summary, bool override = false)
{
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("summary")).toString() == summary &&
            o.value(QStringLiteral("recurrence_id")).isNull() != override)
            return o;
    }
    FAIL("no component " << summary.toStdString());
    return {};
}

struct Fixture
{
    TestDatabase t;
    qint64 weeklyId = 0;
    Fixture()
    {
        EventRepository events(t.db());
        ReminderRepository reminders(t.db());
        QString error;
        Event weekly;
        weekly.title = QStringLiteral("Планёрка, отдел; продаж");
        weekly.location = QStringLiteral("Переговорная 2");
        weekly.start = utc("2030-11-04T07:00:00Z"); // Monday 10:00 Moscow
        weekly.end = utc("2030-11-04T08:00:00Z");
        weekly.timeZone = QStringLiteral("Europe/Moscow");
        weekly.repeat =
            *RepeatRule::fromRrule(QStringLiteral("FREQ=WEEKLY;BYDAY=MO;UNTIL=20301223"));
        REQUIRE(events.create(weekly, &error));
        weeklyId = weekly.id;
        REQUIRE(events.cancelOccurrence(weekly.id, utc("2030-11-18T07:00:00Z"), &error));
        REQUIRE(events.moveOccurrence(weekly.id, utc("2030-11-25T07:00:00Z"),
                                      utc("2030-11-26T12:00:00Z"), utc("2030-11-26T13:00:00Z"),
                                      &error));
        REQUIRE(reminders.setForEvent(weekly.id, ReminderSpec::before(15),
                                      QDateTime::currentDateTimeUtc(), &error));
        Event fair;
        fair.title = QStringLiteral("Выставка");
        fair.allDay = true;
        fair.startDate = QDate(2030, 12, 3);
        fair.endDate = QDate(2030, 12, 5);
        REQUIRE(events.create(fair, &error));
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO tasks(title, due_at, status, priority, created_at) VALUES "
                           "('Отправить КП', '2030-11-05T09:00:00Z', 'in_progress', 'high', "
                           "'2030-11-01T00:00:00Z')")));
        REQUIRE(reminders.setForTask(q.lastInsertId().toLongLong(), ReminderSpec::before(60),
                                     QDateTime::currentDateTimeUtc(), &error));
    }
};
} // namespace

TEST_CASE("An exported calendar reads back in python3-icalendar", "[ical]")
{
    Fixture f;
    const QString path = f.t.dir() + QStringLiteral("/out.ics");
    int events = 0;
    int tasks = 0;
    QString error;
    REQUIRE(ICalendarExporter(f.t.db()).exportToFile(
        path, utc("2030-11-01T00:00:00Z"), utc("2030-12-31T00:00:00Z"), &events, &tasks, &error));
    CHECK(events == 2);
    CHECK(tasks == 1);
    const QJsonArray all = readWithPython(path);
    CHECK(all.last().toArray().contains(QStringLiteral("Europe/Moscow")));

    const QJsonObject weekly = find(all, QStringLiteral("Планёрка, отдел; продаж"));
    CHECK(weekly.value(QStringLiteral("start")).toString() ==
          QStringLiteral("2030-11-04T10:00:00+03:00|Europe/Moscow"));
    CHECK(weekly.value(QStringLiteral("location")).toString() == QStringLiteral("Переговорная 2"));
    CHECK(weekly.value(QStringLiteral("rrule")).toString() ==
          QStringLiteral("FREQ=WEEKLY;UNTIL=20301223T205959Z;BYDAY=MO"));
    CHECK(weekly.value(QStringLiteral("exdates")).toArray() ==
          QJsonArray{QStringLiteral("2030-11-18T10:00:00+03:00")});
    CHECK(weekly.value(QStringLiteral("alarms")).toArray() == QJsonArray{QStringLiteral("-PT15M")});
    const QJsonObject moved = find(all, QStringLiteral("Планёрка, отдел; продаж"), true);
    CHECK(moved.value(QStringLiteral("recurrence_id")).toString() ==
          QStringLiteral("2030-11-25T10:00:00+03:00|Europe/Moscow"));
    CHECK(moved.value(QStringLiteral("start")).toString() ==
          QStringLiteral("2030-11-26T15:00:00+03:00|Europe/Moscow"));
    CHECK(moved.value(QStringLiteral("uid")) == weekly.value(QStringLiteral("uid")));

    const QJsonObject fair = find(all, QStringLiteral("Выставка"));
    CHECK(fair.value(QStringLiteral("start")).toString() == QStringLiteral("2030-12-03"));
    CHECK(fair.value(QStringLiteral("end")).toString() == QStringLiteral("2030-12-05"));

    const QJsonObject todo = find(all, QStringLiteral("Отправить КП"));
    CHECK(todo.value(QStringLiteral("type")).toString() == QStringLiteral("VTODO"));
    CHECK(todo.value(QStringLiteral("due")).toString() ==
          QStringLiteral("2030-11-05T09:00:00+00:00"));
    CHECK(todo.value(QStringLiteral("status")).toString() == QStringLiteral("IN-PROCESS"));
    CHECK(todo.value(QStringLiteral("priority")).toInt() == 1);
    CHECK(todo.value(QStringLiteral("alarms")).toArray() == QJsonArray{QStringLiteral("-PT1H")});

    // A range after the series' end writes none of it.
    int later = -1;
    REQUIRE(ICalendarExporter(f.t.db()).exportToFile(
        path, utc("2031-01-01T00:00:00Z"), utc("2031-02-01T00:00:00Z"), &later, &tasks, &error));
    CHECK(later == 0);
}

TEST_CASE("Export then import gives the same occurrences, a second import updates", "[ical]")
{
    Fixture f;
    const QByteArray data = ICalendarExporter(f.t.db()).exportRange({}, {});
    TestDatabase other;
    ICalendarImporter::Result result;
    QString error;
    REQUIRE(ICalendarImporter(other.db()).importData(data, &result, &error));
    CHECK(result.created == 2);
    CHECK(result.updated == 0);

    auto occurrences = [](Database &db) {
        QStringList out;
        for (const CalendarItem &i : EventRepository(db).occurrences(utc("2030-11-01T00:00:00Z"),
                                                                     utc("2031-01-01T00:00:00Z")))
            out << i.title + QLatin1Char(' ') +
                       (i.allDay ? i.startDate.toString(Qt::ISODate) + QLatin1Char('/') +
                                       i.endDate.toString(Qt::ISODate)
                                 : ZonedTime::utcText(i.start) + QLatin1Char('/') +
                                       ZonedTime::utcText(i.end));
        return out;
    };
    const QStringList original = occurrences(f.t.db());
    CHECK(original.size() == 7 + 1); // 8 Mondays less the deleted one, and the fair
    CHECK(occurrences(other.db()) == original);
    const Event copy =
        *EventRepository(other.db()).loadByUid(EventRepository(f.t.db()).load(f.weeklyId)->uid);
    CHECK(copy.timeZone == QStringLiteral("Europe/Moscow"));
    CHECK(copy.repeat.until == QDate(2030, 12, 23));
    CHECK(ReminderRepository(other.db()).forEvent(copy.id)->spec.offsetMinutes == 15);

    REQUIRE(ICalendarImporter(other.db()).importData(data, &result, &error));
    CHECK(result.created == 0);
    CHECK(result.updated == 2);
    CHECK(occurrences(other.db()) == original);
}

TEST_CASE("Files as Google and Thunderbird write them are read", "[ical]")
{
    TestDatabase t;
    ICalendarImporter importer(t.db());
    ICalendarImporter::Result result;
    QString error;
    REQUIRE(importer.importFile(dataFile("google.ics"), &result, &error));
    CHECK(result.created == 3);
    REQUIRE(importer.importFile(dataFile("thunderbird.ics"), &result, &error));
    CHECK(result.created == 2);

    EventRepository events(t.db());
    const Event weekly = *events.loadByUid(QStringLiteral("4q9ah0o3t2v8kq1c2b5m3s7d1f@google.com"));
    CHECK(weekly.title == QStringLiteral("Планёрка"));
    CHECK(weekly.description == QStringLiteral("Планёрка отдела продаж, итоги недели"));
    CHECK(weekly.repeat.until == QDate(2030, 12, 29));
    CHECK(ReminderRepository(t.db()).forEvent(weekly.id)->spec.offsetMinutes == 30);
    QStringList starts;
    for (const CalendarItem &i :
         events.occurrences(utc("2030-11-01T00:00:00Z"), utc("2031-01-01T00:00:00Z")))
        if (i.id == weekly.id)
            starts << ZonedTime::utcText(i.start);
    CHECK(starts ==
          QStringList{
              QStringLiteral("2030-11-04T07:00:00Z"), QStringLiteral("2030-11-11T07:00:00Z"),
              QStringLiteral("2030-11-26T12:00:00Z"), // moved from the 25th
              QStringLiteral("2030-12-02T07:00:00Z"), QStringLiteral("2030-12-09T07:00:00Z"),
              QStringLiteral("2030-12-16T07:00:00Z"), QStringLiteral("2030-12-23T07:00:00Z")});
    const Event fair = *events.loadByUid(QStringLiteral("0ab1c2d3e4f5@google.com"));
    CHECK(fair.allDay);
    CHECK(fair.endDate == QDate(2030, 12, 5));
    CHECK(events.loadByUid(QStringLiteral("monthly-15@google.com"))->repeat.count == 3);

    // Thunderbird: Berlin stand-ups stay at 09:00 across 31 March 2030.
    const Event standup = *events.loadByUid(QStringLiteral("7c1d2f3a-5b6e-4c8d-9e0f-112233445566"));
    CHECK(standup.timeZone == QStringLiteral("Europe/Berlin"));
    QStringList berlin;
    for (const CalendarItem &i :
         events.occurrences(utc("2030-03-28T00:00:00Z"), utc("2030-04-05T00:00:00Z")))
        if (i.id == standup.id)
            berlin << ZonedTime::utcText(i.start);
    CHECK(berlin == QStringList{QStringLiteral("2030-03-29T08:00:00Z"),
                                QStringLiteral("2030-03-30T08:00:00Z"),
                                QStringLiteral("2030-03-31T07:00:00Z"),
                                QStringLiteral("2030-04-01T07:00:00Z"),
                                QStringLiteral("2030-04-02T07:00:00Z")});
    // Outlook names zones the Windows way.
    const QByteArray outlook = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                               "UID:outlook-1\r\nSUMMARY:Outlook\r\n"
                               "DTSTART;TZID=Russian Standard Time:20301105T100000\r\n"
                               "DTEND;TZID=Russian Standard Time:20301105T103000\r\n"
                               "END:VEVENT\r\nEND:VCALENDAR\r\n";
    REQUIRE(importer.importData(outlook, &result, &error));
    const Event fromOutlook = *events.loadByUid(QStringLiteral("outlook-1"));
    CHECK(fromOutlook.timeZone == QStringLiteral("Europe/Moscow"));
    CHECK(ZonedTime::utcText(fromOutlook.start) == QStringLiteral("2030-11-05T07:00:00Z"));

    const Event lunch = *events.loadByUid(QStringLiteral("floating-lunch"));
    CHECK(lunch.start.secsTo(lunch.end) == 3600);
    CHECK(lunch.start.toLocalTime().time() == QTime(13, 0)); // floating: local wall-clock
}

TEST_CASE("A broken file is refused with the line or component, and nothing is written", "[ical]")
{
    TestDatabase t;
    ICalendarImporter importer(t.db());
    ICalendarImporter::Result result;
    QString error;
    QFile file(dataFile("google.ics"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();

    QByteArray noEnd = good;
    noEnd.replace("END:VALARM\r\n", "");
    CHECK_FALSE(importer.importData(noEnd, &result, &error));
    CHECK(error.contains(QStringLiteral("Line 27")));
    CHECK(error.contains(QStringLiteral("VALARM")));

    QByteArray garbage = good;
    garbage.replace("SEQUENCE:0\r\n", "this is not a property\r\n");
    CHECK_FALSE(importer.importData(garbage, &result, &error));
    CHECK(error.contains(QStringLiteral("Line 19")));

    // The last event has a rule the calendar cannot hold: the whole file is refused.
    QByteArray rule = good;
    rule.replace("RRULE:FREQ=MONTHLY;BYMONTHDAY=10;COUNT=3", "RRULE:FREQ=MONTHLY;BYDAY=2MO");
    CHECK_FALSE(importer.importData(rule, &result, &error));
    CHECK(error.contains(QStringLiteral("monthly-15@google.com")));
    CHECK(error.contains(QStringLiteral("2MO")));
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    CHECK_FALSE(importer.importData("hello", &result, &error));
    CHECK_FALSE(error.isEmpty());
}

namespace {
QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
}
} // namespace

TEST_CASE("A huge calendar is refused before libical reads it, naming the limit", "[ical]")
{
    TestDatabase t;
    ICalendarImporter importer(t.db());
    ICalendarImporter::Result result;
    QString error;
    QTemporaryDir dir;

    // 65 MiB of nothing: the size alone refuses it (a sparse file, written in no time).
    QFile big(dir.filePath(QStringLiteral("big.ics")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(ICalendarImporter::MaxBytes + 1024 * 1024));
    big.close();
    CHECK_FALSE(importer.importFile(big.fileName(), &result, &error));
    CHECK(error ==
          QStringLiteral("big.ics: the file is 65 MiB; calendars over 64 MiB are not read."));

    // libical keeps every line as a structure: the lines are counted (a smaller limit here).
    QByteArray lines;
    for (int i = 0; i < 4; ++i)
        lines += "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i) +
                 "\r\nDTSTART:20301104T100000Z\r\nEND:VEVENT\r\n";
    CHECK_FALSE(importer.importData(calendar(lines), &result, &error, 18));
    CHECK(error == QStringLiteral("Line 19: more than 18 lines; split the calendar."));
    CHECK(importer.importData(calendar(lines), &result, &error, 19));

    // A NUL would end the text libical sees: the rest of the file unread.
    const QByteArray binary = calendar(QByteArray("BEGIN:VEVENT\r\nUID:a\0b\r\n", 23) +
                                       "DTSTART:20301104T100000Z\r\nEND:VEVENT\r\n");
    CHECK_FALSE(importer.importData(binary, &result, &error));
    CHECK(error == QStringLiteral("Line 4: binary data, not a text file."));

    // Messages of a file name it.
    const QString path = dir.filePath(QStringLiteral("broken.ics"));
    QFile broken(path);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(binary);
    broken.close();
    CHECK_FALSE(importer.importFile(path, &result, &error));
    CHECK(error == QStringLiteral("broken.ics: Line 4: binary data, not a text file."));

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
}

// libical reads a line in time quadratic in its length: long lines are
// folded before it reads them, and read back whole.
TEST_CASE("A description of megabytes on one line is read whole", "[ical]")
{
    TestDatabase t;
    QStringList items;
    for (int i = 0; i < 40000; ++i)
        items << QStringLiteral("Пункт %1").arg(i);
    const QString description = items.join(QStringLiteral("; "));
    QByteArray text = description.toUtf8();
    text.replace(";", "\\;");
    REQUIRE(text.size() > 500000);
    ICalendarImporter::Result result;
    QString error;
    REQUIRE(ICalendarImporter(t.db()).importData(
        calendar("BEGIN:VEVENT\r\nUID:long\r\nDTSTART:20301104T100000Z\r\nDESCRIPTION:" + text +
                 "\r\nSUMMARY:Long\r\nEND:VEVENT\r\n"),
        &result, &error));
    const Event e = *EventRepository(t.db()).loadByUid(QStringLiteral("long"));
    CHECK(e.title == QStringLiteral("Long"));
    CHECK(e.description == description);
}

// Each found by tests/fuzz/icalendar_fuzz.
TEST_CASE("Hostile times, zones and text in a calendar", "[ical]")
{
    TestDatabase t;
    ICalendarImporter importer(t.db());
    EventRepository events(t.db());
    ICalendarImporter::Result result;
    QString error;

    // Qt takes a word for a POSIX zone rule: TZID=Eurcow was UTC.
    CHECK_FALSE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:w\r\n"
                                             "DTSTART;TZID=Eurcow:20301104T110000\r\n"
                                             "END:VEVENT\r\n"),
                                    &result, &error));
    CHECK(error.contains(QStringLiteral("unknown TZID")));
    // An old name of an IANA zone is still one.
    REQUIRE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:kolkata\r\n"
                                         "DTSTART;TZID=Asia/Calcutta:20301104T110000\r\n"
                                         "END:VEVENT\r\n"),
                                &result, &error));
    CHECK(ZonedTime::utcText(events.loadByUid(QStringLiteral("kolkata"))->start) ==
          QStringLiteral("2030-11-04T05:30:00Z"));

    // A moved occurrence on the 63rd of May was stored without a start.
    CHECK_FALSE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:s\r\nDTSTART:20301104T110000Z\r\n"
                                             "RRULE:FREQ=DAILY;COUNT=5\r\nEND:VEVENT\r\n"
                                             "BEGIN:VEVENT\r\nUID:s\r\n"
                                             "RECURRENCE-ID:20301105T110000Z\r\n"
                                             "DTSTART:20300563T150000Z\r\nEND:VEVENT\r\n"),
                                    &result, &error));
    CHECK(error.contains(QStringLiteral("cannot be read")));

    // Control characters cannot be written back; a bare CR is a line break.
    REQUIRE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:c\r\x1a"
                                         "1\r\nSUMMARY:one\rtwo\x01three\r\n"
                                         "DTSTART:20301104T110000Z\r\nEND:VEVENT\r\n"),
                                &result, &error));
    const Event c = *events.loadByUid(QStringLiteral("c\n1"));
    CHECK(c.title == QStringLiteral("one\ntwothree"));
    // An unknown escape at the end of a value is a space to libical, which
    // our export lost: its UID made a second event on import, its text another.
    REQUIRE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:crd\x1ar\\i\r\n"
                                         "DESCRIPTION:\\mПланёрка\\m\r\n"
                                         "DTSTART:20301104T110000Z\r\nEND:VEVENT\r\n"),
                                &result, &error));
    REQUIRE(events.loadByUid(QStringLiteral("crdr")));
    CHECK(events.loadByUid(QStringLiteral("crdr"))->description == QStringLiteral("Планёрка"));
    const int before =
        int(events.occurrences(utc("2030-11-04T00:00:00Z"), utc("2030-11-05T00:00:00Z")).size());
    REQUIRE(importer.importData(ICalendarExporter(t.db()).exportRange({}, {}), &result, &error));
    CHECK(result.created == 0);
    CHECK(events.occurrences(utc("2030-11-04T00:00:00Z"), utc("2030-11-05T00:00:00Z")).size() ==
          before);

    // A series of 470 years was expanded occurrence by occurrence on save.
    REQUIRE(importer.importData(calendar("BEGIN:VEVENT\r\nUID:long-series\r\n"
                                         "DTSTART;TZID=Europe/Berlin:20300331T013000\r\n"
                                         "DTEND;TZID=Europe/Berlin:20300331T033000\r\n"
                                         "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=25001231\r\n"
                                         "END:VEVENT\r\n"),
                                &result, &error));
    const QList<CalendarItem> late =
        events.occurrences(utc("2500-12-01T00:00:00Z"), utc("2501-01-01T00:00:00Z"));
    CHECK_FALSE(late.isEmpty());
    for (const CalendarItem &item : late) {
        const QDateTime berlin = item.start.toTimeZone(QTimeZone("Europe/Berlin"));
        CHECK(berlin.date().month() == 12);
        CHECK(berlin.date().dayOfWeek() == Qt::Monday);
        CHECK(berlin.time() == QTime(1, 30));
    }
}
