// The week and month views driven with the mouse: a range dragged over empty time
// becomes an event, an event dragged to another day and hour moves there,
// an occurrence of a repeating event moves alone; the current-time line is
// drawn where the clock says.
#include "catchqt.h"
#include "testdatabase.h"

#include "calendar/clock.h"
#include "calendar/eventrepository.h"
#include "calendar/monthview.h"
#include "calendar/weekview.h"
#include "calendar/zonedtime.h"

#include <QImage>
#include <QTest>

namespace {
class FixedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2030, 6, 2 + day), QTime(hour, minute)); // day 1: Monday 3 June
}

// The point in the middle of a quarter hour, so rounding cannot go either way.
QPoint at(const WeekView &view, const QDateTime &t)
{
    return view.pointAt(t) + QPoint(view.width() / 20, 3);
}

int indexOf(const WeekView &view, const QString &title)
{
    for (int i = 0; i < view.items().size(); ++i)
        if (view.items().at(i).title == title)
            return int(i);
    return -1;
}
} // namespace

TEST_CASE("A range dragged in the week view becomes an event, an event dragged moves",
          "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(2, 12, 30).toUTC(); // Tuesday 12:30
    EventRepository events(t.db());
    Event meeting;
    meeting.title = QStringLiteral("Встреча");
    meeting.start = local(1, 10).toUTC();
    meeting.end = local(1, 11).toUTC();
    QString error;
    REQUIRE(events.create(meeting, &error));

    WeekView view(t.db(), clock);
    view.resize(980, 24 * 30 + 60);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.monday() == QDate(2030, 6, 3));
    REQUIRE(view.items().size() == 1);

    // Wednesday 14:00 to 15:00 dragged over: a new event of that hour.
    qint64 created = 0;
    QObject::connect(&view, &WeekView::eventCreated, &view, [&](qint64 id) { created = id; });
    QTest::mousePress(&view, Qt::LeftButton, {}, at(view, local(3, 14)));
    QTest::mouseMove(&view, at(view, local(3, 14, 45)));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, at(view, local(3, 14, 45)));
    REQUIRE(created > 0);
    const Event made = *events.load(created);
    CHECK(made.start == local(3, 14).toUTC());
    CHECK(made.end == local(3, 15).toUTC());
    CHECK(view.items().size() == 2);

    // The meeting dragged from Monday 10:00 to Thursday 15:30.
    const int index = indexOf(view, QStringLiteral("Встреча"));
    REQUIRE(index >= 0);
    const QRect r = view.itemRect(index);
    REQUIRE(r.contains(at(view, local(1, 10))));
    QTest::mousePress(&view, Qt::LeftButton, {}, at(view, local(1, 10)));
    QTest::mouseMove(&view, at(view, local(4, 15, 30)));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, at(view, local(4, 15, 30)));
    const Event moved = *events.load(meeting.id);
    CHECK(moved.start == local(4, 15, 30).toUTC());
    CHECK(moved.end == local(4, 16, 30).toUTC());

    // The current-time line: red across Tuesday at 12:30.
    const QImage shot = view.grab().toImage();
    const QPoint now = view.pointAt(clock.m_now) + QPoint(view.width() / 20, 0);
    const QColor line = shot.pixelColor(now);
    CHECK(line.red() > 180);
    CHECK(line.green() < 90);
}

TEST_CASE("Dragging an occurrence of a repeating event moves only that one", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    EventRepository events(t.db());
    Event daily;
    daily.title = QStringLiteral("Планёрка");
    daily.start = local(1, 9).toUTC();
    daily.end = local(1, 9, 30).toUTC();
    daily.repeat = *RepeatRule::fromRrule(QStringLiteral("FREQ=DAILY;COUNT=5"));
    QString error;
    REQUIRE(events.create(daily, &error));

    WeekView view(t.db(), clock);
    view.resize(980, 24 * 30 + 60);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.items().size() == 5);
    // Wednesday's to 11:00 the same day.
    QTest::mousePress(&view, Qt::LeftButton, {}, at(view, local(3, 9)));
    QTest::mouseMove(&view, at(view, local(3, 11)));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, at(view, local(3, 11)));
    const Event after = *events.load(daily.id);
    REQUIRE(after.exceptions.size() == 1);
    CHECK(after.exceptions.first().originalStart == local(3, 9).toUTC());
    CHECK(after.exceptions.first().start == local(3, 11).toUTC());
    CHECK(after.start == local(1, 9).toUTC());
    QStringList starts;
    for (const CalendarItem &i : view.items())
        starts << i.start.toLocalTime().toString(QStringLiteral("ddd HH:mm"));
    CHECK(starts.size() == 5);
    CHECK(starts.contains(local(3, 11).toString(QStringLiteral("ddd HH:mm"))));
    CHECK_FALSE(starts.contains(local(3, 9).toString(QStringLiteral("ddd HH:mm"))));
}

TEST_CASE("The month view puts items on their days and says how many more there are",
          "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    EventRepository events(t.db());
    QString error;
    // Thirty calls on Tuesday 4 June, a three-day fair from Thursday 6th.
    for (int i = 0; i < 30; ++i) {
        Event call;
        call.title = QStringLiteral("Call %1").arg(i);
        call.start = local(2, 9).addSecs(i * 600).toUTC();
        call.end = call.start.addSecs(600);
        REQUIRE(events.create(call, &error));
    }
    Event fair;
    fair.title = QStringLiteral("Выставка");
    fair.allDay = true;
    fair.startDate = QDate(2030, 6, 6);
    fair.endDate = QDate(2030, 6, 9);
    REQUIRE(events.create(fair, &error));

    MonthView view(t.db(), clock);
    view.resize(900, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.month() == QDate(2030, 6, 1));
    CHECK(view.firstShown() == QDate(2030, 5, 27)); // the Monday before 1 June
    CHECK(view.itemsOn(QDate(2030, 6, 4)).size() == 30);
    for (int d = 6; d <= 8; ++d)
        CHECK(view.itemsOn(QDate(2030, 6, d)).size() == 1);
    CHECK(view.itemsOn(QDate(2030, 6, 9)).isEmpty());
    CHECK(view.linesPerCell() < 30); // so "+N more" is drawn
    CHECK(view.dayAt(view.cellRect(QDate(2030, 6, 4)).center()) == QDate(2030, 6, 4));

    QDate activated;
    QObject::connect(&view, &MonthView::dayActivated, &view,
                     [&](const QDate &d) { activated = d; });
    QTest::mouseDClick(&view, Qt::LeftButton, {}, view.cellRect(QDate(2030, 6, 7)).center());
    CHECK(activated == QDate(2030, 6, 7));
    const QImage shot = view.grab().toImage();
    CHECK(!shot.isNull());
}
