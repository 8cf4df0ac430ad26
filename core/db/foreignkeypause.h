#pragma once

#include <QSqlDatabase>

// Switches the checks of foreign keys off on a connection for a bulk load
// that only adds rows and refers only to rows it wrote itself or read, and
// back on when it goes: each insert then skips a lookup of its parents and a
// statement journal. SQLite ignores the switch inside a transaction, so make
// it before one (inside one it changes nothing and the checks stay on).
class ForeignKeyPause
{
public:
    explicit ForeignKeyPause(QSqlDatabase db);
    ~ForeignKeyPause();
    ForeignKeyPause(const ForeignKeyPause &) = delete;
    ForeignKeyPause &operator=(const ForeignKeyPause &) = delete;

private:
    QSqlDatabase m_db;
};
