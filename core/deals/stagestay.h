#pragma once

#include <QString>

// A row of a deal's stage history: a stay in a stage, or its end.
struct StageStay
{
    qint64 stageId = 0;
    QString stageName;
    QString status; // "open", "won", "lost"
    QString enteredAt;
    QString leftAt; // empty while the deal is there
    QString user;
    QString reason;
};
