#include "calendarsection.h"

#include "agendamodel.h"
#include "calendar/calendarrepository.h"
#include "calendar/clock.h"
#include "calendar/eventrepository.h"
#include "calendar/icalendarexporter.h"
#include "calendar/icalendarimporter.h"
#include "calendar/reminderrepository.h"
#include "calendarsettingspage.h"
#include "common/messenger.h"
#include "editeventcommand.h"
#include "eventdialog.h"
#include "monthview.h"
#include "settings/businesssettings.h"
#include "settings/settingsdialog.h"
#include "settings/settingsrepository.h"
#include "weekview.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Page
{
    GridPage,
    MonthPage,
    AgendaPage
};
} // namespace

CalendarSection::CalendarSection(const Database &db, const ClientRepository &clients,
                                 const Clock &clock, Messenger &messenger, QUndoStack *undoStack,
                                 QWidget *parent)
    : QWidget(parent), m_db(db), m_clients(clients), m_clock(clock), m_messenger(messenger),
      m_undo(undoStack), m_date(clock.now().toLocalTime().date()), m_toolBar(new QToolBar(this)),
      m_title(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_week(new WeekView(db, clock, this)), m_month(new MonthView(db, clock, this)),
      m_agenda(new QListView(this)), m_agendaModel(new AgendaModel(db, this))
{
    setObjectName(QStringLiteral("calendarSection"));
    m_toolBar->setObjectName(QStringLiteral("calendarToolBar"));
    m_title->setObjectName(QStringLiteral("calendarTitleLabel"));
    m_stack->setObjectName(QStringLiteral("calendarStackedWidget"));
    m_agenda->setObjectName(QStringLiteral("agendaListView"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto make = [this](const QString &icon, const QString &text, const QString &name,
                       const QString &tip) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        return a;
    };
    m_new =
        make(QStringLiteral("appointment-new"), tr("New event"), QStringLiteral("newEventAction"),
             tr("A one-hour event on the selected day; or drag over the hours"));
    m_today = make(QStringLiteral("go-jump-today"), tr("Today"), QStringLiteral("todayAction"),
                   tr("Go to today (T)"));
    m_previous = make(QStringLiteral("go-previous"), tr("Previous"),
                      QStringLiteral("previousAction"), tr("Back a day, a week or a month"));
    m_next = make(QStringLiteral("go-next"), tr("Next"), QStringLiteral("nextAction"),
                  tr("Forward a day, a week or a month"));
    m_dayAction = make(QStringLiteral("view-calendar-day"), tr("Day"),
                       QStringLiteral("dayViewAction"), tr("One day (D)"));
    m_weekAction = make(QStringLiteral("view-calendar-week"), tr("Week"),
                        QStringLiteral("weekViewAction"), tr("The week (W)"));
    m_monthAction = make(QStringLiteral("view-calendar-month"), tr("Month"),
                         QStringLiteral("monthViewAction"), tr("The month (M)"));
    m_agendaAction = make(QStringLiteral("view-calendar-agenda"), tr("Agenda"),
                          QStringLiteral("agendaViewAction"), tr("What is coming, day by day (A)"));
    m_delete = make(QStringLiteral("edit-delete"), tr("Delete"),
                    QStringLiteral("deleteEventAction"), tr("Delete the selected event (Delete)"));
    m_export = make(QStringLiteral("document-export"), tr("&Export to iCalendar…"),
                    QStringLiteral("exportCalendarAction"),
                    tr("The days on screen as an .ics file other calendars open"));
    m_import = make(QStringLiteral("document-import"), tr("&Import from iCalendar…"),
                    QStringLiteral("importCalendarAction"), tr("Events from an .ics file"));
    m_workingHours =
        make(QStringLiteral("preferences-system-time"), tr("&Working hours and reminders…"),
             QStringLiteral("workingHoursAction"),
             tr("When the working day starts and ends, and the reminder of a new event"));
    auto *modes = new QActionGroup(this);
    for (QAction *a : {m_dayAction, m_weekAction, m_monthAction, m_agendaAction}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_weekAction->setChecked(true);

    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_today);
    m_toolBar->addAction(m_previous);
    m_toolBar->addAction(m_next);
    // The arrows say it: their names stay in the tooltips, so the toolbar fits in Russian.
    for (QAction *arrow : {m_previous, m_next})
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(arrow)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_dayAction);
    m_toolBar->addAction(m_weekAction);
    m_toolBar->addAction(m_monthAction);
    m_toolBar->addAction(m_agendaAction);
    m_toolBar->addSeparator();
    // The kinds shown; deals' expected closes would crowd the days, so off at first.
    struct KindToggle
    {
        int flag;
        const char *name;
        QString text;
    };
    const QList<KindToggle> toggles = {
        {CalendarItem::Events, "showEventsAction", tr("Events")},
        {CalendarItem::Tasks, "showTasksAction", tr("Tasks")},
        {CalendarItem::Birthdays, "showBirthdaysAction", tr("Birthdays")},
        {CalendarItem::DealCloses, "showDealClosesAction", tr("Deal closes")},
    };
    for (const KindToggle &t : toggles) {
        auto *a = new QAction(t.text, this);
        a->setObjectName(QString::fromLatin1(t.name));
        a->setCheckable(true);
        a->setChecked(m_kinds & t.flag);
        const int flag = t.flag;
        connect(a, &QAction::toggled, this, [this, flag](bool on) {
            m_kinds = on ? (m_kinds | flag) : (m_kinds & ~flag);
            m_week->setKinds(m_kinds);
            m_month->setKinds(m_kinds);
            m_agendaModel->setKinds(m_kinds);
        });
        m_toolBar->addAction(a);
    }

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(8, 4, 8, 4);

    m_agenda->setModel(m_agendaModel);
    m_agenda->setUniformItemSizes(true); // a year of rows lays out at once
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->installEventFilter(this);
    m_week->setKinds(m_kinds);
    m_month->setKinds(m_kinds);
    m_agendaModel->setKinds(m_kinds);

    m_stack->addWidget(m_week);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_agenda);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QAction::triggered, this, [this] { newEvent(); });
    connect(m_export, &QAction::triggered, this, [this] {
        const auto [first, last] = shownRange();
        const QString name =
            QStringLiteral("calendar-%1--%2.ics")
                .arg(first.toString(Qt::ISODate), last.addDays(-1).toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to iCalendar"),
                                                          QDir::home().filePath(name),
                                                          tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import from iCalendar"), QDir::homePath(),
                                         tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_workingHours, &QAction::triggered, this, &CalendarSection::editWorkingHours);
    connect(m_today, &QAction::triggered, this, &CalendarSection::goToday);
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_dayAction, &QAction::triggered, this, [this] { setMode(Mode::Day); });
    connect(m_weekAction, &QAction::triggered, this, [this] { setMode(Mode::Week); });
    connect(m_monthAction, &QAction::triggered, this, [this] { setMode(Mode::Month); });
    connect(m_agendaAction, &QAction::triggered, this, [this] { setMode(Mode::Agenda); });
    connect(m_delete, &QAction::triggered, this, &CalendarSection::deleteSelected);
    connect(m_week, &WeekView::eventCreated, this, [this] { afterChange(); });
    connect(m_week, &WeekView::eventChanged, this, [this](const Event &before, const Event &after) {
        pushChange(before, after, tr("Move «%1»").arg(after.title));
        afterChange();
    });
    connect(m_week, &WeekView::failed, this, [this](const QString &error) {
        m_messenger.error(this, tr("Cannot change the event"), error);
    });
    connect(m_week, &WeekView::itemActivated, this, &CalendarSection::open);
    connect(m_month, &MonthView::dayClicked, this, [this](const QDate &day) {
        m_date = day;
        m_week->setSelectedDate(day);
    });
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate &day) {
        setDate(day);
        setMode(Mode::Day);
    });
    connect(m_agenda, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const CalendarItem *item = m_agendaModel->item(index.row()))
            open(*item);
    });

    refresh();
}

