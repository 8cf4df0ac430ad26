#pragma once

#include <QString>

// A task or an assignment: issued (open), and done; with a check, the
// executor's "done" waits for the author (checking), who accepts it (done)
// or returns it (returned).
struct Task
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 clientId = 0;
    qint64 dealId = 0;
    qint64 routeStepId = 0;                  // the step of a process deal's stage it came from
    qint64 stageId = 0;                      // that stage
    bool required = false;                   // the deal cannot move on by itself before it is done
    QString status = QStringLiteral("open"); // open, checking, returned, done, cancelled
    QString priority = QStringLiteral("normal");
    QString dueAt; // UTC ISO or empty
    QString author;
    QString executor;
    bool checkRequired = false;
    QString createdAt;
    QString completedAt;
};
