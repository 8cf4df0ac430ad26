// The week and month views driven with the mouse: a range dragged over empty time
// becomes an event, an event dragged to another day and hour moves there,
// an occurrence of a repeating event moves alone; the current-time line is
// drawn where the clock says.
#include "catchqt.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "calendar/agendamodel.h"
#include "calendar/calendarsection.h"
#include "calendar/clock.h"
#include "calendar/eventdialog.h"
#include "calendar/eventrepository.h"
#include "calendar/monthview.h"
#include "calendar/reminderrepository.h"
#include "calendar/reminderscheduler.h"
#include "calendar/reminderwindow.h"
#include "calendar/weekview.h"
#include "calendar/zonedtime.h"
#include "settings/settingsdialog.h"

#include "clients/clientrepository.h"
#include "deals/pipelinerepository.h"
#include "demo/demogenerator.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"
#include "tasks/repeatruleeditor.h"

#include <algorithm>
#include <functional>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

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
    // Three deals expected to close on Wednesday 5 June, one on Friday 7th.
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    Client client;
    client.kind = Client::Kind::Company;
    client.name = QStringLiteral("ООО Ромашка");
    REQUIRE(ClientRepository(t.db()).save(client));
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO deals(client_id, title, pipeline_id, stage_id, expected_close, "
        "stage_entered_at, created_at, updated_at) VALUES (?, ?, (SELECT id FROM pipelines "
        "LIMIT 1), (SELECT id FROM stages LIMIT 1), ?, '2030-01-01T00:00:00Z', "
        "'2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z')"));
    for (const auto &[title, day] : {std::pair{"Бумага", "2030-06-05"},
                                     {"Картон", "2030-06-05"},
                                     {"Клей", "2030-06-05"},
                                     {"Скрепки", "2030-06-07"}}) {
        q.addBindValue(client.id);
        q.addBindValue(QString::fromUtf8(title));
        q.addBindValue(QString::fromLatin1(day));
        REQUIRE(q.exec());
    }

    MonthView view(t.db(), clock);
    view.resize(900, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.month() == QDate(2030, 6, 1));
    CHECK(view.firstShown() == QDate(2030, 5, 27)); // the Monday before 1 June
    CHECK(view.itemsOn(QDate(2030, 6, 4)).size() == 30);
    // A day's expected closes are one line that counts them; a day's only
    // deal is named.
    const QList<int> fifth = view.itemsOn(QDate(2030, 6, 5));
    REQUIRE(fifth.size() == 1);
    CHECK(view.items().at(fifth.first()).title == QStringLiteral("3 deals expected to close"));
    QStringList seventh;
    for (int i : view.itemsOn(QDate(2030, 6, 7)))
        seventh << view.items().at(i).title;
    CHECK(seventh ==
          QStringList{QStringLiteral("Выставка"), QStringLiteral("Expected close: Скрепки")});
    for (int d : {6, 8})
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

namespace {
Event oneHour(EventRepository &events, const QString &title, const QDateTime &start,
              const QString &rrule = {})
{
    Event e;
    e.title = title;
    e.start = start.toUTC();
    e.end = start.addSecs(3600).toUTC();
    if (!rrule.isEmpty())
        e.repeat = *RepeatRule::fromRrule(rrule);
    QString error;
    REQUIRE(events.create(e, &error));
    return e;
}

void press(QWidget *w, Qt::Key key)
{
    QTest::keyClick(w, key);
}

// Answers the event card that the next call opens (modal) with `fill`,
// then saves it; `seen` tells whether it came.
void answerEventDialog(std::function<void(EventDialog *)> fill, bool *seen)
{
    *seen = false;
    QTimer::singleShot(0, qApp, [fill, seen] {
        auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        fill(dialog);
        dialog->accept();
    });
}
} // namespace

