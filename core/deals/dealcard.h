#pragma once

#include <QDateTime>
#include <QString>

// A deal as a board card shows it.
struct DealCard
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString title;
    qint64 amount = 0;
    QString currency;
    int probability = 0;
    QString kind;
    QString stageEnteredAt; // UTC ISO; also the column's sort key with the id
    QString nextTaskTitle;  // the open task due first, if any
    QString nextTaskDue;    // UTC ISO or empty
};

// Where a column's next page starts: after this card.
struct DealCardKey
{
    QString stageEnteredAt;
    qint64 id = 0;
};

// The head of a board column.
struct StageTotals
{
    qint64 stageId = 0;
    int count = 0;
    qint64 sum = 0;      // minor units, every currency together
    qint64 weighted = 0; // sum of amount × probability / 100
};
