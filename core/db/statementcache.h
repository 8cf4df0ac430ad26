#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>

class BulkStatement;

// Statements of one connection, prepared once and reset before each reuse.
// Inside one long transaction (an import of a million rows) preparing the
// statements of load() and save() costs more than running them. Destroy it
// before its transaction ends: a kept statement may not outlive a rollback.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement of `sql`: prepared on first use, reset on every later one.
    QSqlQuery &get(const QString &sql);
    // The same on the connection's own handle; `sql` is a string literal,
    // known by its address.
    BulkStatement &raw(const char *sql);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    std::unordered_map<const char *, std::unique_ptr<BulkStatement>> m_raw;
};
