#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One stage of the sales funnel. In a snapshot, count and amount are the
// open deals in the stage now and weighted uses each deal's probability; in
// a flow, they are the period's new deals that got at least this far and
// weighted uses the stage's probability. Conversions always come from the
// period's new deals, time in the stage from the stays that ended in it.
struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    QString color;
    int probability = 0;
    qint64 count = 0;
    qint64 amount = 0;                      // minor units
    qint64 weighted = 0;                    // minor units
    qint64 reached = 0;                     // the period's new deals that got this far
    std::optional<double> conversionToNext; // to the next stage; the last: to won
    std::optional<double> conversionToWon;
    std::optional<double> avgDaysInStage; // stays that ended in the period (moved on, won, lost)
};

struct Funnel
{
    enum class Mode
    {
        Snapshot,
        Flow
    };
    Mode mode = Mode::Snapshot;
    QDate from;
    QDate to;
    qint64 pipelineId = 0;
    QString pipeline;
    QList<FunnelStage> stages;
    // Snapshot: closed in the period; flow: the period's new deals closed since.
    qint64 wonCount = 0;
    qint64 wonAmount = 0; // final amounts where set
    qint64 lostCount = 0;
    qint64 lostAmount = 0;

    static QString modeToString(Mode mode);
    static bool modeFromString(const QString &text, Mode *mode);
};
