#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <algorithm>

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
    // How far back the stories go, two years unless set.
    void setSpanDays(int days) { m_spanDays = std::max(60, days); }
    // The share of open deals with a next-step task, half unless set.
    void setTaskPercent(int percent) { m_taskPercent = percent; }
    // Open deals expected to close over the next N days; 0 (the default):
    // a month after their last stage began, as the small demo has them.
    void setCloseSpreadDays(int days) { m_closeSpreadDays = days; }

private:
    const Database &m_db;
    int m_openPercent = 45;
    int m_spanDays = 730;
    int m_taskPercent = 50;
    int m_closeSpreadDays = 0;
};
