#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Demo deals for the demo clients: every stage and state of the default
// pipeline, line items from a small catalogue, stage histories spread over
// the last two years, and for about half of the open ones a next task (some
// overdue). Runs inside the demo's transaction.
class DemoDeals
{
    Q_DECLARE_TR_FUNCTIONS(DemoDeals)

public:
    explicit DemoDeals(const Database &db) : m_db(db) {}
    // `count` deals for clients with ids from `firstClient` to `lastClient`.
    bool generate(int count, qint64 firstClient, qint64 lastClient, quint64 seed, QString *error);
    // The share of open deals, 45 % unless set (the bench wants them all open).
    void setOpenPercent(int percent) { m_openPercent = percent; }

private:
    const Database &m_db;
    int m_openPercent = 45;
};