TEST_CASE("The calendar section switches views and days from the keyboard", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(3, 12).toUTC(); // Wednesday 5 June 2030
    TestMessenger messenger;
    QUndoStack undo;
    EventRepository events(t.db());
    oneHour(events, QStringLiteral("Today's call"), local(3, 15));
    oneHour(events, QStringLiteral("Next month"), QDateTime(QDate(2030, 7, 10), QTime(10, 0)));

    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1100, 800);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    CHECK(section.todayEventCount() == 1);
    CHECK(section.mode() == CalendarSection::Mode::Week);
    CHECK(section.weekView()->monday() == QDate(2030, 6, 3));
    CHECK(section.weekView()->dayCount() == 7);
    section.weekView()->setFocus();

    press(section.weekView(), Qt::Key_Right);
    CHECK(section.date() == QDate(2030, 6, 6));
    press(section.weekView(), Qt::Key_Down); // a week on: the next week shows
    CHECK(section.date() == QDate(2030, 6, 13));
    CHECK(section.weekView()->monday() == QDate(2030, 6, 10));
    press(section.weekView(), Qt::Key_T);
    CHECK(section.date() == QDate(2030, 6, 5));
    CHECK(section.weekView()->monday() == QDate(2030, 6, 3));

    press(section.weekView(), Qt::Key_D);
    CHECK(section.mode() == CalendarSection::Mode::Day);
    CHECK(section.weekView()->dayCount() == 1);
    CHECK(section.weekView()->monday() == QDate(2030, 6, 5));
    REQUIRE(section.weekView()->items().size() == 1);
    CHECK(section.weekView()->items().first().title == QStringLiteral("Today's call"));
    CHECK(section.findChild<QAction *>(QStringLiteral("dayViewAction"))->isChecked());
    press(section.weekView(), Qt::Key_Left);
    CHECK(section.weekView()->monday() == QDate(2030, 6, 4));
    CHECK(section.weekView()->items().isEmpty());

    press(section.weekView(), Qt::Key_M);
    CHECK(section.mode() == CalendarSection::Mode::Month);
    CHECK(section.monthView()->isVisible());
    CHECK(section.titleLabel()->text().contains(QStringLiteral("2030")));
    section.monthView()->setFocus();
    press(section.monthView(), Qt::Key_PageDown); // July
    CHECK(section.monthView()->month() == QDate(2030, 7, 1));
    CHECK(section.monthView()->itemsOn(QDate(2030, 7, 10)).size() == 1);

    press(section.monthView(), Qt::Key_A);
    CHECK(section.mode() == CalendarSection::Mode::Agenda);
    CHECK(section.agendaView()->isVisible());
    press(section.agendaView(), Qt::Key_T);
    CHECK(section.date() == QDate(2030, 6, 5));
    // Today's heading, its call; the July meeting further down under its own day.
    AgendaModel *agenda = section.agendaModel();
    REQUIRE(agenda->rowCount() >= 2);
    CHECK(agenda->isHeader(0));
    CHECK(agenda->data(agenda->index(0), Qt::DisplayRole)
              .toString()
              .startsWith(QStringLiteral("Today")));
    CHECK(agenda->item(1)->title == QStringLiteral("Today's call"));
    while (agenda->canFetchMore({}))
        agenda->fetchMore({});
    REQUIRE(agenda->rowCount() == 4);
    CHECK(agenda->data(agenda->index(2), AgendaModel::DateRole).toDate() == QDate(2030, 7, 10));
    CHECK(agenda->item(3)->title == QStringLiteral("Next month"));

    press(section.agendaView(), Qt::Key_W);
    CHECK(section.mode() == CalendarSection::Mode::Week);
    CHECK(section.weekView()->isVisible());
}

TEST_CASE("The agenda reads a month at a time as it scrolls", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    EventRepository events(t.db());
    // Every day for a year at 10:00.
    oneHour(events, QStringLiteral("Daily"), local(1, 10), QStringLiteral("FREQ=DAILY;COUNT=400"));
    AgendaModel model(t.db());
    model.setStart(QDate(2030, 6, 3));
    model.reload();
    CHECK(model.rowCount() == 2 * AgendaModel::ChunkDays); // a heading and the item a day
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 4 * AgendaModel::ChunkDays);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 2 * AgendaModel::HorizonDays);
    CHECK(model.loadedUntil() == QDate(2030, 6, 3).addDays(AgendaModel::HorizonDays));
}

