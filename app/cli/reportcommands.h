#pragma once

#include <QCoreApplication>

class Cli;
class Database;
struct ReportFilter;
struct ReportTable;
class QJsonObject;

// `clientele-cli report ...`: the reports of core/reports printed as a
// table, JSON or CSV.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    explicit ReportCommands(Cli &cli) : m_cli(cli) {}
    int run();

private:
    // --from, --to (this month so far by default) and the filters; false
    // with the message printed and the exit code set.
    bool readFilter(Database &db, ReportFilter *filter, int *exitCode);
    int print(const QJsonObject &json, const ReportTable &table);

    Cli &m_cli;
};
