#pragma once

#include "backupfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Clock;
class Database;

// Consistent copies of the open database, taken with VACUUM INTO while the
// program keeps working (WAL: the copy reads one snapshot, writers go on), as
// clientele-YYYY-MM-DD-HHMMSS.sqlite in the backups folder, rotated.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The setting backup.folder, else a "backups" folder beside the database.
    QString folder() const;
    static QString defaultFolder(const QString &databasePath);
    int dailyCount() const;
    int weeklyCount() const;

    // Writes a copy to `file`, which must not exist, with mode 0600. Uses the
    // calling thread's connection, so a worker thread may call it. VACUUM INTO
    // reads every row: *damaged tells when it failed on a damaged page.
    bool backupTo(const QString &file, QString *error, bool *damaged = nullptr) const;
    // A copy at `file`, replacing the file there (and any -wal and -shm of
    // it, which would spoil the copy) whole or not at all: "Save a copy as".
    bool copyTo(const QString &file, QString *error) const;
    // A new backup in the folder, then the rotation; its path, or empty.
    QString backupNow(QString *error, bool *damaged = nullptr) const;
    // Deletes the backups the rotation does not keep (only files named ours).
    bool rotate(QString *error) const;
    // The folder's backups, newest first.
    QList<BackupFile> backups() const;
    static QList<BackupFile> backupsIn(const QString &folder);
    // No backup in the folder is younger than a day.
    bool isDue() const;

    // Our name for a backup taken at `localTime`, and the time read back from a name.
    static QString fileName(const QDateTime &localTime);
    static QDateTime timeFromName(const QString &fileName);

private:
    const Database &m_db;
    const Clock &m_clock;
};
