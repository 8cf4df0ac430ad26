#pragma once

#include <QString>

// A step of a pipeline; won and lost are states of a deal, not stages.
struct Stage
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    int probability = 0; // the default of a deal that enters it
    QString color;       // "#rrggbb" or empty
};
