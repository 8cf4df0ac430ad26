#pragma once

#include "losses.h"

#include <QCoreApplication>
#include <optional>

class Database;
struct ReportFilter;

// The deals lost in a period (by when they were closed), by loss reason.
class LossReport
{
    Q_DECLARE_TR_FUNCTIONS(LossReport)

public:
    explicit LossReport(const Database &db) : m_db(db) {}

    std::optional<Losses> run(const ReportFilter &filter, QString *error = nullptr) const;

private:
    const Database &m_db;
};
