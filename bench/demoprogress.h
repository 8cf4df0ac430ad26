#pragma once

#include "demo/demogenerator.h"

#include <QTextStream>

// What a bench says while DemoGenerator writes its base: a line on `err` at
// each tenth of the clients.
inline DemoGenerator::Progress demoProgress(QTextStream &err)
{
    return [&err, reported = 0](int done, int total) mutable {
        if (done * 10 / total > reported) {
            reported = done * 10 / total;
            err << "generated " << done << " of " << total << " clients" << Qt::endl;
        }
        return true;
    };
}
