#pragma once

#include <QString>

// A task or an assignment. The author gives it to the executor; it is open,
// in progress, and done; with a check required and an executor who is not
// the author, the executor's "done" waits for the author (checking), who
// accepts it (done) or returns it with a comment (returned).
struct Task
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 clientId = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    qint64 routeStepId = 0; // the step of a process deal's stage it came from
    qint64 stageId = 0;     // that stage
    bool required = false;  // the deal cannot move on by itself before it is done
    QString status =
        QStringLiteral("open"); // open, in_progress, checking, returned, done, cancelled
    QString priority = QStringLiteral("normal"); // low, normal, high
    // A UTC time "yyyy-MM-ddTHH:mm:ssZ", or the local date "yyyy-MM-dd" when
    // allDay; empty: no date.
    QString dueAt;
    bool allDay = false;
    QString repeatRule;  // RRULE text ("FREQ=WEEKLY;BYDAY=MO,WE"), empty: does not repeat
    qint64 seriesId = 0; // the first task of its repeating series
    QString author;
    QString executor;
    bool checkRequired = false;
    QString createdAt;
    QString updatedAt;
    QString completedAt;

    // Read with the task for lists, never written.
    QString clientName;
    QString contactName;
    QString dealTitle;

    bool isFinished() const
    {
        return status == QLatin1String("done") || status == QLatin1String("cancelled");
    }
};
