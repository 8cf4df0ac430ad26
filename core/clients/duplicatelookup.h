#pragma once

#include "client.h"

#include <QSqlDatabase>
#include <memory>

class BulkStatement;

// The queries that tell whether a client is already in the base, prepared
// once for a connection: an import asks them for every row.
class DuplicateLookup
{
public:
    explicit DuplicateLookup(const QSqlDatabase &db);
    ~DuplicateLookup();
    DuplicateLookup(const DuplicateLookup &) = delete;
    DuplicateLookup &operator=(const DuplicateLookup &) = delete;

    // A client that is the same as `client` by INN, e-mail, phone or, for
    // companies, name; 0 when there is none. Archived clients count too.
    qint64 find(const Client &client);

private:
    std::unique_ptr<BulkStatement> m_byInn;
    std::unique_ptr<BulkStatement> m_byEmail;
    std::unique_ptr<BulkStatement> m_byPhone;
    std::unique_ptr<BulkStatement> m_byCompanyName;
};