TEST_CASE("Moving and resizing in the section's week saves and undoes", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    EventRepository events(t.db());
    const Event meeting = oneHour(events, QStringLiteral("Встреча"), local(1, 10));

    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1100, 24 * 30 + 120);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    int changes = 0;
    QObject::connect(&section, &CalendarSection::eventsChanged, &section, [&] { ++changes; });
    WeekView *view = section.weekView();

    // Moved from Monday 10:00 to Tuesday 14:00.
    QTest::mousePress(view, Qt::LeftButton, {}, at(*view, local(1, 10)));
    QTest::mouseMove(view, at(*view, local(2, 14)));
    QTest::mouseRelease(view, Qt::LeftButton, {}, at(*view, local(2, 14)));
    CHECK(events.load(meeting.id)->start == local(2, 14).toUTC());
    CHECK(undo.count() == 1);
    CHECK(changes >= 1);

    // Its bottom edge dragged from 15:00 down to 16:30.
    const QRect r = view->itemRect(indexOf(*view, QStringLiteral("Встреча")));
    REQUIRE(!r.isEmpty());
    const QPoint edge(r.center().x(), r.bottom() - 1);
    QTest::mousePress(view, Qt::LeftButton, {}, edge);
    QTest::mouseMove(view, at(*view, local(2, 16, 15)));
    QTest::mouseRelease(view, Qt::LeftButton, {}, at(*view, local(2, 16, 15)));
    Event resized = *events.load(meeting.id);
    CHECK(resized.start == local(2, 14).toUTC());
    CHECK(resized.end == local(2, 16, 30).toUTC());
    CHECK(undo.count() == 2);

    undo.undo();
    CHECK(events.load(meeting.id)->end == local(2, 15).toUTC());
    undo.undo();
    CHECK(events.load(meeting.id)->start == local(1, 10).toUTC());
    CHECK(events.load(meeting.id)->end == local(1, 11).toUTC());
    CHECK(view->itemRect(indexOf(*view, QStringLiteral("Встреча")))
              .contains(at(*view, local(1, 10))));
    undo.redo();
    CHECK(events.load(meeting.id)->start == local(2, 14).toUTC());
    CHECK(messenger.errors.isEmpty());
}

TEST_CASE("Delete asks, and for a repeating event this occurrence or the whole series",
          "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    EventRepository events(t.db());
    const Event daily = oneHour(events, QStringLiteral("Планёрка"), local(1, 9),
                                QStringLiteral("FREQ=DAILY;COUNT=5"));
    const Event single = oneHour(events, QStringLiteral("Звонок"), local(2, 15));

    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1100, 24 * 30 + 120);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    WeekView *view = section.weekView();
    REQUIRE(view->items().size() == 6);

    // Wednesday's occurrence clicked, Delete, "This occurrence".
    QTest::mouseClick(view, Qt::LeftButton, {}, at(*view, local(3, 9)));
    REQUIRE(view->selectedItem() >= 0);
    messenger.choiceAnswer = 0;
    press(view, Qt::Key_Delete);
    REQUIRE(messenger.choiceQuestions.size() == 1);
    CHECK(messenger.choiceQuestions.first().contains(QStringLiteral("Планёрка")));
    const Event after = *events.load(daily.id);
    REQUIRE(after.exceptions.size() == 1);
    CHECK(after.exceptions.first().cancelled);
    CHECK(after.exceptions.first().originalStart == local(3, 9).toUTC());
    CHECK(view->items().size() == 5);

    // The single call: refused once, then deleted.
    QTest::mouseClick(view, Qt::LeftButton, {}, at(*view, local(2, 15)));
    messenger.confirmAnswer = false;
    press(view, Qt::Key_Delete);
    CHECK(events.load(single.id).has_value());
    messenger.confirmAnswer = true;
    press(view, Qt::Key_Delete);
    CHECK_FALSE(events.load(single.id).has_value());
    CHECK(messenger.confirmations == 2);

    // Thursday's occurrence, "The whole series".
    QTest::mouseClick(view, Qt::LeftButton, {}, at(*view, local(4, 9)));
    messenger.choiceAnswer = 1;
    press(view, Qt::Key_Delete);
    CHECK_FALSE(events.load(daily.id).has_value());
    CHECK(view->items().isEmpty());
}

