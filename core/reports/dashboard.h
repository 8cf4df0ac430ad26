#pragma once

#include <QDate>

// The deals' figures of the home screen: where sales stand today.
struct Dashboard
{
    QDate today;
    qint64 openCount = 0;
    qint64 openAmount = 0;   // minor units
    qint64 openWeighted = 0; // by each deal's probability
    qint64 wonThisMonthCount = 0;
    qint64 wonThisMonthAmount = 0; // final amounts where set
    qint64 wonLastMonthCount = 0;
    qint64 wonLastMonthAmount = 0;
};
