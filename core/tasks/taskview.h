#pragma once

#include <QString>

// The lists of the Tasks section.
enum class TaskView
{
    Mine,     // executor is me, not finished nor waiting for a check
    Assigned, // author is me, executor someone else, not finished
    ToCheck   // author is me, waiting for my check
};

// Where a task of My tasks falls, in the user's local time.
enum class TaskBucket
{
    Overdue,
    Today,
    Upcoming,
    NoDate
};

// The figures of the sidebar.
struct TaskCounts
{
    int overdue = 0;
    int today = 0;
    int upcoming = 0;
    int noDate = 0;
    int assigned = 0;
    int toCheck = 0;

    int mine() const { return overdue + today + upcoming + noDate; }
    bool operator==(const TaskCounts &) const = default;
};
