#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Where clients and sales come from: per source (the advertising channel) and
// per mailing. A won deal counts for a mailing when its client got a message
// of it and the deal was created within AttributionDays after.
struct Channels
{
    static constexpr int AttributionDays = 30;
    struct Source
    {
        QString source; // empty: not given
        qint64 newClients = 0;
        qint64 newDeals = 0;
        qint64 won = 0;
        qint64 revenue = 0; // won in the period, final amounts where set
    };
    struct Campaign
    {
        qint64 id = 0;
        QString name;
        QString channel;
        QString status;
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 waiting = 0; // queued, sending or unknown
        qint64 excluded = 0;
        qint64 cost = 0;
        qint64 won = 0;
        qint64 revenue = 0;
        std::optional<double> roi() const; // (revenue - cost) / cost
        std::optional<qint64> costPerWon() const;
    };
    QDate from;
    QDate to;
    QList<Source> sources;     // most revenue first
    QList<Campaign> campaigns; // mailings created in the period, newest first
};
