#pragma once

#include "channels.h"

#include <QCoreApplication>

class Database;
struct ReportFilter;

// New clients, deals and revenue by source, and the mailings' results, cost
// and return in a period.
class ChannelReport
{
    Q_DECLARE_TR_FUNCTIONS(ChannelReport)

public:
    explicit ChannelReport(const Database &db) : m_db(db) {}

    std::optional<Channels> run(const ReportFilter &filter, QString *error = nullptr) const;

private:
    const Database &m_db;
};
