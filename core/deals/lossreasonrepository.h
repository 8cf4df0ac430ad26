#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// Why deals are lost: price, competitor, no budget... A directory the user
// edits; a reason in use is archived, not deleted.
class LossReasonRepository
{
    Q_DECLARE_TR_FUNCTIONS(LossReasonRepository)

public:
    explicit LossReasonRepository(const Database &db) : m_db(db) {}

    // (id, name) in the user's order; archived ones only with `includeArchived`.
    QList<QPair<qint64, QString>> reasons(bool includeArchived = false) const;
    // The id of the reason named so (case-insensitive), 0 for none.
    qint64 find(const QString &name) const;
    // Adds a reason; returns its id (the existing one for a known name).
    qint64 add(const QString &name, QString *error = nullptr);
    bool rename(qint64 id, const QString &name, QString *error = nullptr);
    bool setArchived(qint64 id, bool archived, QString *error = nullptr);

private:
    const Database &m_db;
};