TEST_CASE("The working day comes from the business settings and is checked", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    SettingsRepository settings(t.db());
    BusinessSettings business(settings);
    QString error;
    CHECK_FALSE(
        business.setValue(QStringLiteral("calendar.work_start"), QStringLiteral("25:00"), &error));
    CHECK(error.contains(QStringLiteral("25:00")));
    REQUIRE(
        business.setValue(QStringLiteral("calendar.work_start"), QStringLiteral("08:30"), &error));
    REQUIRE(
        business.setValue(QStringLiteral("calendar.work_end"), QStringLiteral("17:00"), &error));

    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    CHECK(section.workStart() == QTime(8, 30));
    CHECK(section.workEnd() == QTime(17, 0));
    section.resize(1100, 24 * 30 + 120);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    // Off hours are shaded: 08:00 on a Monday differs from 12:00 there.
    WeekView *view = section.weekView();
    const QImage shot = view->grab().toImage();
    const QPoint early = view->pointAt(local(1, 8)) + QPoint(view->width() / 20, 10);
    const QPoint noon = view->pointAt(local(1, 12)) + QPoint(view->width() / 20, 10);
    CHECK(shot.pixelColor(early) != shot.pixelColor(noon));

    // A new event on a day other than today starts with the working day.
    section.setDate(QDate(2030, 6, 4));
    bool seen = false;
    answerEventDialog(
        [](EventDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("eventTitleLineEdit"))
                ->setText(QStringLiteral("Обход склада"));
        },
        &seen);
    const qint64 id = section.newEvent();
    CHECK(seen);
    REQUIRE(id > 0);
    CHECK(EventRepository(t.db()).load(id)->start ==
          QDateTime(QDate(2030, 6, 4), QTime(8, 30)).toUTC());
}

TEST_CASE("A due reminder appears in the reminder window, snoozes and is dismissed",
          "[ui][calendar][reminders]")
{
    TestDatabase t;
    FixedClock clock;
    // Within the scheduler's longest sleep (an hour) of the reminder, so it sleeps until it.
    clock.m_now = local(1, 10).toUTC();
    TestMessenger messenger;
    EventRepository events(t.db());
    const Event call = oneHour(events, QStringLiteral("Звонок в Ромашку"), local(1, 11));
    ReminderRepository reminders(t.db());
    QString error;
    REQUIRE(reminders.setForEvent(call.id, ReminderSpec::before(15), clock.m_now, &error));
    const qint64 reminderId = reminders.forEvent(call.id)->id;

    ReminderScheduler scheduler(t.db(), clock);
    ReminderWindow window(t.db(), clock, messenger);
    QObject::connect(&scheduler, &ReminderScheduler::remindersDue, &window,
                     &ReminderWindow::addReminders);
    QObject::connect(&window, &ReminderWindow::remindersChanged, &scheduler,
                     &ReminderScheduler::reschedule);
    scheduler.start();
    CHECK(window.reminders().isEmpty());
    CHECK_FALSE(window.isVisible());
    CHECK(scheduler.wakeAt() == local(1, 10, 45).toUTC());

    // 10:45: due; the window lists it with the meeting's time.
    clock.m_now = local(1, 10, 45).toUTC();
    scheduler.checkNow();
    REQUIRE(window.isVisible());
    REQUIRE(window.tree()->topLevelItemCount() == 1);
    QTreeWidgetItem *row = window.tree()->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("Звонок в Ромашку"));
    CHECK(row->text(1).contains(QStringLiteral("11:00")));
    CHECK_FALSE(row->text(2).contains(QStringLiteral("missed")));
    // A second look at the same moment fires nothing again.
    scheduler.checkNow();
    CHECK(window.tree()->topLevelItemCount() == 1);

    // Snooze 15 minutes: due again at 11:00, gone from the window.
    window.selectRow(0);
    window.findChild<QAction *>(QStringLiteral("snooze15Action"))->trigger();
    const Reminder snoozed = *reminders.load(reminderId);
    CHECK(snoozed.state == Reminder::State::Snoozed);
    CHECK(snoozed.dueAt == local(1, 11).toUTC());
    CHECK(window.tree()->topLevelItemCount() == 0);
    CHECK_FALSE(window.isVisible());
    CHECK(scheduler.wakeAt() == local(1, 11).toUTC());

    // 11:00: back; Dismiss removes it for good.
    clock.m_now = local(1, 11).toUTC();
    scheduler.checkNow();
    REQUIRE(window.tree()->topLevelItemCount() == 1);
    window.selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissPushButton")),
                      Qt::LeftButton);
    CHECK(reminders.load(reminderId)->state == Reminder::State::Dismissed);
    CHECK(window.tree()->topLevelItemCount() == 0);
    CHECK_FALSE(scheduler.wakeAt().isValid());
    CHECK(messenger.errors.isEmpty());
}

