#include "backupservice.h"

#include "backuprotation.h"
#include "calendar/clock.h"
#include "db/database.h"
#include "db/privatefile.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {
const char *const kFormat = "yyyy-MM-dd-HHmmss";

int countSetting(const Database &db, const char *name)
{
    SettingsRepository settings(db);
    return BusinessSettings(settings).value(QString::fromLatin1(name)).toInt();
}
} // namespace

QString BackupService::folder() const
{
    SettingsRepository settings(m_db);
    const QString chosen = BusinessSettings(settings).value(QStringLiteral("backup.folder"));
    if (!chosen.isEmpty())
        return chosen;
    return defaultFolder(m_db.path());
}

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

int BackupService::dailyCount() const
{
    return std::max(1, countSetting(m_db, "backup.daily"));
}

int BackupService::weeklyCount() const
{
    return std::max(0, countSetting(m_db, "backup.weekly"));
}

QString BackupService::fileName(const QDateTime &localTime)
{
    return QStringLiteral("clientele-") + localTime.toString(QLatin1String(kFormat)) +
           QStringLiteral(".sqlite");
}

QDateTime BackupService::timeFromName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^clientele-(\d{4}-\d{2}-\d{2}-\d{6})\.sqlite$)"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(1), QLatin1String(kFormat));
}

bool BackupService::backupTo(const QString &file, QString *error, bool *damaged) const
{
    if (damaged)
        *damaged = false;
    // VACUUM INTO accepts an empty file: made first, it has mode 0600 from the
    // start, and its existence refuses to overwrite a file given by mistake.
    if (!PrivateFile::create(file, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QFileInfo(file).absoluteFilePath());
    if (!q.exec()) {
        // SQLITE_CORRUPT and SQLITE_NOTADB (Qt gives the extended code, whose
        // low byte is the primary one): the base itself is damaged.
        const int primary = q.lastError().nativeErrorCode().toInt() & 0xff;
        const bool corrupt = primary == 11 || primary == 26;
        if (damaged)
            *damaged = corrupt;
        if (error)
            *error = corrupt ? tr("The database %1 is damaged, so it cannot be backed up: %2")
                                   .arg(m_db.path(), q.lastError().text())
                             : tr("Cannot back up into %1: %2").arg(file, q.lastError().text());
        q.finish();
        QFile::remove(file);
        return false;
    }
    return true;
}

bool BackupService::copyTo(const QString &file, QString *error) const
{
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!backupTo(partial, error))
        return false;
    // A journal left beside the name by the file replaced would be read into the copy.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
    // rename(2) replaces the target in one step; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) !=
        0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot write %1: %2").arg(file, why);
        return false;
    }
    return true;
}

QString BackupService::backupNow(QString *error, bool *damaged) const
{
    if (damaged)
        *damaged = false;
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the backups folder %1.").arg(dir);
        return {};
    }
    QDateTime at = m_clock.now().toLocalTime();
    QString path = QDir(dir).filePath(fileName(at));
    // Two backups within a second: the next free second, so the names still sort.
    while (QFileInfo::exists(path)) {
        at = at.addSecs(1);
        path = QDir(dir).filePath(fileName(at));
    }
    // Written under another name and renamed: a half-written copy never looks like a backup.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!backupTo(partial, error, damaged))
        return {};
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = tr("Cannot name the backup %1.").arg(path);
        return {};
    }
    if (!rotate(error))
        return {};
    return path;
}

QList<BackupFile> BackupService::backups() const
{
    return backupsIn(folder());
}

QList<BackupFile> BackupService::backupsIn(const QString &folder)
{
    QList<BackupFile> found;
    const QFileInfoList files = QDir(folder).entryInfoList(
        {QStringLiteral("clientele-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : files) {
        const QDateTime at = timeFromName(info.fileName());
        if (at.isValid())
            found << BackupFile{info.absoluteFilePath(), at, info.size()};
    }
    return found; // the names sort as the times do
}

bool BackupService::rotate(QString *error) const
{
    const QList<BackupFile> doomed =
        BackupRotation(dailyCount(), weeklyCount()).toDelete(backups());
    for (const BackupFile &f : doomed) {
        if (!QFile::remove(f.path)) {
            if (error)
                *error = tr("Cannot delete the old backup %1.").arg(f.path);
            return false;
        }
    }
    return true;
}

bool BackupService::isDue() const
{
    const QList<BackupFile> all = backups();
    return all.isEmpty() || all.first().takenAt.addDays(1) <= m_clock.now().toLocalTime();
}
