#pragma once

#include <QCoreApplication>

class Cli;
class Database;

// `clientele-cli deal ...`: deals from the command line, over DealRepository.
class DealCommands
{
    Q_DECLARE_TR_FUNCTIONS(DealCommands)

public:
    explicit DealCommands(Cli &cli) : m_cli(cli) {}
    int run();

private:
    int add(Database &db);
    int move(Database &db, qint64 id);
    int won(Database &db, qint64 id);
    int lost(Database &db, qint64 id);
    int reopen(Database &db, qint64 id);
    int addItem(Database &db, qint64 id);
    int list(Database &db);
    int show(Database &db, qint64 id);

    Cli &m_cli;
};