TEST_CASE("A reminder that came due while the program was closed is shown missed at start",
          "[ui][calendar][reminders]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    EventRepository events(t.db());
    const Event call = oneHour(events, QStringLiteral("Встреча"), local(1, 10));
    ReminderRepository reminders(t.db());
    QString error;
    REQUIRE(reminders.setForEvent(call.id, ReminderSpec::before(30), clock.m_now, &error));

    // The program starts again at 12:00: the 09:30 reminder was missed.
    clock.m_now = local(1, 12).toUTC();
    ReminderScheduler scheduler(t.db(), clock);
    ReminderWindow window(t.db(), clock, messenger);
    window.setWorkStart(QTime(8, 30));
    QObject::connect(&scheduler, &ReminderScheduler::remindersDue, &window,
                     &ReminderWindow::addReminders);
    scheduler.start();
    REQUIRE(window.isVisible());
    REQUIRE(window.tree()->topLevelItemCount() == 1);
    const QString due = window.tree()->topLevelItem(0)->text(2);
    CHECK(due.contains(QStringLiteral("missed")));
    CHECK(due.contains(QStringLiteral("9:30")));

    // Tomorrow morning: the start of the working day.
    window.selectRow(0);
    window.snoozeTomorrowMorning();
    CHECK(window.reminders().isEmpty());
    CHECK(reminders.forEvent(call.id)->dueAt == QDateTime(QDate(2030, 6, 4), QTime(8, 30)).toUTC());
}

