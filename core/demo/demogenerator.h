#pragma once

#include <QString>
#include <functional>

class Database;

// Realistic demo data: Russian and Latin clients, companies with contacts and
// legal entities, phones, e-mails, tags, a history of interactions and deals. Written
// in one transaction, so a cancelled or failed run leaves the database as it was.
class DemoGenerator
{
public:
    struct Options
    {
        int clients = 200;
        int deals = 0;             // for the clients of this run
        int openDealsPercent = 45; // the rest won and lost
        quint64 seed = 1;
        // Whose tasks the demo plans (the current user); the first demo
        // manager when empty.
        QString user;
        // The bench's large base asks for exact volumes; the defaults keep
        // the demo as it was for a seed.
        int interactions = -1;          // in all; -1: 0 to 3 a client
        int busyClientInteractions = 0; // the run's first client gets exactly this many
        int historyDays = 730;          // deals' stories lie within the last N days
        int dealTasksPercent = 50;      // open deals with a next-step task
        int closeSpreadDays = 0;        // open deals expected to close over N days ahead
        int tasks = 0;                  // more tasks over the history, beside the plan
        int events = 0;                 // more events over the history, beside the few
    };
    // Called every few thousand clients; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(const Database &db) : m_db(db) {}
    bool generate(const Options &options, const Progress &progress = {}, QString *error = nullptr);

private:
    const Database &m_db;
};
