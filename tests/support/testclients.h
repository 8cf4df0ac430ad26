#pragma once

#include "clients/client.h"
#include "clients/clientrepository.h"
#include "db/database.h"

#include <stdexcept>

// A company named `name` saved in `db`; its id. For tests that need clients
// to be there, not to test how they are saved.
inline qint64 addCompany(Database &db, const QString &name)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    QString error;
    if (!ClientRepository(db).save(c, &error))
        throw std::runtime_error(error.toStdString());
    return c.id;
}
