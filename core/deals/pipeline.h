#pragma once

#include "stage.h"

#include <QList>
#include <QString>

// Ordered stages a deal goes through: the default one, wholesale, retail...
struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<Stage> stages;
};
