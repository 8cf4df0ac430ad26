#pragma once

#include "interactionstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

class Database;
struct ReportFilter;

// Who talked to clients, how and with what result. The filter's responsible
// is the person who logged the interaction; region, importance and tag are
// the client's.
class InteractionReport
{
    Q_DECLARE_TR_FUNCTIONS(InteractionReport)

public:
    explicit InteractionReport(const Database &db) : m_db(db) {}

    std::optional<InteractionStats> run(const ReportFilter &filter, InteractionStats::Bucket bucket,
                                        int quietDays, const QDateTime &now,
                                        QString *error = nullptr) const;

private:
    const Database &m_db;
};
