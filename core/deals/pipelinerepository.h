#pragma once

#include "pipeline.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// A route step of a stage of process deals: a task template.
struct RouteStep
{
    qint64 id = 0;
    qint64 stageId = 0;
    QString title;
    int dueDays = 1; // the task is due this many days after the deal enters the stage
    bool required = true;
};

// Pipelines with their ordered stages, and the route steps of each stage.
class PipelineRepository
{
    Q_DECLARE_TR_FUNCTIONS(PipelineRepository)

public:
    explicit PipelineRepository(const Database &db) : m_db(db) {}

    // The default pipeline with its seven stages and the usual loss reasons,
    // named in the current translation, when the base has no pipeline yet.
    bool ensureDefaults(QString *error = nullptr);

    QList<Pipeline> pipelines() const;
    std::optional<Pipeline> pipeline(qint64 id) const;
    // By name, case-insensitive (Cyrillic too).
    std::optional<Pipeline> findPipeline(const QString &name) const;
    std::optional<Stage> stage(qint64 id) const;
    // The stage of `pipelineId` named `name`, case-insensitive.
    std::optional<Stage> findStage(qint64 pipelineId, const QString &name) const;

    // Inserts (id 0) or updates the pipeline and its stages in the order
    // given; a stage left out is removed unless deals are in it (refused).
    bool save(Pipeline &pipeline, QString *error = nullptr);
    // Refused while the pipeline has deals.
    bool remove(qint64 pipelineId, QString *error = nullptr);

    QList<RouteStep> routeSteps(qint64 stageId) const;
    // Replaces the stage's route with `steps`, in that order.
    bool setRouteSteps(qint64 stageId, QList<RouteStep> &steps, QString *error = nullptr);

private:
    const Database &m_db;
};
