#pragma once

#include <QSqlDatabase>

// Made before one big transaction that only adds rows and refers only to rows
// it wrote or read (an import, demo data), and undone after it:
// - the checks of foreign keys are off: each insert skips a lookup of its
//   parents and a statement journal;
// - CHECK constraints are off: what a loader writes passed prepareToSave()
//   or is made valid, and a CHECK with an IN list of more than two values
//   (clients.importance) builds a temporary b-tree at every insert;
//   integrity_check (clientele-cli check) still verifies them all;
// - into a base with no clients yet and no other connection open (the CLI),
//   a rollback journal replaces WAL: each new page is written once, not to
//   the log and again at the checkpoint. Anywhere else SQLite refuses the
//   switch and WAL stays; a killed process leaves a hot journal that the next
//   open rolls back, and that open sets WAL again.
// - with Temp::Files, into a base with no clients, temporary storage goes to
//   files, not memory (as Database sets it): an import's index builds at the
//   end sort faster so (1M rows: 34-36 s instead of 38-40 s); the demo
//   loader is slower with it (100,000 clients: 25 s instead of 22 s). The
//   switch drops the connection's temporary tables: make it before any.
// SQLite refuses these switches inside a transaction (nothing changes then).
class BulkLoad
{
public:
    enum class Temp
    {
        Memory,
        Files
    };
    explicit BulkLoad(QSqlDatabase db, Temp temp = Temp::Memory);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // The base had no clients when the load began.
    bool intoEmptyBase() const { return m_intoEmptyBase; }

private:
    QSqlDatabase m_db;
    bool m_intoEmptyBase = false;
    bool m_leftWal = false;
    bool m_tempInFiles = false;
};
