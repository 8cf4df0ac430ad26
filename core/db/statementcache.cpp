#include "statementcache.h"

#include "bulkstatement.h"

StatementCache::StatementCache(QSqlDatabase db) : m_db(std::move(db))
{
}

StatementCache::~StatementCache() = default;

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end()) {
        // Ends a read its last user left open; the prepared statement stays.
        it->second->finish();
        return *it->second;
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    // Read forward only: else every run sets up and clears a cache of 128 rows.
    query->setForwardOnly(true);
    query->prepare(sql);
    return *m_queries.emplace(sql, std::move(query)).first->second;
}

BulkStatement &StatementCache::raw(const char *sql)
{
    std::unique_ptr<BulkStatement> &statement = m_raw[sql];
    if (statement)
        statement->reset(); // ends a read its last user left open
    else
        statement = std::make_unique<BulkStatement>(m_db, sql);
    return *statement;
}
