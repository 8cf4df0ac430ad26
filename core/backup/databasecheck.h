#pragma once

#include "databaseproblem.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Whether the base is sound: SQLite's integrity check, the foreign keys, and
// the search index (FTS5's own check, and one row per client not merged away).
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    // The FTS5 check is an INSERT, which SQLite refuses on a read-only
    // connection: the database must be open for writing (nothing is written).
    explicit DatabaseCheck(const Database &db) : m_db(db) {}

    // The problems found; empty when the base is clean. A check that cannot
    // run at all is a problem too.
    QList<DatabaseProblem> run() const;

    // At most this many rows of one kind are listed; the rest are counted.
    static constexpr int kListed = 20;

private:
    void integrity(QList<DatabaseProblem> &problems) const;
    void foreignKeys(QList<DatabaseProblem> &problems) const;
    void searchIndex(QList<DatabaseProblem> &problems) const;

    const Database &m_db;
};
