#pragma once

#include "calendarbench.h"
#include "reportsbench.h"
#include "timings.h"

#include <QString>

// The large case of the bench (issue "Load"): a base of 1,000,000 clients,
// 1,000,000 deals over three years, 5,000,000 interactions (one client with
// exactly 1,000 of them), 100,000 tasks and 100,000 events, and every screen
// past the client list timed on it through the calls the GUI makes: the card
// of the client with 1,000 interactions, the deals board, the calendar's
// month and every report of the Reports section over a quarter and a year.
// The client list and search are the bench's main case, run on the same base.
class LargeBench
{
public:
    struct Figures
    {
        qint64 clients = 0;
        qint64 deals = 0;
        qint64 interactions = 0;
        qint64 tasks = 0;
        qint64 events = 0;

        qint64 cardClient = 0;
        int cardInteractions = 0;
        double cardFirstMs = 0; // ClientCard::openClient, the first time
        Timings card;           // ClientCard::openClient: every tab filled
        Timings cardLoad;       // ClientRepository::load
        Timings cardTimeline;   // InteractionRepository::forClient
        Timings cardDeals;      // DealRepository::forClient + ClientStatsReport::forClient
        Timings cardAudit;      // AuditRepository::forClient

        int boardCards = 0;
        double boardFirstMs = 0; // the board's first opening on this connection
        Timings board;           // heads + the first page of every column
        Timings sidebar;         // the open deals' count of the sidebar

        QDate month;
        CalendarBench::Figures calendar; // the month view of this month
        int monthEventsAndTasks = 0;
        Timings monthEventsAndTasksMs; // CalendarRepository: events and tasks only

        ReportsBench::Figures quarter; // the last 3 months
        ReportsBench::Figures year;    // the last 12 months
        double peakRssMb = 0;
    };

    // Writes the large base into `path` (a new file); with `clients` and the
    // rest scaled down from a million for a quick try.
    static bool generate(const QString &path, int clients, quint64 seed, QString *error);
    // Times the screens on the base at `path`, opened read-only.
    static bool run(const QString &path, Figures *figures, QString *error);
};
