#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The floor: the statements ClientRepository and SearchIndex run, word for
// word, through the sqlite3 C API with nothing of Qt in between.
class FloorBench
{
public:
    // What SearchIndex::search binds for one typed text; built outside the timer.
    struct SearchInput
    {
        QByteArray key;    // name_key prefix
        QByteArray keyEnd; // first key past the prefix
        QByteArray match;  // FTS5 MATCH expression, may be empty
    };
    static SearchInput searchInput(const QString &text);

    explicit FloorBench(QString path) : m_path(std::move(path)) {}
    ~FloorBench();
    FloorBench(const FloorBench &) = delete;
    FloorBench &operator=(const FloorBench &) = delete;

    // Opens the file read-only and runs count() and the first page of the
    // name-sorted list. Returns the rows of the page, -1 on error.
    int firstPage(int limit, int *count, QString *error);
    // SearchIndex::search then ClientRepository::rows. Returns rows read, -1 on error.
    int search(const SearchInput &input, int limit, QString *error);
    // ClientRepository::page for the name sort, forward from (key, id).
    int page(const QByteArray &key, qint64 id, int limit, QString *error);

private:
    sqlite3_stmt *prepare(const QByteArray &sql, QString *error);
    void readRow(sqlite3_stmt *stmt);
    QString lastError() const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    quint64 m_sink = 0; // what was read, so no read can be optimised away
};
