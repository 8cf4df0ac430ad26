#pragma once

#include <QString>

class Database;

// Demo deals over the clients already in the base: open ones spread over the
// stages of the first pipeline (more in the early ones), won and lost ones,
// with line items from a small catalogue, their stage history and tasks, some
// of them overdue. Written through prepared statements in one transaction, so
// a base of 100,000 deals takes seconds, not minutes.
class DemoDeals
{
public:
    struct Options
    {
        int open = 0;
        int closed = 0;
        quint64 seed = 1;
    };

    explicit DemoDeals(const Database &db) : m_db(db) {}
    // Adds the default pipeline first when the base has none. Refused on a
    // base without clients.
    bool generate(const Options &options, QString *error = nullptr);

private:
    const Database &m_db;
};
