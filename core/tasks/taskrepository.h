#pragma once

#include "task.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Tasks and assignments. Completing a deal's task goes through
// DealRepository::completeTask(), which may move a process deal on.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(const Database &db) : m_db(db) {}

    bool create(Task &task, QString *error = nullptr);
    std::optional<Task> load(qint64 id) const;
    // The deal's tasks, open ones first, by due time.
    QList<Task> forDeal(qint64 dealId) const;
    bool setStatus(qint64 id, const QString &status, QString *error = nullptr);

private:
    const Database &m_db;
};
