#pragma once

#include <QCoreApplication>
#include <QString>

class Clock;
class Database;

// Puts a backup in the place of the open database: the candidate is checked
// first, the current file is kept aside as <name>.replaced-YYYYMMDD-HHMMSS,
// and the database is opened anew (migrated when the backup is older).
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    RestoreService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Why `file` cannot be restored (not readable, not SQLite, damaged, not
    // Clientele's, from a newer Clientele); empty when it can.
    static QString problem(const QString &file);

    // The database must be open for writing, with no query of anyone left on
    // it, or have been refused for what its file holds (damaged, another
    // program's, from a newer Clientele). On success *replacedPath names the file kept aside; on
    // failure the database is as it was, and open again.
    bool restore(const QString &file, QString *replacedPath, QString *error);

private:
    QString asidePath() const;

    Database &m_db;
    const Clock &m_clock;
};
