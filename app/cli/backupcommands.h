#pragma once

#include <QCoreApplication>

class Cli;

// `clientele-cli backup [FILE]`, `restore FILE` and `check`.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    explicit BackupCommands(Cli &cli) : m_cli(cli) {}
    int backup();
    int restore();
    int check();

private:
    Cli &m_cli;
};
