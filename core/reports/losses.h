#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Why deals were lost in a period: per reason, and per month for the trend.
struct Losses
{
    struct Reason
    {
        qint64 reasonId = 0; // 0: no reason given
        QString name;
        qint64 count = 0;
        qint64 amount = 0; // minor units
    };
    struct Month
    {
        QDate month;          // its first day
        QList<qint64> counts; // per reason, in the order of `reasons`
    };
    QDate from;
    QDate to;
    QList<Reason> reasons; // most lost first
    QList<Month> months;   // every month of the period, empty ones too
    qint64 totalCount = 0;
    qint64 totalAmount = 0;
};