void CalendarSection::refresh()
{
    SettingsRepository settings(m_db);
    const BusinessSettings business(settings);
    const QTime start = QTime::fromString(business.value(QStringLiteral("calendar.work_start")),
                                          QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(business.value(QStringLiteral("calendar.work_end")),
                                        QStringLiteral("HH:mm"));
    // Each is checked alone when set; a day that ends before it starts is ignored.
    if (start.isValid() && end.isValid() && start < end) {
        m_workStart = start;
        m_workEnd = end;
    }
    m_week->setWorkingHours(m_workStart, m_workEnd);
    showCurrent();
}

void CalendarSection::setMode(Mode mode)
{
    m_mode = mode;
    m_dayAction->setChecked(mode == Mode::Day);
    m_weekAction->setChecked(mode == Mode::Week);
    m_monthAction->setChecked(mode == Mode::Month);
    m_agendaAction->setChecked(mode == Mode::Agenda);
    showCurrent();
}

void CalendarSection::setDate(const QDate &day)
{
    if (!day.isValid())
        return;
    m_date = day;
    showCurrent();
}

void CalendarSection::goToday()
{
    setDate(m_clock.now().toLocalTime().date());
}

void CalendarSection::step(int direction)
{
    switch (m_mode) {
    case Mode::Day:
    case Mode::Agenda:
        setDate(m_date.addDays(direction));
        break;
    case Mode::Week:
        setDate(m_date.addDays(7 * direction));
        break;
    case Mode::Month:
        setDate(m_date.addMonths(direction));
        break;
    }
}

void CalendarSection::showCurrent()
{
    const QDate today = m_clock.now().toLocalTime().date();
    switch (m_mode) {
    case Mode::Day:
        m_week->setDay(m_date);
        m_stack->setCurrentIndex(GridPage);
        break;
    case Mode::Week:
        m_week->setWeek(m_date);
        m_stack->setCurrentIndex(GridPage);
        break;
    case Mode::Month:
        m_month->setMonth(m_date);
        m_stack->setCurrentIndex(MonthPage);
        break;
    case Mode::Agenda:
        m_agendaModel->setToday(today);
        m_agendaModel->setStart(m_date);
        m_agendaModel->reload();
        m_stack->setCurrentIndex(AgendaPage);
        break;
    }
    m_week->setSelectedDate(m_date);
    m_month->setSelectedDate(m_date);
    m_delete->setEnabled(m_mode != Mode::Month);
    updateTitle();
}

void CalendarSection::updateTitle()
{
    const QLocale locale;
    QString text;
    switch (m_mode) {
    case Mode::Day:
        text = locale.toString(m_date, QLocale::LongFormat);
        break;
    case Mode::Week: {
        const QDate first = m_week->monday();
        const QDate last = first.addDays(6);
        text = tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                 locale.toString(last, QLocale::ShortFormat));
        break;
    }
    case Mode::Month:
        text = locale.standaloneMonthName(m_date.month()) + QLatin1Char(' ') +
               QString::number(m_date.year());
        break;
    case Mode::Agenda:
        text = tr("From %1").arg(locale.toString(m_date, QLocale::LongFormat));
        break;
    }
    m_title->setText(text);
}

