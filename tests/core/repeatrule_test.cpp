// Repeat rules: parsing and writing RRULE text, expansion in the series'
// local time (across daylight-saving changes), and refusals.
#include "catchqt.h"

#include "calendar/repeatrule.h"
#include "calendar/zonedtime.h"
#include "calendar/zoneoffsets.h"

#include <QTimeZone>

namespace {
RepeatRule rule(const QString &text)
{
    QString error;
    const std::optional<RepeatRule> r = RepeatRule::fromRrule(text, &error);
    INFO(error.toStdString());
    REQUIRE(r.has_value());
    return *r;
}

QDateTime at(const QTimeZone &zone, int y, int m, int d, int h = 9, int min = 0)
{
    return ZonedTime::fromLocal(QDate(y, m, d), QTime(h, min), zone);
}

QStringList localTexts(const QList<QDateTime> &times, const QTimeZone &zone)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return out;
}

QStringList utcTexts(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out << ZonedTime::utcText(t);
    return out;
}
} // namespace

TEST_CASE("An RRULE is read into the rule and written back", "[repeat]")
{
    const RepeatRule weekly = rule(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO;COUNT=10"));
    CHECK(weekly.frequency == RepeatRule::Frequency::Weekly);
    CHECK(weekly.interval == 2);
    CHECK(weekly.weekDays == QList<Qt::DayOfWeek>{Qt::Monday, Qt::Wednesday});
    CHECK(weekly.count == 10);
    CHECK_FALSE(weekly.until.isValid());
    CHECK(rule(weekly.toRrule()) == weekly);
    CHECK(weekly.toRrule().contains(QStringLiteral("BYDAY=MO,WE")));

    const RepeatRule until = rule(QStringLiteral("RRULE:FREQ=MONTHLY;UNTIL=20271231"));
    CHECK(until.frequency == RepeatRule::Frequency::Monthly);
    CHECK(until.until == QDate(2027, 12, 31));
    CHECK(until.toRrule() == QStringLiteral("FREQ=MONTHLY;UNTIL=20271231"));
    CHECK(rule(QStringLiteral("FREQ=YEARLY;UNTIL=20301231T205959Z")).until == QDate(2030, 12, 31));

    CHECK(rule(QString()).isNone());
    CHECK(RepeatRule().toRrule().isEmpty());
    CHECK(rule(QStringLiteral("FREQ=DAILY")).toRrule() == QStringLiteral("FREQ=DAILY"));
}

TEST_CASE("Rules the forms cannot hold are refused with an error naming them", "[repeat]")
{
    const QStringList bad = {QStringLiteral("FREQ=HOURLY"),
                             QStringLiteral("FREQ=MONTHLY;BYDAY=2MO"),
                             QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15"),
                             QStringLiteral("FREQ=YEARLY;BYSETPOS=-1;BYMONTH=3"),
                             QStringLiteral("FREQ=SOMETIMES"),
                             QStringLiteral("BYDAY=MO"),
                             QStringLiteral("FREQ=DAILY;COUNT=3;UNTIL=20270101")};
    for (const QString &text : bad) {
        QString error;
        INFO(text.toStdString());
        CHECK_FALSE(RepeatRule::fromRrule(text, &error).has_value());
        CHECK(error.contains(text));
    }
    QString error;
    RepeatRule::fromRrule(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15"), &error);
    CHECK(error.contains(QStringLiteral("BYMONTHDAY")));
}

TEST_CASE("Daily, weekly on chosen days, interval, count and until expand as RFC 5545 says",
          "[repeat]")
{
    const QTimeZone moscow("Europe/Moscow");
    const QDateTime start = at(moscow, 2026, 12, 1); // a Tuesday
    const QDateTime from = at(moscow, 2026, 11, 1);
    const QDateTime to = at(moscow, 2027, 1, 1);

    CHECK(localTexts(rule(QStringLiteral("FREQ=DAILY;COUNT=3")).occurrences(start, from, to),
                     moscow) == QStringList{QStringLiteral("2026-12-01 09:00"),
                                            QStringLiteral("2026-12-02 09:00"),
                                            QStringLiteral("2026-12-03 09:00")});
    CHECK(localTexts(rule(QStringLiteral("FREQ=DAILY;INTERVAL=10")).occurrences(start, from, to),
                     moscow) ==
          QStringList{QStringLiteral("2026-12-01 09:00"), QStringLiteral("2026-12-11 09:00"),
                      QStringLiteral("2026-12-21 09:00"), QStringLiteral("2026-12-31 09:00")});
    // Weekly on Monday and Thursday from a Tuesday: the start, then the chosen days.
    CHECK(localTexts(rule(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261210"))
                         .occurrences(start, from, to),
                     moscow) ==
          QStringList{QStringLiteral("2026-12-01 09:00"), QStringLiteral("2026-12-03 09:00"),
                      QStringLiteral("2026-12-07 09:00"), QStringLiteral("2026-12-10 09:00")});
    // Every other week: the phase stays that of the start even when the
    // range begins far later.
    const RepeatRule fortnight = rule(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
    const QList<QDateTime> late =
        fortnight.occurrences(start, at(moscow, 2027, 6, 1), at(moscow, 2027, 7, 1));
    const QList<QDateTime> all = fortnight.occurrences(start, start, at(moscow, 2027, 7, 1));
    REQUIRE(late.size() == 3);
    CHECK(all.mid(all.size() - 3) == late);
    CHECK(localTexts(late, moscow) == QStringList{QStringLiteral("2027-06-01 09:00"),
                                                  QStringLiteral("2027-06-15 09:00"),
                                                  QStringLiteral("2027-06-29 09:00")});
    // The range is [from, to): an occurrence at `to` is not in it.
    CHECK(rule(QStringLiteral("FREQ=DAILY"))
              .occurrences(start, start, at(moscow, 2026, 12, 3))
              .size() == 2);
    CHECK(rule(QStringLiteral("FREQ=DAILY")).occurrences(start, from, to, 5).size() == 5);
}

TEST_CASE("Monthly on the 31st skips short months, yearly on 29 February waits for leap years",
          "[repeat]")
{
    const QTimeZone utcZone = QTimeZone::utc();
    const QDateTime jan31(QDate(2027, 1, 31), QTime(10, 0), Qt::UTC);
    CHECK(utcTexts(rule(QStringLiteral("FREQ=MONTHLY;COUNT=4"))
                       .occurrences(jan31, jan31, jan31.addYears(2))) ==
          QStringList{
              QStringLiteral("2027-01-31T10:00:00Z"), QStringLiteral("2027-03-31T10:00:00Z"),
              QStringLiteral("2027-05-31T10:00:00Z"), QStringLiteral("2027-07-31T10:00:00Z")});
    const QDateTime leap(QDate(2028, 2, 29), QTime(8, 0), Qt::UTC);
    CHECK(localTexts(rule(QStringLiteral("FREQ=YEARLY"))
                         .occurrences(leap, leap, QDateTime(QDate(2037, 1, 1), {}, Qt::UTC)),
                     utcZone) == QStringList{QStringLiteral("2028-02-29 08:00"),
                                             QStringLiteral("2032-02-29 08:00"),
                                             QStringLiteral("2036-02-29 08:00")});
}

TEST_CASE("A Berlin series keeps 09:00 local across the March and October changes", "[repeat]")
{
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime start = at(berlin, 2027, 3, 26);
    const QList<QDateTime> march =
        rule(QStringLiteral("FREQ=DAILY;COUNT=4")).occurrences(start, start, start.addDays(10));
    CHECK(localTexts(march, berlin) ==
          QStringList{QStringLiteral("2027-03-26 09:00"), QStringLiteral("2027-03-27 09:00"),
                      QStringLiteral("2027-03-28 09:00"), QStringLiteral("2027-03-29 09:00")});
    // Winter +01:00, summer +02:00: the UTC hour moves, the local one does not.
    CHECK(utcTexts(march) == QStringList{QStringLiteral("2027-03-26T08:00:00Z"),
                                         QStringLiteral("2027-03-27T08:00:00Z"),
                                         QStringLiteral("2027-03-28T07:00:00Z"),
                                         QStringLiteral("2027-03-29T07:00:00Z")});

    // Summer time ends on Sunday 31 October 2027.
    const QDateTime weekly = at(berlin, 2027, 10, 25); // a Monday
    const QList<QDateTime> october =
        rule(QStringLiteral("FREQ=WEEKLY")).occurrences(weekly, weekly, weekly.addDays(15));
    CHECK(utcTexts(october) == QStringList{QStringLiteral("2027-10-25T07:00:00Z"),
                                           QStringLiteral("2027-11-01T08:00:00Z"),
                                           QStringLiteral("2027-11-08T08:00:00Z")});
    CHECK(localTexts(october, berlin).filter(QStringLiteral("09:00")).size() == 3);
}

TEST_CASE("Local times in a DST gap move forward, ambiguous ones take the first", "[repeat]")
{
    const QTimeZone berlin("Europe/Berlin");
    // 28 March 2027 02:30 does not exist in Berlin: it becomes 03:30 CEST.
    const QDateTime gap = ZonedTime::fromLocal(QDate(2027, 3, 28), QTime(2, 30), berlin);
    CHECK(ZonedTime::utcText(gap) == QStringLiteral("2027-03-28T01:30:00Z"));
    CHECK(gap.toTimeZone(berlin).time() == QTime(3, 30));
    // 31 October 2027 02:30 happens twice: the first, still CEST.
    const QDateTime twice = ZonedTime::fromLocal(QDate(2027, 10, 31), QTime(2, 30), berlin);
    CHECK(ZonedTime::utcText(twice) == QStringLiteral("2027-10-31T00:30:00Z"));

    const QDateTime start = at(berlin, 2027, 3, 27, 2, 30);
    CHECK(utcTexts(rule(QStringLiteral("FREQ=DAILY;COUNT=3"))
                       .occurrences(start, start, start.addDays(5))) ==
          QStringList{QStringLiteral("2027-03-27T01:30:00Z"),
                      QStringLiteral("2027-03-28T01:30:00Z"),
                      QStringLiteral("2027-03-29T00:30:00Z")});
}

TEST_CASE("A daily series over years lands where each day's own zone lookup puts it", "[repeat]")
{
    // The series asks the zone once between transitions: six changes in
    // three years, each gap and each doubled hour among them.
    for (const char *id : {"Europe/Berlin", "America/New_York", "Europe/Moscow"}) {
        const QTimeZone zone(id);
        INFO(id);
        const QDateTime start = at(zone, 2027, 1, 1, 2, 30);
        const QList<QDateTime> days =
            rule(QStringLiteral("FREQ=DAILY")).occurrences(start, start, start.addYears(3), 2000);
        REQUIRE(days.size() == 1096);
        int mismatches = 0;
        for (const QDateTime &day : days) {
            const QDate date = day.toTimeZone(zone).date();
            mismatches += ZonedTime::fromLocal(date, QTime(2, 30), zone) != day ? 1 : 0;
        }
        CHECK(mismatches == 0);
    }
}

TEST_CASE("A zone's remembered offset never reaches back over a transition", "[repeat]")
{
    ZoneOffsets berlin(QTimeZone("Europe/Berlin"));
    // Summer time ends at 01:00 UTC on 31 October 2027, asked first at that
    // very instant, then just before it.
    const qint64 change = QDateTime(QDate(2027, 10, 31), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    CHECK(berlin.offsetAt(change) == 3600);
    CHECK(berlin.offsetAt(change - 1) == 7200);
    CHECK(berlin.offsetAt(change + 3600 * 1000) == 3600);
    CHECK(berlin.offsetAt(change - 1) == 7200);
    // 02:00 happens twice that night: the first, still summer time.
    CHECK(ZonedTime::utcText(berlin.fromLocal(QDate(2027, 10, 31), QTime(2, 0))) ==
          QStringLiteral("2027-10-31T00:00:00Z"));
    CHECK(berlin.fromLocal(QDate(2027, 10, 31), QTime(2, 0)).offsetFromUtc() == 7200);
    // 02:30 on 28 March 2027 does not exist: 03:30 summer time.
    const QDateTime gap = berlin.fromLocal(QDate(2027, 3, 28), QTime(2, 30));
    CHECK(ZonedTime::utcText(gap) == QStringLiteral("2027-03-28T01:30:00Z"));
    CHECK(gap.time() == QTime(3, 30));
}

TEST_CASE("nextAfter gives the first occurrence strictly after a time", "[repeat]")
{
    const QTimeZone moscow("Europe/Moscow");
    const QDateTime start = at(moscow, 2026, 12, 1);
    const RepeatRule weekly = rule(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3"));
    CHECK(weekly.nextAfter(start, start.addSecs(-60)) == start);
    CHECK(weekly.nextAfter(start, start) == at(moscow, 2026, 12, 4));
    CHECK(weekly.nextAfter(start, at(moscow, 2026, 12, 4)) == at(moscow, 2026, 12, 8));
    CHECK_FALSE(weekly.nextAfter(start, at(moscow, 2026, 12, 8)).has_value());
    CHECK(rule(QStringLiteral("FREQ=DAILY")).nextAfter(start, at(moscow, 2036, 5, 5, 12)) ==
          at(moscow, 2036, 5, 6));
    CHECK_FALSE(RepeatRule().nextAfter(start, start).has_value());
}

TEST_CASE("describe() says the rule in words", "[repeat]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(rule(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10")).describe() ==
          QStringLiteral("Every 2 weeks on Mon, Wed, 10 times"));
    CHECK(rule(QStringLiteral("FREQ=DAILY")).describe() == QStringLiteral("Every day"));
    CHECK(rule(QStringLiteral("FREQ=YEARLY;UNTIL=20301231")).describe() ==
          QStringLiteral("Every year, until 12/31/30"));
    CHECK(RepeatRule().describe() == QStringLiteral("Does not repeat"));
}
