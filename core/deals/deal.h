#pragma once

#include "dealitem.h"

#include <QDate>
#include <QList>
#include <QString>

// One sale from the first enquiry to shipment: its client, stage, money and
// products. Stage and status change through DealRepository's moves, which
// keep the stage history.
struct Deal
{
    enum class Status
    {
        Open,
        Won,
        Lost
    };
    // Manual: moved by hand. Process: every stage has a route of tasks and
    // the deal moves on when the required ones are done. Simple: only its
    // start and end are recorded.
    enum class Kind
    {
        Manual,
        Process,
        Simple
    };

    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName; // read-only, filled on load
    qint64 contactId = 0;
    QString title;
    qint64 pipelineId = 0;
    QString pipelineName; // read-only
    qint64 stageId = 0;
    QString stageName; // read-only
    Status status = Status::Open;
    Kind kind = Kind::Manual;
    int probability = -1; // -1 on a new deal: the stage's
    qint64 amount = 0;    // potential, minor units
    qint64 finalAmount = 0;
    QString currency = QStringLiteral("RUB");
    qint64 budget = -1; // -1: unknown
    QString interest;
    QString needs;
    QString source;
    QDate expectedClose;
    QString responsible;
    QString notes;
    qint64 lossReasonId = 0;
    QString lossReason; // read-only
    QString lossComment;
    QString stageEnteredAt; // read-only, UTC ISO
    QString createdAt;
    QString updatedAt;
    QString closedAt;
    QList<DealItem> items;

    qint64 itemsTotal() const;

    static QString statusToString(Status status);
    static bool statusFromString(const QString &text, Status *status);
    static QString kindToString(Kind kind);
    static bool kindFromString(const QString &text, Kind *kind);
};
