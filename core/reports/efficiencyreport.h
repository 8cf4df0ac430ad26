#pragma once

#include "efficiency.h"

#include <QCoreApplication>

class Database;
struct ReportFilter;

// Win rate, average deal and sales cycle of the deals closed in a period.
class EfficiencyReport
{
    Q_DECLARE_TR_FUNCTIONS(EfficiencyReport)

public:
    explicit EfficiencyReport(const Database &db) : m_db(db) {}

    std::optional<Efficiency> run(const ReportFilter &filter, QString *error = nullptr) const;

private:
    const Database &m_db;
};
