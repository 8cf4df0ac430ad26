#pragma once

#include "timings.h"

#include <QList>
#include <QString>

// The reports case of the bench: every report of core/reports over a
// period of an existing base (this month so far, the reports' default, or
// the last N months), each beside a floor: the same aggregation as one plain
// statement through the sqlite3 C API.
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

    static bool run(const QString &path, int months, Figures *figures, QString *error);
};
