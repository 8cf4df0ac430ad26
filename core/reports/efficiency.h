#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// How well deals close: the deals closed (won or lost) in a period, by
// month, by source and by responsible.
struct Efficiency
{
    struct Row
    {
        QString key; // "2026-11", a source, a person; empty: not given
        qint64 closed = 0;
        qint64 won = 0;
        qint64 wonAmount = 0;    // final amounts where set, minor units
        double wonCycleDays = 0; // summed, for the average
        std::optional<double> winRate() const;
        std::optional<qint64> averageDeal() const;
        std::optional<double> averageCycleDays() const; // created to won
    };
    QDate from;
    QDate to;
    QList<Row> byMonth;       // every month of the period, in order
    QList<Row> bySource;      // most won first
    QList<Row> byResponsible; // most won first
    Row total;
};
