#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The interactions of a period: by type and result, by week or month and by
// the person who logged them; and the clients nobody has contacted lately.
struct InteractionStats
{
    enum class Bucket
    {
        Week,
        Month
    };
    struct Count
    {
        QString type; // call_in, call_out, meeting, email, sms, note
        QString
            key; // the result, the period ("2026-11", "2026-11-23" for a week's Monday), the person
        qint64 count = 0;
    };
    struct Quiet
    {
        qint64 clientId = 0;
        QString name;
        QString lastContactAt; // UTC ISO; empty: never
    };
    QDate from;
    QDate to;
    Bucket bucket = Bucket::Month;
    int quietDays = 30;
    QList<Count> byResult; // most first
    QList<Count> byPeriod; // in time order
    QList<Count> byUser;   // most first
    qint64 total = 0;
    qint64 quietCount = 0; // active clients without contact for quietDays
    QList<Quiet> quiet;    // the longest quiet first, at most QuietListLimit
    static constexpr int QuietListLimit = 500;
};
