#pragma once

#include <QSqlDatabase>

// For one big transaction into a base with no clients yet and no other
// connection open (the CLI): a rollback journal writes each new page once,
// where WAL writes it twice (the log, then the checkpoint). Anywhere else
// SQLite refuses the switch and WAL stays. Back to WAL when it goes; a killed
// process leaves a hot journal that the next open rolls back, and that open
// sets WAL again. Make it before the transaction.
class FreshBaseJournal
{
public:
    explicit FreshBaseJournal(QSqlDatabase db);
    ~FreshBaseJournal();
    FreshBaseJournal(const FreshBaseJournal &) = delete;
    FreshBaseJournal &operator=(const FreshBaseJournal &) = delete;

private:
    QSqlDatabase m_db;
    bool m_leftWal = false;
};
