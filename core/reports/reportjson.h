#pragma once

#include <QJsonObject>

struct Funnel;
struct Losses;

// The reports as the CLI's `--format json` prints them: money as strings
// with two decimals, shares as fractions from 0 to 1, unknowns as null.
class ReportJson
{
public:
    static QJsonObject funnel(const Funnel &funnel);
    static QJsonObject losses(const Losses &losses);
};
