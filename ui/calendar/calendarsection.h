#pragma once

#include "calendar/calendaritem.h"
#include "calendar/event.h"
#include "common/keyhelp.h"

#include <QDate>
#include <QTime>
#include <QWidget>

#include <utility>

class AgendaModel;
class ClientRepository;
class Clock;
class Database;
class Messenger;
class MonthView;
class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class WeekView;

// The Calendar section: a toolbar (Today, previous and next, Day / Week /
// Month / Agenda, the kinds shown, New event) over the day, week and month
// grids or the agenda. Keyboard: arrows move the selected day, T goes to
// today, D/W/M/A switch the view, Enter opens, Delete deletes.
class CalendarSection : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Day,
        Week,
        Month,
        Agenda
    };

    CalendarSection(const Database &db, const ClientRepository &clients, const Clock &clock,
                    Messenger &messenger, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // The keys handleKey() answers, for the Keyboard shortcuts window.
    static QList<KeyHelp> keyHelp();
    void setDate(const QDate &day);
    QDate date() const { return m_date; }
    void goToday();
    // Back or forward by a day, a week or a month as the view shows.
    void step(int direction);
    int kinds() const { return m_kinds; }
    // Reads the working day from the business settings, then everything shown.
    void refresh();
    // Events (one-off and occurrences) today, for the sidebar.
    int todayEventCount() const;
    // The event card for a new one-hour event at the next full hour of the
    // selected day (the start of the working day on another day); its id
    // when saved, 0 when cancelled.
    qint64 newEvent();
    // The event card; for an occurrence of a series (originalStart valid)
    // first asks: this occurrence (its times) or the whole series.
    bool editEvent(qint64 id, const QDateTime &originalStart = {});
    // Deletes the selected event, asking; a repeating one asks this
    // occurrence or the whole series.
    void deleteSelected();
    void openSelected();
    // The dates on screen: [first, last) of the day, week, month or the agenda's loaded days.
    std::pair<QDate, QDate> shownRange() const;
    // The range on screen as iCalendar; says how many events and tasks, or why not.
    bool exportTo(const QString &path);
    // Events from an .ics file (all or nothing); says how many, or the line at fault.
    bool importFrom(const QString &path);
    void editWorkingHours();
    // For the main window's Calendar menu.
    QList<QAction *> menuActions() const;

    QToolBar *toolBar() const { return m_toolBar; }
    WeekView *weekView() const { return m_week; }
    MonthView *monthView() const { return m_month; }
    QListView *agendaView() const { return m_agenda; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    QLabel *titleLabel() const { return m_title; }
    QTime workStart() const { return m_workStart; }
    QTime workEnd() const { return m_workEnd; }

Q_SIGNALS:
    // Events were created, moved, edited or deleted: counts and reminders change.
    void eventsChanged();
    void taskOpenRequested(qint64 taskId);
    void dealOpenRequested(qint64 dealId);
    void clientOpenRequested(qint64 clientId); // a birthday: the contact person's client
    void statusMessage(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();
    void updateTitle();
    void open(const CalendarItem &item);
    const CalendarItem *selectedItem() const;
    void afterChange();
    void pushChange(const Event &before, const Event &after, const QString &text);
    // The section's own keys; false when the key is not one of them.
    bool handleKey(QKeyEvent *event);

    const Database &m_db;
    const ClientRepository &m_clients;
    const Clock &m_clock;
    Messenger &m_messenger;
    QUndoStack *m_undo;
    Mode m_mode = Mode::Week;
    QDate m_date;
    int m_kinds = CalendarItem::Events | CalendarItem::Tasks | CalendarItem::Birthdays;
    QTime m_workStart = QTime(9, 0);
    QTime m_workEnd = QTime(18, 0);
    QToolBar *m_toolBar;
    QLabel *m_title;
    QStackedWidget *m_stack;
    WeekView *m_week;
    MonthView *m_month;
    QListView *m_agenda;
    AgendaModel *m_agendaModel;
    QAction *m_today;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_dayAction;
    QAction *m_weekAction;
    QAction *m_monthAction;
    QAction *m_agendaAction;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_export;
    QAction *m_import;
    QAction *m_workingHours;
};
