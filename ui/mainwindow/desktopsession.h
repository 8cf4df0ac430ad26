#pragma once

#include <QObject>
#include <functional>
#include <memory>

class Clock;
class Database;
class MainWindow;
class Messenger;
class QTimer;
class QWidget;

// The open database's repositories and the main window over them. A restore
// replaces the file under everything, so the window and the repositories go,
// the file is replaced, and both are made anew on the restored base: no
// model, cache or query of the old file survives. The same happens when the
// file is deleted under the running program and the person saves a copy:
// work goes on in the copy.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    DesktopSession(Database &db, Messenger &messenger, const Clock &clock);
    ~DesktopSession() override;

    // Builds and shows the window; the backup of the day when one is due.
    void start();
    MainWindow *window() const;
    // The backup taken when the program ends: the window gone, on this thread.
    // A database file deleted meanwhile gets a last offer of a copy first.
    void backUpAtExit();
    // What the restore requested by the window does; public for the tests.
    void restore(const QString &file);
    // Run every few seconds: a database file deleted under the program is
    // told at once, with "Save a copy as…".
    void checkFile();

Q_SIGNALS:
    // The window was made anew over the restored base.
    void windowReplaced();

private:
    struct Parts;
    void build();
    // The window goes, `change` puts a file under the database (returning
    // why not), and a window comes back over it; false when no database is
    // open after, and the program ends.
    bool replaceFile(const QString &title, const std::function<QString()> &change);
    // Asks until a copy of the vanished file is saved (its path) or the
    // person declines (empty).
    QString offerCopy(QWidget *parent, const QString &declineText);
    // Closes the vanished file and goes on with `file`.
    void continueWith(const QString &file);

    Database &m_db;
    Messenger &m_messenger;
    const Clock &m_clock;
    std::unique_ptr<Parts> m_parts;
    QTimer *m_fileCheck;
    bool m_goneTold = false;
};
