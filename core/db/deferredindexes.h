#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Secondary indexes dropped for a bulk load inside one transaction and built
// once at its end: cheaper than updating them row by row a million times. A
// rollback brings them back with everything else.
class DeferredIndexes
{
public:
    // Drops the indexes of `tables` but those named in `keep`.
    bool take(QSqlDatabase db, const QStringList &tables, const QStringList &keep = {},
              QString *error = nullptr);
    // Builds the taken indexes again.
    bool restore(QString *error = nullptr);

private:
    QSqlDatabase m_db;
    QStringList m_statements;
};
