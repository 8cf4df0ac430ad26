#pragma once

#include <QString>

// One step of a task: created, started, done, sent for a check, accepted,
// returned (with the comment), cancelled, reopened, edited.
struct TaskHistoryEntry
{
    QString at; // UTC
    QString actor;
    QString action;
    QString fromStatus;
    QString toStatus;
    QString comment;
};
