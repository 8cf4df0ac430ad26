#pragma once

#include "timings.h"

#include <QList>
#include <QString>

// The reports case of the bench: every report of core/reports over the
// last twelve months of an existing base, each beside a floor: the same
// aggregation as one plain statement through the sqlite3 C API.
class ReportsBench
{
public:
    struct Row
    {
        QString name;
        Timings ours;
        Timings floor;
    };
    struct Figures
    {
        qint64 deals = 0;
        qint64 interactions = 0;
        qint64 clients = 0;
        QList<Row> rows;
        double peakRssMb = 0;
    };

    static bool run(const QString &path, Figures *figures, QString *error);
};
