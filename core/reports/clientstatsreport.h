#pragma once

#include "clientstats.h"

class Database;

// What the client card shows of a client's sales: revenue, deals won, lost
// and open, the average cycle of the won ones and the last contact.
class ClientStatsReport
{
public:
    explicit ClientStatsReport(const Database &db) : m_db(db) {}

    std::optional<ClientStats> forClient(qint64 clientId, QString *error = nullptr) const;

private:
    const Database &m_db;
};
