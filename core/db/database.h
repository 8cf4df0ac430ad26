#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <memory>

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
        OlderSchema
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
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // The connection of the calling thread; opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection: a worker calls it when it is done,
    // with no query of its own left, so that a finished thread keeps no cache.
    void releaseConnection() const;

    // $CLIENTELE_DB, else clientele.sqlite in the app data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

private:
    bool configure(QSqlDatabase &db, QString *error) const;
    QString connectionName() const;

    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    Status m_status = Status::Unavailable;
    std::unique_ptr<QLockFile> m_lock;
    QString m_prefix;
};
