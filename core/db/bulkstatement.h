#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the connection's own sqlite3 handle, where
// QSqlQuery's work per run (QVariants, a record of the result's columns)
// costs more than SQLite itself: bulk loads (demo data, imports) and the
// dozen lookups of loading one client. SQLite-only, like everything in core/db.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Parameters count from 1, as in SQLite. Text is never bound as NULL.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    // UTF-8 read in place: it must stay until exec().
    void bind(int index, QByteArrayView utf8);
    void bindNull(int index);
    // Binds id, or NULL when it is 0 (an optional reference).
    void bindId(int index, qint64 id);
    // Runs the statement once and resets it for the next row.
    bool exec();
    // Runs a query; column 0 of its first row as an integer, 0 when there is
    // no row (or on error), then resets.
    qint64 selectId();
    // Steps a query to its next row; false after the last one or on an error
    // (failed() tells), when the statement is reset for its next run.
    bool next();
    bool failed() const { return m_failed; }
    // Columns of the current row count from 0, as in SQLite; NULL reads as 0
    // or a null string.
    qint64 integer(int column) const;
    QString text(int column) const;
    // Ends a read before its last row: a statement left reading keeps DROP out.
    void reset();
    qint64 lastInsertId() const;
    QString error() const;

    // The connection's sqlite3 handle, or nullptr if it is not QSQLITE.
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<QByteArray> m_texts; // of each text parameter, bound in place
    bool m_failed = false;
};
