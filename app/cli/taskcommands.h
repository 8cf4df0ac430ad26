#pragma once

#include <QCoreApplication>

class Cli;
class Database;
struct Task;

// `clientele-cli task ...`: tasks and assignments over TaskRepository, as
// the user `--user` names (else $CLIENTELE_USER, the GUI's choice, the login).
class TaskCommands
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)

public:
    explicit TaskCommands(Cli &cli) : m_cli(cli) {}
    int run();

private:
    int add(Database &db);
    int list(Database &db);
    int show(Database &db, qint64 id);
    int step(Database &db, const QString &sub, qint64 id);
    // --due and --all-day into the task; false with the message printed.
    bool readDue(Task &task, int *exitCode);

    Cli &m_cli;
};
