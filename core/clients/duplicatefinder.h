#pragma once

#include "duplicategroup.h"

#include <QCoreApplication>
#include <functional>

class Database;

// Finds groups of likely duplicates over the whole base: clients (or their
// contact persons) sharing an E.164 phone, an e-mail, an INN, or companies
// with the same normalised name. Archived clients count; merged ones do not.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(const Database &db) : m_db(db) {}

    // At most `limit` groups, those sharing most first; `cancelled` is asked
    // between steps.
    QList<DuplicateGroup> find(int limit, QString *error = nullptr,
                               const std::function<bool()> &cancelled = {}) const;

private:
    const Database &m_db;
};
