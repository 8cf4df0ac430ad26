#pragma once

#include <QCoreApplication>

class Cli;

// `clientele-cli person add|list`: the directory of colleagues.
class PersonCommands
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    explicit PersonCommands(Cli &cli) : m_cli(cli) {}
    int run();

private:
    Cli &m_cli;
};
