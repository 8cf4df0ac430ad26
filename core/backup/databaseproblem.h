#pragma once

#include <QString>

// One thing DatabaseCheck found wrong: which check, where, and SQLite's words.
struct DatabaseProblem
{
    QString check;    // "integrity", "foreign_key", "search_index"
    QString table;    // empty when the check does not name one
    qint64 rowId = 0; // 0 when there is no row to name
    QString message;
};
