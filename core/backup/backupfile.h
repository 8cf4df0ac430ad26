#pragma once

#include <QDateTime>
#include <QString>

// A backup in the backups folder: its file and the local time in its name.
struct BackupFile
{
    QString path;
    QDateTime takenAt; // local time, from the name
    qint64 size = 0;
};
