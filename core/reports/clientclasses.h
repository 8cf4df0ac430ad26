#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// ABC analysis of clients by the revenue of their deals won in a period
// (A: the first 80 % of revenue, B: the next 15 %, C: the rest) and XYZ by
// how regularly they buy (the coefficient of variation of their monthly
// revenue: X up to 10 %, Y up to 25 %, Z above). Thresholds are editable.
struct ClientClasses
{
    struct Thresholds
    {
        int a = 80;
        int b = 15;
        int x = 10;
        int y = 25;
    };
    struct Client
    {
        qint64 id = 0;
        QString name;
        qint64 revenue = 0;
        qint64 won = 0;
        double share = 0;      // of the period's revenue
        double cumulative = 0; // with the clients before it
        QChar abc;
        QChar xyz;
        double variation = 0; // of the monthly revenue
    };
    struct Total
    {
        QChar cls;
        qint64 clients = 0;
        qint64 revenue = 0;
    };
    QDate from;
    QDate to;
    Thresholds thresholds;
    int months = 0;
    qint64 revenue = 0;
    QList<Client> clients; // most revenue first
    QList<Total> abc;      // A, B, C
    QList<Total> xyz;      // X, Y, Z
};
