#include "database.h"

#include "databasefile.h"
#include "migrations.h"
#include "privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <sqlite3.h>

#include <atomic>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace {
// SQLite's allocator takes a global mutex per call to keep statistics nobody
// reads here; off before the first connection initialises the library.
const bool g_memstatusOff = [] {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}();
} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_prefix(QStringLiteral("clientele_%1_").arg(reinterpret_cast<quintptr>(this)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("CLIENTELE_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("clientele.sqlite"));
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

void Database::setPath(const QString &path)
{
    Q_ASSERT(m_status != Status::Ok);
    m_path = path;
}

QString Database::explainError(const QString &path, const QString &error)
{
    // SQLite's own words (sqlite3_errstr), the same in every version.
    QString why;
    QString remedy = tr("Free some disk space and try again.");
    if (error.contains(QLatin1String("database or disk is full"))) {
        why = tr("the disk is full or the file cannot grow any larger");
    } else if (error.contains(QLatin1String("disk I/O error"))) {
        // A full disk is SQLITE_FULL; this is any other refusal, EFBIG among them.
#ifdef Q_OS_UNIX
        struct rlimit limit = {};
        if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
            why = tr("the file cannot grow: it has reached the largest file size this program "
                     "may write (%1, set with ulimit -f)")
                      .arg(QLocale().formattedDataSize(qint64(limit.rlim_cur)));
            remedy = tr("Raise the file size limit and try again.");
        }
#endif
        if (why.isEmpty()) {
            why = tr("the disk refused the write (the file may have reached the largest size "
                     "the drive allows, or the drive failed or was removed)");
            remedy = tr("Check the drive and try again.");
        }
    } else if (error.contains(QLatin1String("attempt to write a readonly database"))) {
        why = tr("the file is read-only");
        remedy = tr("Get write permission on the file and its folder and try again.");
    } else if (error.contains(QLatin1String("unable to open database file"))) {
        why = tr("the file or its folder cannot be reached (deleted, moved, or its drive "
                 "removed)");
        remedy = tr("Make the file reachable again and try again.");
    } else {
        return error;
    }
    return tr("Cannot write to the database %1: %2. This change was not saved; everything "
              "saved before is intact. %3\n(SQLite: %4)")
        .arg(path, why, remedy, error.trimmed());
}

QString Database::readOnlyProblem() const
{
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    // access(2) underneath: root, ACLs and read-only mounts are answered as they are.
    if (!QFileInfo(folder).isWritable())
        return tr("The folder %1 is read-only for you, so the database %2 cannot be opened for "
                  "work: Clientele writes its lock and journal files beside the database. Get "
                  "write permission on the folder, or copy the database into a folder of yours "
                  "and open the copy. Nothing was changed.")
            .arg(folder, m_path);
    if (file.exists() && !file.isWritable())
        return tr("The database %1 is read-only for you (its permissions or its drive do not "
                  "allow writing), so it cannot be opened for work. Get write permission on the "
                  "file, or copy it into a folder of yours and open the copy. Nothing was "
                  "changed.")
            .arg(m_path);
    return {};
}

bool Database::isFileGone() const
{
#ifdef Q_OS_UNIX
    if (m_status != Status::Ok || m_inode == 0)
        return false;
    struct stat st = {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return errno != EACCES; // a folder closed to us still holds the file
    return quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode;
#else
    return false;
#endif
}

void Database::rememberFile()
{
    m_device = 0;
    m_inode = 0;
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
#endif
}

QString Database::connectionName() const
{
    // A serial per thread, not its id: the system hands a finished thread's id
    // to the next one, and Qt refuses a connection that another thread opened.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 serial = ++threads;
    return m_prefix + QString::number(serial);
}

bool Database::open(Mode mode, QString *error)
{
    close();
    m_mode = mode;
    // A failed open closes on return, once `db` and `q` below are gone: removing a
    // connection that is still referenced makes Qt print a warning on stderr.
    bool failed = false;
    const auto closeOnFailure = qScopeGuard([&] {
        if (!failed)
            return;
        const Status status = m_status;
        close();
        m_status = status;
    });
    auto fail = [&](Status status, const QString &message) {
        m_status = status;
        if (error)
            *error = message;
        failed = true;
        return false;
    };

    const QFileInfo info(m_path);
    if (mode == Mode::ReadOnly && !info.exists())
        return fail(Status::Unavailable, tr("The database %1 does not exist.").arg(m_path));
    // In a folder nobody may write there is no writer (it could keep no lock
    // or journal there), so the file cannot change; and SQLite reads a WAL
    // base there only when told so, having no room for its -shm index.
    m_immutable = mode == Mode::ReadOnly && !QFileInfo(info.absolutePath()).isWritable() &&
                  !QFileInfo::exists(m_path + QStringLiteral("-wal"));
    if (mode == Mode::ReadWrite) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Status::Unavailable,
                        tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // Told before anything is written beside the base.
        if (const QString why = readOnlyProblem(); !why.isEmpty())
            return fail(Status::ReadOnly, why);
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale
        if (!m_lock->tryLock(0) && m_lock->error() != QLockFile::LockFailedError) {
            m_lock.reset();
            return fail(Status::Unavailable,
                        tr("Cannot create the lock file %1.lock beside the database; check "
                           "that its folder can be written and the disk is not full.")
                            .arg(m_path));
        }
        if (!m_lock->isLocked()) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            return fail(Status::Locked,
                        tr("The database %1 is in use by %2 (process %3 on %4). "
                           "Close that program first.")
                            .arg(m_path, app.isEmpty() ? tr("another program") : app,
                                 QString::number(pid), host));
        }
    }
    // Damage that SQLite would trust until it needed a missing page, found
    // before any connection, so the file is never written to.
    const DatabaseFile::Verdict file = DatabaseFile::inspect(m_path);
    if (!file.problem.isEmpty())
        return fail(Status::Corrupt, unchanged(file.problem));
    if (mode == Mode::ReadWrite) {
        // Created by us, empty, so that SQLite (and the -wal and -shm it makes
        // with the same mode) never leaves the base readable by others.
        QString why;
        if (!QFileInfo::exists(m_path) && !PrivateFile::create(m_path, &why))
            return fail(Status::Unavailable, why);
    }

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return fail(Status::Unavailable,
                    tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString why = q.lastError().text();
        if (isDamage(q.lastError()))
            return fail(Status::Corrupt, damaged(why));
        const QString explained = explainError(m_path, why);
        return fail(Status::Unavailable,
                    explained != why ? explained
                                     : tr("Cannot read the database %1: %2").arg(m_path, why));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > Migrations::latestVersion())
        return fail(Status::NewerSchema,
                    tr("The database %1 was written by a newer Clientele (schema %2; this "
                       "program knows up to %3). It was not changed; update Clientele to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    if (QFileInfo(m_path).size() <= kCheckedAtOpen) {
        const QStringList found = damage(db, false);
        if (!found.isEmpty())
            return fail(Status::Corrupt, damaged(found.join(QStringLiteral("; "))));
    }
    // A new base has no tables yet; any other must have ours. Checked before
    // the migrations, which would add our tables to another program's file.
    if (!hasClienteleTables(db) && (version > 0 || !isBlank(db)))
        return fail(Status::Foreign,
                    unchanged(tr("The file %1 is an SQLite database of another program, not a "
                                 "Clientele one.")
                                  .arg(m_path)));
    if (mode == Mode::ReadOnly) {
        if (version < Migrations::latestVersion())
            return fail(Status::OlderSchema,
                        tr("The database %1 has an older schema (%2); open it for writing "
                           "once (clientele-cli init) to upgrade it.")
                            .arg(m_path)
                            .arg(version));
    } else {
        // Only once the schema is known to be ours: WAL mode is written into the
        // file header, and a newer program's file must stay byte for byte as it was.
        // A new file gets 16 KiB pages (SQLite's default is 4 KiB): a million-row
        // import writes and sorts a quarter of the pages, 6-8 % faster, with lists
        // and search as fast; the size is fixed once the first table is made.
        // sql-identifier: kPageSize is a constant; a PRAGMA binds nothing.
        if (version == 0 && isBlank(db) &&
            !q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize)))
            return fail(Status::Unavailable,
                        tr("Cannot open the database %1: %2").arg(m_path, q.lastError().text()));
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return fail(Status::Unavailable,
                        tr("Cannot open the database %1: %2").arg(m_path, q.lastError().text()));
        q.finish();
        QString why;
        if (!Migrations::migrate(db, &why)) {
            const QString explained = explainError(m_path, why);
            return fail(Status::Unavailable,
                        explained != why
                            ? explained
                            : tr("Cannot upgrade the database %1: %2").arg(m_path, why));
        }
    }
    rememberFile();
    m_status = Status::Ok;
    return true;
}

