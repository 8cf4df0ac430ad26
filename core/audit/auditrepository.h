#pragma once

#include "auditentry.h"

#include <QList>

class Database;

// Reads the change history that the schema's triggers write.
class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    // Changes of the client and everything that belongs to it, newest first.
    QList<AuditEntry> forClient(qint64 clientId, int limit = 1000) const;

private:
    const Database &m_db;
};
