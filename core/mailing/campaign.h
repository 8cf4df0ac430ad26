#pragma once

#include <QString>

// A mailing: a template sent to a segment (or a selection) on one channel,
// now or at a time, at a pace; its cost is kept for ROI in reports.
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString channel = QStringLiteral("email");
    qint64 templateId = 0; // 0: a ready template, known by its name
    QString templateName;
    qint64 segmentId = 0; // 0: a selection of clients
    QString segmentName;
    QString status = QStringLiteral("scheduled"); // scheduled, running, paused, done, cancelled
    QString scheduledAt;                          // UTC; empty: now
    int ratePerMinute = 60;
    qint64 cost = 0; // minor units
    QString currency = QStringLiteral("RUB");
    QString createdAt;
    QString startedAt;
    QString finishedAt;
};
