#include "restoreservice.h"

#include "calendar/clock.h"
#include "db/database.h"
#include "db/databasefile.h"
#include "db/privatefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The checks on their own connection, removed when the last handle is gone.
QString inspect(const QString &connectionName, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return RestoreService::tr("%1 cannot be opened: %2").arg(file, db.lastError().text());
    const QStringList damage = Database::damage(db, true);
    if (!damage.isEmpty())
        return RestoreService::tr("%1 is damaged: %2").arg(file, damage.join(QStringLiteral("; ")));
    if (!Database::hasClienteleTables(db))
        return RestoreService::tr("%1 is an SQLite database but not a Clientele one.").arg(file);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return RestoreService::tr("%1 cannot be read: %2").arg(file, q.lastError().text());
    const int version = q.value(0).toInt();
    if (version < 1)
        return RestoreService::tr("%1 is an SQLite database but not a Clientele one.").arg(file);
    if (version > Database::latestSchemaVersion())
        return RestoreService::tr("%1 was written by a newer Clientele (schema %2; this program "
                                  "knows up to %3).")
            .arg(file)
            .arg(version)
            .arg(Database::latestSchemaVersion());
    return {};
}
// SQLite's -wal and -shm beside a database file follow it when it moves.
void moveCompanions(const QString &from, const QString &to)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(from + suffix))
            QFile::rename(from + suffix, to + suffix);
}
} // namespace

QString RestoreService::problem(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable())
        return tr("%1 is not a file that can be read.").arg(file);
    // Opened read-only, SQLite still wants to start a WAL file beside a base in
    // WAL mode; a file that is plainly no SQLite file is not opened at all.
    const DatabaseFile::Verdict verdict = DatabaseFile::inspect(file);
    if (!verdict.problem.isEmpty())
        return verdict.problem;
    if (verdict.kind != DatabaseFile::Kind::Sqlite)
        return tr("%1 is not an SQLite database.").arg(file);
    const QString name = QStringLiteral("clientele_restore_check");
    const QString why = inspect(name, file);
    QSqlDatabase::removeDatabase(name);
    return why;
}

QString RestoreService::asidePath() const
{
    const QString stamp = m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = m_db.path() + QStringLiteral(".replaced-") + stamp;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = m_db.path() + QStringLiteral(".replaced-") + stamp + QLatin1Char('-') +
               QString::number(n);
    return path;
}

bool RestoreService::restore(const QString &file, QString *replacedPath, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString path = m_db.path();
    // A file that failed to open because of what it holds may be replaced: it
    // is kept aside like any other.
    const Database::Status status = m_db.status();
    const bool open = status == Database::Status::Ok;
    const bool unusable = status == Database::Status::Corrupt ||
                          status == Database::Status::Foreign ||
                          status == Database::Status::NewerSchema;
    if (m_db.isReadOnly() || (!open && !unusable))
        return fail(tr("The database %1 is not open for writing.").arg(path));
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(tr("%1 is the database itself.").arg(file));
    const QString why = problem(file);
    if (!why.isEmpty())
        return fail(why);

    // Everything of the WAL into the file, so that the file alone is the base.
    if (open) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() ||
            q.value(0).toInt() != 0)
            return fail(
                tr("The database %1 is busy; try again: %2").arg(path, q.lastError().text()));
    }
    m_db.close(); // the last connection gone, SQLite removes the -wal and -shm

    const QString aside = asidePath();
    if (!QFile::rename(path, aside)) {
        QString reopen;
        m_db.open(Database::Mode::ReadWrite, &reopen);
        return fail(tr("Cannot move %1 aside.").arg(path));
    }
    // A -wal left by a crash belongs to the old file: it goes aside with it.
    moveCompanions(path, aside);

    QString copyError;
    QString openError;
    if (PrivateFile::copy(file, path, &copyError) &&
        m_db.open(Database::Mode::ReadWrite, &openError)) {
        if (replacedPath)
            *replacedPath = aside;
        return true;
    }
    // Back as it was.
    m_db.close();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::rename(aside, path);
    moveCompanions(aside, path);
    QString reopen;
    m_db.open(Database::Mode::ReadWrite, &reopen);
    return fail(copyError.isEmpty() ? openError : copyError);
}
