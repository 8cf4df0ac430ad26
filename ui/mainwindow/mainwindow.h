#pragma once

#include "calendar/clock.h"
#include "calendar/reminder.h"
#include "common/secretstore.h"
#include "common/services.h"

#include <QMainWindow>

class BackupActions;
class CalendarSection;
class ClientCard;
class ClientListPane;
class DealsSection;
class ImportWizard;
class MailingsSection;
class Messenger;
class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QSystemTrayIcon;
class ReminderScheduler;
class ReminderWindow;
class QStackedWidget;
class ReportsSection;
class QUndoGroup;
class QUndoStack;
class TasksSection;

// Sidebar of sections, the client list and the card side by side, a toolbar
// of the section's actions and a status bar with the file and the count.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Services services, Messenger &messenger, QWidget *parent = nullptr);

    ClientListPane *listPane() const { return m_list; }
    ClientCard *card() const { return m_card; }
    DealsSection *deals() const { return m_deals; }
    TasksSection *tasks() const { return m_tasks; }
    CalendarSection *calendar() const { return m_calendar; }
    MailingsSection *mailings() const { return m_mailings; }
    ReportsSection *reports() const { return m_reports; }
    ReminderScheduler *scheduler() const { return m_scheduler; }
    ReminderWindow *reminderWindow() const { return m_reminderWindow; }
    BackupActions *backups() const { return m_backups; }
    // Who sits at this screen: the author of their tasks, the user of the
    // deals' history. Resolved at start (CurrentUser), chosen in Settings.
    const QString &currentUser() const { return m_user; }
    void setCurrentUser(const QString &name);
    // The client card's edits; the deal card has a stack of its own.
    QUndoStack *undoStack() const { return m_undo; }
    // "clients", "deals", "archive", "tasks", "assigned", "check", "calendar", "mailings",
    // "reports" (the dashboard), or a report: "funnel", "losses", "interactions",
    // "efficiency", "channels", "abc".
    void openSection(const QString &name);
    // The client list with the client's card.
    void openClient(qint64 id);
    // The Deals section with the deal's card.
    void openDeal(qint64 id);
    // Fills the database with demo clients off the GUI thread; false if cancelled.
    bool loadDemoData(int clients = 300);
    // File → Import…, or a file dropped on the list: the wizard, window-modal,
    // started on `path` when there is one; nullptr when the card's unsaved
    // changes kept it closed.
    ImportWizard *openImportWizard(const QString &path = {});
    // The unsaved edits of the client and deal cards saved or dropped, as the
    // person answers; false when they cancel.
    bool settleEdits();
    // Settings, open on one of its pages.
    enum class SettingsPageId
    {
        General,
        Company,
        Mail,
        Calendar,
        Backups
    };
    void openSettings(SettingsPageId page = SettingsPageId::General);

Q_SIGNALS:
    // Restore from backup…, chosen and confirmed: the owner closes this window
    // and replaces the database (DesktopSession).
    void restoreRequested(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    bool confirmLeaveCard();
    void showClient(qint64 id);
    void updateActions();
    void updateCounts();
    void archiveCurrent();
    void restoreCurrent();
    void deleteCurrentForever();
    void newClient();
    void findDuplicates();
    void showImportHistory();
    void afterBulkChange();
    void exportClients();
    void switchSection(int row);
    void newDealFor(qint64 clientId, const QString &clientName);
    void afterDealsChanged();
    void startReminders();
    void remindersDue(const QList<Reminder> &reminders);
    // The compose dialog for a message to a client, contact person or deal.
    void compose(const QString &channel, qint64 clientId, qint64 contactId, qint64 dealId);
    void mailingToSelected();
    void openTemplates();

    Services m_services;
    Messenger &m_messenger;
    // The SMTP password and SMS key: the keychain, or this session's memory.
    SecretStore m_secrets;
    QUndoStack *m_undo;
    QUndoStack *m_dealUndo;
    QUndoGroup *m_undoGroup;
    QListWidget *m_sections;
    ClientListPane *m_list;
    ClientCard *m_card;
    DealsSection *m_deals;
    TasksSection *m_tasks;
    QUndoStack *m_taskUndo;
    SystemClock m_clock;
    QUndoStack *m_calendarUndo;
    CalendarSection *m_calendar;
    MailingsSection *m_mailings;
    ReportsSection *m_reports;
    ReminderScheduler *m_scheduler;
    ReminderWindow *m_reminderWindow;
    QSystemTrayIcon *m_tray = nullptr; // none where the desktop has no tray
    QString m_user;
    QSplitter *m_splitter;
    QSplitter *m_clientsSplitter;
    QStackedWidget *m_pages;
    int m_section = 0;
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_mailSelectedAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importSeparator = nullptr;
    BackupActions *m_backups = nullptr;
    qint64 m_shownId = 0;
};
