#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class QSqlError;

// One SQLite file: the lock that keeps a second writer out, the connection of
// each thread, the pragmas and the schema migrations.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    enum class Status
    {
        Ok,
        Unavailable,
        Locked,
        Corrupt,
        NewerSchema,
        OlderSchema,
        Foreign, // another program's SQLite database
        ReadOnly
    };

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file, takes the write lock (ReadWrite) and migrates the schema.
    // ReadOnly opens without the lock, for readers beside a running writer.
    bool open(Mode mode = Mode::ReadWrite, QString *error = nullptr);
    void close();

    Status status() const { return m_status; }
    QString path() const { return m_path; }
    // Another file for the next open(); only while closed.
    void setPath(const QString &path);
    // The file at path() is no longer the one open: deleted, moved away or
    // replaced, or its folder or drive gone. SQLite goes on with the open
    // file, which vanishes with everything in it when the program ends.
    bool isFileGone() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // The connection of the calling thread; opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection: a worker calls it when it is done,
    // with no query of its own left, so that a finished thread keeps no cache.
    void releaseConnection() const;

    // $CLIENTELE_DB, else clientele.sqlite in the app data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

    // SQLite's own check of every page (integrity_check, else the quicker
    // quick_check that skips comparing indexes with their tables): at most
    // five of its findings, empty when the file is sound.
    static QStringList damage(QSqlDatabase &db, bool full);
    // SQLite's error means the file itself is damaged or no database.
    static bool isDamage(const QSqlError &error);
    // Whether the tables every Clientele base has had since schema 1 are there.
    static bool hasClienteleTables(QSqlDatabase &db);
    // Up to this size the whole file is checked at every open (a few thousand
    // clients: tens of milliseconds). A bigger base is read whole by its daily
    // backup, which fails on a damaged page, and by `clientele-cli check`.
    static constexpr qint64 kCheckedAtOpen = 32 * 1024 * 1024;
    // The page size of a base this program creates; an older base keeps its own.
    static constexpr int kPageSize = 16384;

    // `error` (an SQLite message, as the repositories pass it on) said in
    // words a user understands when it means the file at `path` cannot be
    // written (a full disk, a size limit, a read-only or vanished file), with
    // SQLite's words after it; any other error unchanged.
    static QString explainError(const QString &path, const QString &error);

private:
    bool configure(QSqlDatabase &db, QString *error) const;
    // The refusal, and that the file was not written to.
    static QString unchanged(const QString &refusal);
    QString damaged(const QString &detail) const;
    static bool isBlank(QSqlDatabase &db);
    // Why the file or its folder cannot be written by us; empty when it can.
    QString readOnlyProblem() const;
    void rememberFile();
    QString connectionName() const;

    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    bool m_immutable = false;
    Status m_status = Status::Unavailable;
    std::unique_ptr<QLockFile> m_lock;
    QString m_prefix;
    // The identity of the file open(), to notice when the path stops naming it.
    quint64 m_device = 0;
    quint64 m_inode = 0;
};
