#pragma once

#include "backupfile.h"

#include <QList>

// Which backups to keep: the newest of each of the last `daily` days that
// have a backup, and the newest of each of the last `weekly` ISO weeks.
// Days with a backup rather than calendar days, so that a program not run for
// a fortnight does not find every backup "too old" and delete them all.
class BackupRotation
{
public:
    BackupRotation(int daily, int weekly) : m_daily(daily), m_weekly(weekly) {}

    // The files to delete, of `files` in any order.
    QList<BackupFile> toDelete(QList<BackupFile> files) const;

private:
    int m_daily;
    int m_weekly;
};