TEST_CASE("The event card saves links, attendees, the reminder and the repeat rule",
          "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    ClientRepository clients(t.db());
    Client romashka;
    romashka.kind = Client::Kind::Company;
    romashka.name = QStringLiteral("ООО Ромашка");
    ContactPerson ivan;
    ivan.lastName = QStringLiteral("Сидоров");
    ivan.firstName = QStringLiteral("Иван");
    ContactPerson olga;
    olga.lastName = QStringLiteral("Петрова");
    olga.firstName = QStringLiteral("Ольга");
    romashka.contacts << ivan << olga;
    QString error;
    REQUIRE(clients.save(romashka, &error));
    romashka = *clients.load(romashka.id);
    REQUIRE(romashka.contacts.size() == 2);

    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1100, 800);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    bool seen = false;
    answerEventDialog(
        [&](EventDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("eventTitleLineEdit"))
                ->setText(QStringLiteral("Переговоры"));
            d->findChild<QDateTimeEdit *>(QStringLiteral("eventStartDateTimeEdit"))
                ->setDateTime(local(2, 14));
            d->findChild<QDateTimeEdit *>(QStringLiteral("eventEndDateTimeEdit"))
                ->setDateTime(local(2, 15, 30));
            d->findChild<QLineEdit *>(QStringLiteral("eventLocationLineEdit"))
                ->setText(QStringLiteral("Офис клиента"));
            d->setClient(romashka.id);
            auto *contact = d->findChild<QComboBox *>(QStringLiteral("eventContactComboBox"));
            contact->setCurrentIndex(contact->findData(romashka.contacts.at(1).id));
            auto *attendees =
                d->findChild<QListWidget *>(QStringLiteral("eventAttendeesListWidget"));
            CHECK(attendees->count() == 2);
            for (int i = 0; i < attendees->count(); ++i)
                attendees->item(i)->setCheckState(Qt::Checked);
            auto *reminder = d->findChild<QComboBox *>(QStringLiteral("eventReminderComboBox"));
            reminder->setCurrentIndex(reminder->findData(30));
            RepeatRule weekly;
            weekly.frequency = RepeatRule::Frequency::Weekly;
            weekly.count = 4;
            d->findChild<RepeatRuleEditor *>(QStringLiteral("eventRepeatRuleEditor"))
                ->setRule(weekly);
        },
        &seen);
    const qint64 id = section.newEvent();
    REQUIRE(seen);
    REQUIRE(id > 0);
    const Event e = *EventRepository(t.db()).load(id);
    CHECK(e.title == QStringLiteral("Переговоры"));
    CHECK(e.start == local(2, 14).toUTC());
    CHECK(e.end == local(2, 15, 30).toUTC());
    CHECK(e.location == QStringLiteral("Офис клиента"));
    CHECK(e.clientId == romashka.id);
    CHECK(e.contactId == romashka.contacts.at(1).id);
    CHECK(e.attendees.size() == 2);
    CHECK(e.repeat.frequency == RepeatRule::Frequency::Weekly);
    CHECK(e.repeat.count == 4);
    const std::optional<Reminder> r = ReminderRepository(t.db()).forEvent(id);
    REQUIRE(r.has_value());
    CHECK(r->dueAt == local(2, 13, 30).toUTC());
    // The week shows it on Tuesday.
    CHECK(indexOf(*section.weekView(), QStringLiteral("Переговоры")) >= 0);
}

TEST_CASE("Editing one occurrence of a series moves it alone; the series edit changes all",
          "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    ClientRepository clients(t.db());
    EventRepository events(t.db());
    const Event daily = oneHour(events, QStringLiteral("Планёрка"), local(1, 9),
                                QStringLiteral("FREQ=DAILY;COUNT=5"));
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1100, 24 * 30 + 120);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));

    // Wednesday's occurrence, "This occurrence": 9:00 becomes 16:00.
    messenger.choiceAnswer = 0;
    bool seen = false;
    bool titleEnabled = true;
    answerEventDialog(
        [&](EventDialog *d) {
            titleEnabled =
                d->findChild<QLineEdit *>(QStringLiteral("eventTitleLineEdit"))->isEnabled();
            auto *start = d->findChild<QDateTimeEdit *>(QStringLiteral("eventStartDateTimeEdit"));
            CHECK(start->dateTime() == local(3, 9));
            start->setDateTime(local(3, 16));
            d->findChild<QDateTimeEdit *>(QStringLiteral("eventEndDateTimeEdit"))
                ->setDateTime(local(3, 17));
        },
        &seen);
    REQUIRE(section.editEvent(daily.id, local(3, 9).toUTC()));
    CHECK(seen);
    CHECK_FALSE(titleEnabled); // the title belongs to the series
    REQUIRE(messenger.choiceQuestions.size() == 1);
    Event after = *events.load(daily.id);
    REQUIRE(after.exceptions.size() == 1);
    CHECK(after.exceptions.first().start == local(3, 16).toUTC());
    CHECK(after.start == local(1, 9).toUTC());
    CHECK(undo.count() == 1);
    undo.undo();
    CHECK(events.load(daily.id)->exceptions.isEmpty());
    undo.redo();
    CHECK(events.load(daily.id)->exceptions.size() == 1);

    // "The whole series": renamed, every occurrence shows the new title.
    messenger.choiceAnswer = 1;
    answerEventDialog(
        [](EventDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("eventTitleLineEdit"))
                ->setText(QStringLiteral("Утренняя планёрка"));
        },
        &seen);
    REQUIRE(section.editEvent(daily.id, local(2, 9).toUTC()));
    CHECK(seen);
    after = *events.load(daily.id);
    CHECK(after.title == QStringLiteral("Утренняя планёрка"));
    CHECK(after.exceptions.size() == 1); // the moved one stays moved
    REQUIRE(section.weekView()->items().size() == 5);
    for (const CalendarItem &item : section.weekView()->items())
        CHECK(item.title == QStringLiteral("Утренняя планёрка"));
}

