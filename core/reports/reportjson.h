#pragma once

#include <QJsonObject>

struct Channels;
struct ClientClasses;
struct Efficiency;
struct Funnel;
struct InteractionStats;
struct Losses;

// The reports as the CLI's `--format json` prints them: money as strings
// with two decimals, shares as fractions from 0 to 1, unknowns as null.
class ReportJson
{
public:
    static QJsonObject funnel(const Funnel &funnel);
    static QJsonObject losses(const Losses &losses);
    static QJsonObject efficiency(const Efficiency &efficiency);
    static QJsonObject interactions(const InteractionStats &stats);
    static QJsonObject channels(const Channels &channels);
    static QJsonObject clientClasses(const ClientClasses &classes);
};
