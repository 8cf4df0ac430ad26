#pragma once

#include <QCoreApplication>

class Database;

// Demo calendar events around today, so the calendar is not empty: a weekly
// meeting and a monthly report that repeat, client meetings and calls with
// contact persons attending, an all-day exhibition; reminders on what is
// still to come. Runs inside the demo's transaction.
class DemoEvents
{
    Q_DECLARE_TR_FUNCTIONS(DemoEvents)

public:
    explicit DemoEvents(const Database &db) : m_db(db) {}
    bool generate(qint64 firstClient, qint64 lastClient, quint64 seed, QString *error);
    // `count` more events for a large base: working-hours meetings and calls
    // with clients over the last `spanDays` days and the next two months,
    // one in twenty a series (one in a thousand with no end).
    bool generateMany(int count, qint64 firstClient, qint64 lastClient, int spanDays, quint64 seed,
                      QString *error);

private:
    const Database &m_db;
};
