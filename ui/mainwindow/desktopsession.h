#pragma once

#include <QObject>
#include <memory>

class Clock;
class Database;
class MainWindow;
class Messenger;

// The open database's repositories and the main window over them. A restore
// replaces the file under everything, so the window and the repositories go,
// the file is replaced, and both are made anew on the restored base: no
// model, cache or query of the old file survives.
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
    void backUpAtExit();
    // What the restore requested by the window does; public for the tests.
    void restore(const QString &file);

Q_SIGNALS:
    // The window was made anew over the restored base.
    void windowReplaced();

private:
    struct Parts;
    void build();

    Database &m_db;
    Messenger &m_messenger;
    const Clock &m_clock;
    std::unique_ptr<Parts> m_parts;
};
