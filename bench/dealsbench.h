#pragma once

#include "timings.h"

#include <QString>

class DealRepository;
struct DealFilter;
struct Pipeline;

// The board case of the bench: a base with N open deals spread over the
// stages of the default pipeline, and what the Deals section asks of the core
// when a person opens the board, filters it, scrolls a column and switches
// to the table.
class DealsBench
{
public:
    struct Figures
    {
        int openDeals = 0;
        int clients = 0;
        double generateMs = 0;
        double firstOpenMs = 0; // the first board opening, on a cold connection
        Timings open;           // totals + the first page of every column
        Timings textFilter;     // the same with a word of a title or a client's name
        Timings amountFilter;   // the same with an amount range
        Timings scroll;         // one more page of 50 cards of a column
        Timings table;          // the table: ids in the sort order + the first 100 rows
        Timings sidebarCount;   // open deals of every pipeline
        double peakRssMb = 0;
    };

    // Writes a base of `clients` demo clients and `openDeals` open demo deals.
    static bool generate(const QString &path, int clients, int openDeals, quint64 seed,
                         QString *error);
    // Times the board on the base at `path`, opened read-only.
    static bool run(const QString &path, quint64 seed, Figures *figures, QString *error);
    // What the board does when it opens or its filter changes: the heads of
    // the columns, then the first page of each. Returns the cards and heads read.
    static int openBoard(const DealRepository &deals, const Pipeline &p, const DealFilter &filter);
};
