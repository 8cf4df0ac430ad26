#pragma once

#include <QCoreApplication>
#include <QString>

class Clock;
class Database;
class Messenger;

// Opening the database at start. A file refused for what it holds (damaged,
// cut short, no database, another program's, from a newer Clientele) is never
// written to: the person is told which, and offered a backup in its place,
// the refused file kept aside as it is.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)

public:
    DatabaseRecovery(Database &db, Messenger &messenger, const Clock &clock)
        : m_db(db), m_messenger(messenger), m_clock(clock)
    {
    }

    // True once the database is open, as it was or restored; false when the
    // person gave up or the file cannot be opened for another reason (told).
    bool open();

private:
    // Restores a backup the person chooses; false when they cancel.
    bool restoreChosen();

    Database &m_db;
    Messenger &m_messenger;
    const Clock &m_clock;
};
