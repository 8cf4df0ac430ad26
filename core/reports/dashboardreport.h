#pragma once

#include "dashboard.h"

#include <QString>
#include <optional>

class Database;

// The open deals of every pipeline and the deals won this month and last.
class DashboardReport
{
public:
    explicit DashboardReport(const Database &db) : m_db(db) {}

    std::optional<Dashboard> run(const QDate &today, QString *error = nullptr) const;

private:
    const Database &m_db;
};
