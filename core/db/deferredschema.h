#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Secondary indexes and triggers dropped for a bulk load inside one
// transaction and created again at its end: cheaper than updating an index
// or running a trigger row by row a million times. A rollback brings them
// back with everything else.
class DeferredSchema
{
public:
    // Drops the indexes of `tables` but those named in `keep`.
    bool takeIndexes(QSqlDatabase db, const QStringList &tables, const QStringList &keep = {},
                     QString *error = nullptr);
    // Drops the triggers on `tables`; what they would have kept (history,
    // totals) is the caller's to write.
    bool takeTriggers(QSqlDatabase db, const QStringList &tables, QString *error = nullptr);
    // Creates the taken indexes and triggers again.
    bool restore(QString *error = nullptr);

private:
    bool take(QSqlDatabase db, const QString &type, const QStringList &tables,
              const QStringList &keep, QString *error);

    QSqlDatabase m_db;
    QStringList m_statements;
};