std::pair<QDate, QDate> CalendarSection::shownRange() const
{
    switch (m_mode) {
    case Mode::Day:
    case Mode::Week:
        return {m_week->monday(), m_week->monday().addDays(m_week->dayCount())};
    case Mode::Month: {
        const QDate first(m_date.year(), m_date.month(), 1);
        return {first, first.addMonths(1)};
    }
    case Mode::Agenda:
        break;
    }
    return {m_agendaModel->start(), m_agendaModel->loadedUntil()};
}

bool CalendarSection::exportTo(const QString &path)
{
    const auto [first, last] = shownRange();
    int events = 0;
    int tasks = 0;
    QString error;
    if (!ICalendarExporter(m_db).exportToFile(path, QDateTime(first, QTime(0, 0)).toUTC(),
                                              QDateTime(last, QTime(0, 0)).toUTC(), &events, &tasks,
                                              &error)) {
        m_messenger.error(this, tr("Cannot export the calendar"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("%1 and %2 written to %3.")
                             .arg(tr("%n event(s)", nullptr, events),
                                  tr("%n task(s)", nullptr, tasks),
                                  QDir::toNativeSeparators(path)));
    return true;
}

bool CalendarSection::importFrom(const QString &path)
{
    ICalendarImporter::Result result;
    QString error;
    if (!ICalendarImporter(m_db).importFile(path, &result, &error)) {
        m_messenger.error(
            this, tr("Cannot import the calendar"),
            tr("%1\n\nNothing was imported from %2.").arg(error, QDir::toNativeSeparators(path)));
        return false;
    }
    afterChange();
    Q_EMIT statusMessage(tr("Imported from %1: %2 new, %3 updated.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(result.created)
                             .arg(result.updated));
    return true;
}

void CalendarSection::editWorkingHours()
{
    SettingsDialog dialog(this);
    dialog.addPage(new CalendarSettingsPage(m_db),
                   QIcon::fromTheme(QStringLiteral("x-office-calendar")),
                   tr("Calendar and reminders"));
    connect(&dialog, &SettingsDialog::applied, this, &CalendarSection::refresh);
    dialog.exec();
}

QList<QAction *> CalendarSection::menuActions() const
{
    return {m_new, m_delete, nullptr, m_export, m_import, nullptr, m_workingHours};
}

int CalendarSection::todayEventCount() const
{
    const QDate today = m_clock.now().toLocalTime().date();
    return int(CalendarRepository(m_db)
                   .items(QDateTime(today, QTime(0, 0)).toUTC(),
                          QDateTime(today.addDays(1), QTime(0, 0)).toUTC(), CalendarItem::Events)
                   .size());
}

void CalendarSection::pushChange(const Event &before, const Event &after, const QString &text)
{
    m_undo->push(new EditEventCommand(m_db, before, after, text, [this](const QString &error) {
        if (!error.isEmpty())
            m_messenger.error(this, tr("Cannot change the event"), error);
        afterChange();
    }));
}

bool CalendarSection::editEvent(qint64 id, const QDateTime &originalStart)
{
    EventRepository events(m_db);
    const std::optional<Event> before = events.load(id);
    if (!before) {
        m_messenger.error(this, tr("Cannot open the event"),
                          tr("The event %1 is no longer in the database.").arg(id));
        return false;
    }
    bool occurrence = false;
    if (!before->repeat.isNone() && originalStart.isValid()) {
        const int answer = m_messenger.choose(
            this, tr("Edit a repeating event"),
            tr("«%1» repeats. Change only this occurrence or the whole series?").arg(before->title),
            {tr("This occurrence"), tr("The whole series")});
        if (answer < 0)
            return false;
        occurrence = answer == 0;
    }
    Event shown = *before;
    if (occurrence) {
        // Where the occurrence is now: moved already, or where the rule puts it.
        QDateTime start = originalStart;
        QDateTime end = originalStart.addSecs(before->duration());
        for (const EventException &x : before->exceptions)
            if (x.originalStart == originalStart && !x.cancelled) {
                start = x.start;
                end = x.end;
            }
        if (shown.allDay) {
            shown.startDate = start.date();
            shown.endDate = end.date();
        } else {
            shown.start = start;
            shown.end = end;
        }
    }
    const std::optional<Reminder> reminder = ReminderRepository(m_db).forEvent(id);
    EventDialog dialog(m_db, m_clients, this);
    dialog.setEvent(shown, reminder ? std::optional<ReminderSpec>(reminder->spec) : std::nullopt);
    dialog.setOccurrenceOnly(occurrence);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Event after = dialog.event();
    QString error;
    bool ok = false;
    if (occurrence) {
        const QDateTime start =
            after.allDay ? QDateTime(after.startDate, QTime(0, 0), Qt::UTC) : after.start;
        const QDateTime end =
            after.allDay ? QDateTime(after.endDate, QTime(0, 0), Qt::UTC) : after.end;
        ok = events.moveOccurrence(id, originalStart, start, end, &error);
    } else {
        ok = events.update(after, &error);
        if (ok) {
            ReminderRepository reminders(m_db);
            ok = dialog.reminder()
                     ? reminders.setForEvent(id, *dialog.reminder(), m_clock.now(), &error)
                     : reminders.clearForEvent(id, &error);
        }
    }
    if (!ok) {
        m_messenger.error(this, tr("Cannot save the event"), error);
        afterChange();
        return false;
    }
    if (const std::optional<Event> saved = events.load(id))
        pushChange(*before, *saved, tr("Edit «%1»").arg(saved->title));
    afterChange();
    return true;
}

qint64 CalendarSection::newEvent()
{
    // The next full hour when the day is today, else the start of the working day.
    const QDateTime now = m_clock.now().toLocalTime();
    QDateTime start(m_date, m_workStart);
    if (m_date == now.date())
        start = QDateTime(m_date, QTime(now.time().hour(), 0)).addSecs(3600);
    Event defaults;
    defaults.start = start.toUTC();
    defaults.end = start.addSecs(3600).toUTC();
    EventDialog dialog(m_db, m_clients, this);
    SettingsRepository settings(m_db);
    const QString reminder =
        BusinessSettings(settings).value(QStringLiteral("calendar.default_reminder"));
    bool minutes = false;
    const int before = reminder.toInt(&minutes);
    dialog.setEvent(defaults, minutes ? std::optional(ReminderSpec::before(before)) : std::nullopt);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Event e = dialog.event();
    QString error;
    if (!EventRepository(m_db).create(e, &error) ||
        (dialog.reminder() &&
         !ReminderRepository(m_db).setForEvent(e.id, *dialog.reminder(), m_clock.now(), &error))) {
        m_messenger.error(this, tr("Cannot create the event"), error);
        afterChange();
        return 0;
    }
    if (m_mode == Mode::Month)
        setMode(Mode::Week);
    setDate(e.allDay ? e.startDate : e.start.toLocalTime().date());
    afterChange();
    return e.id;
}

const CalendarItem *CalendarSection::selectedItem() const
{
    if (m_mode == Mode::Agenda)
        return m_agendaModel->item(m_agenda->currentIndex().row());
    if (m_mode == Mode::Month)
        return nullptr;
    const int index = m_week->selectedItem();
    return index >= 0 ? &m_week->items().at(index) : nullptr;
}

void CalendarSection::openSelected()
{
    if (const CalendarItem *item = selectedItem())
        open(*item);
}

void CalendarSection::open(const CalendarItem &item)
{
    switch (item.kind) {
    case CalendarItem::Kind::Event:
        editEvent(item.id, item.repeating ? item.originalStart : QDateTime());
        break;
    case CalendarItem::Kind::Task:
        Q_EMIT taskOpenRequested(item.id);
        break;
    case CalendarItem::Kind::Birthday:
        Q_EMIT clientOpenRequested(item.clientId);
        break;
    case CalendarItem::Kind::DealClose:
        Q_EMIT dealOpenRequested(item.id);
        break;
    }
}

void CalendarSection::deleteSelected()
{
    const CalendarItem *selected = selectedItem();
    if (!selected || selected->kind != CalendarItem::Kind::Event)
        return;
    const CalendarItem item = *selected;
    EventRepository events(m_db);
    QString error;
    bool ok = false;
    if (item.repeating) {
        const int answer = m_messenger.choose(
            this, tr("Delete a repeating event"),
            tr("«%1» repeats. Delete only this occurrence or the whole series?").arg(item.title),
            {tr("This occurrence"), tr("The whole series")});
        if (answer < 0)
            return;
        ok = answer == 0 ? events.cancelOccurrence(item.id, item.originalStart, &error)
                         : events.remove(item.id, &error);
    } else {
        if (!m_messenger.confirm(this, tr("Delete the event"), tr("Delete «%1»?").arg(item.title),
                                 tr("Delete")))
            return;
        ok = events.remove(item.id, &error);
    }
    if (!ok) {
        m_messenger.error(this, tr("Cannot delete the event"), error);
        return;
    }
    // What the undo stack holds may name the deleted event: it cannot be replayed.
    m_undo->clear();
    afterChange();
}

void CalendarSection::afterChange()
{
    switch (m_mode) {
    case Mode::Day:
    case Mode::Week:
        m_week->reload();
        break;
    case Mode::Month:
        m_month->reload();
        break;
    case Mode::Agenda:
        m_agendaModel->reload();
        break;
    }
    Q_EMIT eventsChanged();
}

QList<KeyHelp> CalendarSection::keyHelp()
{
    // Key names as Qt gives them, in the user's language.
    auto keys = [](std::initializer_list<int> list) {
        QStringList names;
        for (int key : list)
            names << QKeySequence(key).toString(QKeySequence::NativeText);
        return names.join(QStringLiteral(", "));
    };
    return {
        {keys({Qt::Key_T}), tr("Go to today")},
        {keys({Qt::Key_D, Qt::Key_W, Qt::Key_M, Qt::Key_A}), tr("Day, week, month or agenda")},
        {keys({Qt::Key_Left, Qt::Key_Right}), tr("The day before or after")},
        {keys({Qt::Key_Up, Qt::Key_Down}), tr("The week before or after (week and month)")},
        {keys({Qt::Key_PageUp, Qt::Key_PageDown}), tr("Back or forward a day, a week or a month")},
        {keys({Qt::Key_Enter}), tr("Open the selected event; in the month, the selected day")},
        {keys({Qt::Key_Delete}), tr("Delete the selected event")},
    };
}

bool CalendarSection::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false; // Ctrl+Z and the like belong to the window
    const bool grid = m_mode != Mode::Agenda;
    switch (event->key()) {
    case Qt::Key_T:
        goToday();
        return true;
    case Qt::Key_D:
        setMode(Mode::Day);
        return true;
    case Qt::Key_W:
        setMode(Mode::Week);
        return true;
    case Qt::Key_M:
        setMode(Mode::Month);
        return true;
    case Qt::Key_A:
        setMode(Mode::Agenda);
        return true;
    case Qt::Key_Left:
        if (!grid)
            return false;
        setDate(m_date.addDays(-1));
        return true;
    case Qt::Key_Right:
        if (!grid)
            return false;
        setDate(m_date.addDays(1));
        return true;
    case Qt::Key_Up:
        if (!grid || m_mode == Mode::Day)
            return false;
        setDate(m_date.addDays(-7));
        return true;
    case Qt::Key_Down:
        if (!grid || m_mode == Mode::Day)
            return false;
        setDate(m_date.addDays(7));
        return true;
    case Qt::Key_PageUp:
        step(-1);
        return true;
    case Qt::Key_PageDown:
        step(1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!grid)
            return false; // the list opens its current row itself
        if (m_mode == Mode::Month)
            setMode(Mode::Day);
        else
            openSelected();
        return true;
    case Qt::Key_Delete:
        deleteSelected();
        return true;
    default:
        return false;
    }
}

void CalendarSection::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool CalendarSection::eventFilter(QObject *watched, QEvent *event)
{
    // The agenda list would take letters for its keyboard search.
    if (watched == m_agenda && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Up && key->key() != Qt::Key_Down && handleKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}
