#pragma once

#include "funnel.h"

#include <QCoreApplication>

class Database;
struct ReportFilter;

// The sales funnel of one pipeline (the first when the filter names none).
// A deal got as far as the furthest stage it stayed in, or its stage now; a
// won deal went through them all.
class FunnelReport
{
    Q_DECLARE_TR_FUNCTIONS(FunnelReport)

public:
    explicit FunnelReport(const Database &db) : m_db(db) {}

    std::optional<Funnel> run(const ReportFilter &filter, Funnel::Mode mode,
                              QString *error = nullptr) const;

private:
    const Database &m_db;
};
