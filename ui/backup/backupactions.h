#pragma once

#include <QObject>
#include <functional>

class BackgroundTask;
class Clock;
class Database;
class Messenger;
class QAction;
class QProgressDialog;
class QWidget;

// File → Back up now and Restore from backup…. The
// backup runs off the GUI thread on a connection of its own, so the window
// stays usable; the restore itself is the owner's (restoreRequested): the
// window and its queries must be gone before the file is replaced.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database &db, Messenger &messenger, const Clock &clock, QWidget *window);
    ~BackupActions() override;

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    bool isBusy() const;

    // Quiet: the automatic backup, told in the status bar only when it fails.
    void backUpNow(bool quiet = false);
    // The backup of the day at start, when the newest one is older than a day.
    void backUpIfDue();
    // Asked before the restore dialog: unsaved edits kept it closed.
    void setLeaveCheck(std::function<bool()> check) { m_leaveCheck = std::move(check); }

Q_SIGNALS:
    // `where` is the new backup's path, or why there is none.
    void backupFinished(bool ok, const QString &where);
    // Chosen, checked and confirmed: replace the database with `file`.
    void restoreRequested(const QString &file);

private:
    void chooseRestore();

    Database &m_db;
    Messenger &m_messenger;
    const Clock &m_clock;
    QWidget *m_window;
    QAction *m_backupNow;
    QAction *m_restore;
    BackgroundTask *m_task;
    QProgressDialog *m_progress = nullptr;
    std::function<bool()> m_leaveCheck;
};
