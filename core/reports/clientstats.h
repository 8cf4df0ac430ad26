#pragma once

#include <QString>
#include <optional>

// One client's sales at a glance, for the client card: all time.
struct ClientStats
{
    qint64 revenue = 0; // won deals, final amounts where set, minor units
    qint64 won = 0;
    qint64 lost = 0;
    qint64 open = 0;
    std::optional<double> averageCycleDays; // creation to won
    QString lastContactAt;                  // UTC ISO; empty: never
};
