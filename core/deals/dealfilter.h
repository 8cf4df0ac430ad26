#pragma once

#include "deal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// The order of the deal table.
enum class DealSort
{
    Created,
    Title,
    Client,
    Stage,
    Amount,
    Probability,
    ExpectedClose,
    Status
};

// What the board and the deal table show: one pipeline, narrowed down.
struct DealFilter
{
    qint64 pipelineId = 0; // 0: every pipeline
    std::optional<Deal::Status> status;
    QString responsible;
    QString source;
    QDate createdFrom; // the period, by the deal's creation date, inclusive
    QDate createdTo;
    qint64 minAmount = -1; // minor units; -1: no bound
    qint64 maxAmount = -1;
    QString clientTag;
    QString text; // words of the title or the client's name
    qint64 clientId = 0;
    // The deals `text` matched, found once by DealRepository::matchText() for
    // the board's many queries; when set, `text` is not searched again.
    std::optional<QList<qint64>> matched;
    // Only these deals, whatever else they are: the deals behind a report's
    // figure, opened from the report.
    std::optional<QList<qint64>> only;
};