QString Database::unchanged(const QString &refusal)
{
    return refusal + QLatin1Char(' ') +
           tr("It was not changed: restore a backup, or open another file.");
}

QString Database::damaged(const QString &detail) const
{
    return unchanged(tr("The database %1 is damaged: %2").arg(m_path, detail));
}

bool Database::isDamage(const QSqlError &error)
{
    // SQLITE_CORRUPT and SQLITE_NOTADB; Qt gives the extended code, whose low
    // byte is the primary one.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 || primary == 26;
}

bool Database::isBlank(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next() &&
           q.value(0).toInt() == 0;
}

bool Database::hasClienteleTables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                 "name IN ('clients', 'clients_fts', 'settings')")) &&
           q.next() && q.value(0).toInt() == 3;
}

QStringList Database::damage(QSqlDatabase &db, bool full)
{
    QSqlQuery q(db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(5)")
                     : QStringLiteral("PRAGMA quick_check(5)")))
        return {q.lastError().text()};
    QStringList found;
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            found << q.value(0).toString();
    return found;
}

void Database::close()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(m_prefix))
            continue;
        // Removing closes it; database() would complain for other threads' connections.
        QSqlDatabase::removeDatabase(name);
    }
    m_lock.reset();
    m_status = Status::Unavailable;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (db.open()) {
        QString ignored;
        configure(db, &ignored);
    }
    return db;
}

void Database::releaseConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    // Per-connection settings only; WAL (kept in the file) is switched on by open().
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    QSqlQuery q(db);
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
