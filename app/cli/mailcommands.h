#pragma once

#include <QCoreApplication>

class Cli;
class Database;

// `clientele-cli settings|template|mail ...`: business settings, message
// templates, single messages and the outbox, over core/mailing.
class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    explicit MailCommands(Cli &cli) : m_cli(cli) {}
    int settings();
    int templates();
    int mail();
    int segments();
    int sms();

private:
    int templateAdd(Database &db);
    int templateList(Database &db);
    int send(Database &db, const QString &channel);
    int outbox(Database &db);
    int runOutbox(Database &db, qint64 campaignId, int perMinute);
    int resolve(Database &db);
    int campaign(Database &db);
    int campaignCreate(Database &db);
    int campaignRun(Database &db, qint64 id);
    int campaignShow(Database &db, qint64 id);
    QString manager() const;
    bool open(Database &db, bool write, int *code);

    Cli &m_cli;
};
