#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Demo deals for the demo clients: every stage and state of the default
// pipeline, line items from a small catalogue, stage histories spread over
// the last two years. Runs inside the demo's transaction.
class DemoDeals
{
    Q_DECLARE_TR_FUNCTIONS(DemoDeals)

public:
    explicit DemoDeals(const Database &db) : m_db(db) {}
    // `count` deals for clients with ids from `firstClient` to `lastClient`.
    bool generate(int count, qint64 firstClient, qint64 lastClient, quint64 seed, QString *error);

private:
    const Database &m_db;
};