TEST_CASE("The week on screen exports to .ics and imports into another base; a bad file "
          "imports nothing",
          "[ui][calendar][ics]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    EventRepository events(t.db());
    oneHour(events, QStringLiteral("Встреча в «Ромашке»"), local(2, 10));
    oneHour(events, QStringLiteral("Next week"), local(8, 10));
    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    QStringList status;
    QObject::connect(&section, &CalendarSection::statusMessage, &section,
                     [&](const QString &text) { status << text; });
    section.setDate(QDate(2030, 6, 4));
    CHECK(section.shownRange() == std::pair(QDate(2030, 6, 3), QDate(2030, 6, 10)));
    const QString path = t.dir() + QStringLiteral("/неделя.ics");
    REQUIRE(section.exportTo(path));
    REQUIRE(status.size() == 1);
    CHECK(status.last().startsWith(QStringLiteral("1 event(s) and 0 task(s) written to")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(text.contains(QStringLiteral("SUMMARY:Встреча в «Ромашке»")));
    CHECK_FALSE(text.contains(QStringLiteral("Next week")));

    // Into another base: the event is there, in its week.
    TestDatabase other;
    ClientRepository otherClients(other.db());
    CalendarSection second(other.db(), otherClients, clock, messenger, &undo);
    QObject::connect(&second, &CalendarSection::statusMessage, &second,
                     [&](const QString &text) { status << text; });
    second.setDate(QDate(2030, 6, 4));
    REQUIRE(second.importFrom(path));
    CHECK(status.last().endsWith(QStringLiteral(": 1 new, 0 updated.")));
    REQUIRE(second.weekView()->items().size() == 1);
    CHECK(second.weekView()->items().first().title == QStringLiteral("Встреча в «Ромашке»"));
    CHECK(second.weekView()->items().first().start == local(2, 10).toUTC());
    // Again: the same UID updates, never doubles.
    REQUIRE(second.importFrom(path));
    CHECK(status.last().endsWith(QStringLiteral(": 0 new, 1 updated.")));
    CHECK(second.weekView()->items().size() == 1);

    // A broken file: the error names the problem, nothing is imported.
    const QString bad = t.dir() + QStringLiteral("/bad.ics");
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\n"
                  "DTSTART:20300605T100000Z\r\nSUMMARY:Half\r\n");
    badFile.close();
    CHECK_FALSE(second.importFrom(bad));
    REQUIRE(messenger.errors.size() == 1);
    CHECK(messenger.errors.first().contains(QStringLiteral("Nothing was imported")));
    CHECK(second.weekView()->items().size() == 1);
}

TEST_CASE("Working hours and the reminder of a new event are chosen and checked", "[ui][calendar]")
{
    TestDatabase t;
    FixedClock clock;
    clock.m_now = local(1, 8).toUTC();
    TestMessenger messenger;
    QUndoStack undo;
    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    CHECK(section.workStart() == QTime(9, 0));

    bool seen = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        CHECK(dialog->pageList()->isHidden());
        auto *reminder = dialog->findChild<QComboBox *>(QStringLiteral("defaultReminderComboBox"));
        CHECK(reminder->currentData().toInt() == 15);
        reminder->setCurrentIndex(reminder->findData(60));
        auto *start = dialog->findChild<QTimeEdit *>(QStringLiteral("workStartTimeEdit"));
        auto *end = dialog->findChild<QTimeEdit *>(QStringLiteral("workEndTimeEdit"));
        CHECK(start->time() == QTime(9, 0));
        CHECK(end->time() == QTime(18, 0));
        // Ending before it starts is refused and said.
        start->setTime(QTime(19, 0));
        dialog->accept();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("workingHoursProblemLabel"));
        CHECK(dialog->isVisible());
        CHECK(problem->text() == QStringLiteral("The working day must end after it starts."));
        start->setTime(QTime(8, 0));
        end->setTime(QTime(17, 30));
        dialog->accept();
    });
    section.findChild<QAction *>(QStringLiteral("workingHoursAction"))->trigger();
    CHECK(seen);
    CHECK(section.workStart() == QTime(8, 0));
    CHECK(section.workEnd() == QTime(17, 30));
    SettingsRepository settings(t.db());
    CHECK(BusinessSettings(settings).value(QStringLiteral("calendar.work_end")) ==
          QStringLiteral("17:30"));
    CHECK(BusinessSettings(settings).value(QStringLiteral("calendar.default_reminder")) ==
          QStringLiteral("60"));

    // A new event starts with that reminder.
    bool offered = false;
    QTimer::singleShot(0, qApp, [&] {
        auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = true;
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("eventReminderComboBox"));
        CHECK(box->currentText() == QStringLiteral("1 hour before"));
        dialog->reject();
    });
    section.newEvent();
    CHECK(offered);
}

