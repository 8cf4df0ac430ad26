#pragma once

#include <functional>

#include "calendar/reminder.h"

#include <QList>
#include <QTime>
#include <QWidget>

class Clock;
class Database;
class Messenger;
class QAction;
class QPushButton;
class QToolButton;
class QTreeWidget;

// The reminders that came due, each with its title, the time it reminds of
// and, when it came due while the program was closed, "missed" with the
// time it was due. Open, Snooze (5 min, 15 min, 1 h, tomorrow morning,
// custom) and Dismiss work on the selected ones; Dismiss all on every one.
class ReminderWindow : public QWidget
{
    Q_OBJECT

public:
    ReminderWindow(const Database &db, const Clock &clock, Messenger &messenger,
                   QWidget *parent = nullptr);

    // Adds what came due to the list (a reminder already there is updated)
    // and shows the window.
    void addReminders(const QList<Reminder> &reminders);
    const QList<Reminder> &reminders() const { return m_reminders; }
    // Tomorrow morning is the start of the working day.
    void setWorkStart(const QTime &start) { m_workStart = start; }
    QTreeWidget *tree() const { return m_tree; }
    void selectRow(int row);

    void snoozeSelected(qint64 seconds);
    void snoozeSelectedUntil(const QDateTime &until);
    void snoozeTomorrowMorning();
    void snoozeCustom();
    void dismissSelected();
    void dismissAll();
    void openSelected();

Q_SIGNALS:
    // Snoozed or dismissed: the scheduler sleeps anew.
    void remindersChanged();
    void openRequested(const Reminder &reminder);

private:
    // A step (snooze, dismiss) for each selected reminder; stops at the first
    // error and says it; the done rows leave the list.
    void applyToSelected(const QString &errorTitle,
                         const std::function<bool(qint64, QString *)> &step);
    void rebuild();
    QList<int> selectedRows() const;
    void removeRows(const QList<int> &rows);
    void updateButtons();

    const Database &m_db;
    const Clock &m_clock;
    Messenger &m_messenger;
    QTime m_workStart = QTime(9, 0);
    QList<Reminder> m_reminders;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QToolButton *m_snooze;
    QPushButton *m_dismiss;
    QPushButton *m_dismissAll;
};
