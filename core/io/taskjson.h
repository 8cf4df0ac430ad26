#pragma once

#include "tasks/task.h"
#include "tasks/taskhistoryentry.h"

#include <QJsonObject>

// The JSON of a task for `clientele-cli task list/show`: every key present,
// unknown values null. `due` is a UTC time, or a local date when all_day.
class TaskJson
{
public:
    static QJsonObject toJson(const Task &task, const QList<TaskHistoryEntry> &history);
};