// Screenshots for the README and for looking at: the four views, the event
// card and the reminder window over the demo's calendar. Run by name with
// CLIENTELE_SCREENSHOT_DIR set.
TEST_CASE("Calendar screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    TestDatabase t;
    DemoGenerator::Options o;
    o.clients = 200;
    o.deals = 150;
    REQUIRE(DemoGenerator(t.db()).generate(o));
    SystemClock clock;
    TestMessenger messenger;
    QUndoStack undo;
    ClientRepository clients(t.db());
    CalendarSection section(t.db(), clients, clock, messenger, &undo);
    section.resize(1280, 820);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    auto save = [&](QWidget *w, const QString &name) {
        QApplication::processEvents();
        REQUIRE(w->grab().save(QDir(shots).filePath(name)));
    };
    const std::pair<CalendarSection::Mode, const char *> modes[] = {
        {CalendarSection::Mode::Week, "calendar-week.png"},
        {CalendarSection::Mode::Day, "calendar-day.png"},
        {CalendarSection::Mode::Month, "calendar-month.png"},
        {CalendarSection::Mode::Agenda, "calendar-agenda.png"}};
    for (const auto &[mode, name] : modes) {
        section.setMode(mode);
        save(&section, QLatin1String(name));
    }

    // The card of the first event of the week, with a reminder.
    section.setMode(CalendarSection::Mode::Week);
    const QList<CalendarItem> &items = section.weekView()->items();
    const auto first = std::find_if(items.begin(), items.end(), [](const CalendarItem &i) {
        return i.kind == CalendarItem::Kind::Event;
    });
    REQUIRE(first != items.end());
    EventRepository events(t.db());
    EventDialog dialog(t.db(), clients);
    dialog.setEvent(*events.load(first->id), ReminderSpec::before(15));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("calendar-event.png"));
    dialog.hide();

    // Two reminders: one due now, one missed while the program was closed.
    ReminderRepository reminders(t.db());
    QString error;
    const Event soon = oneHour(events, QStringLiteral("Звонок в ООО «Ромашка»"),
                               clock.now().toLocalTime().addSecs(15 * 60));
    const Event past = oneHour(events, QStringLiteral("Встреча с Ивановым"),
                               clock.now().toLocalTime().addSecs(-3 * 3600));
    REQUIRE(
        reminders.setForEvent(soon.id, ReminderSpec::before(15), clock.now().addDays(-1), &error));
    REQUIRE(
        reminders.setForEvent(past.id, ReminderSpec::before(30), clock.now().addDays(-1), &error));
    ReminderScheduler scheduler(t.db(), clock);
    ReminderWindow window(t.db(), clock, messenger);
    QObject::connect(&scheduler, &ReminderScheduler::remindersDue, &window,
                     &ReminderWindow::addReminders);
    scheduler.start();
    REQUIRE(window.isVisible());
    save(&window, QStringLiteral("calendar-reminders.png"));
}
