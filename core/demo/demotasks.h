#pragma once

#include <QCoreApplication>

class Database;

// Demo people and tasks: the managers of the demo deals in the directory,
// and for `user` tasks in every state (overdue, today, upcoming, undated,
// in progress, returned with a comment), tasks they gave others (one waiting
// for their check) and a repeating one. Steps go through TaskRepository, so
// each task has its history. Runs inside the demo's transaction.
class DemoTasks
{
    Q_DECLARE_TR_FUNCTIONS(DemoTasks)

public:
    explicit DemoTasks(const Database &db) : m_db(db) {}
    // Links tasks to clients with ids from `firstClient` to `lastClient`.
    bool generate(const QString &user, qint64 firstClient, qint64 lastClient, quint64 seed,
                  QString *error);
    // `count` more tasks for a large base, due over the last `spanDays` days
    // and the next two months among the demo's people; the past ones mostly
    // done. Written in bulk, without their history.
    bool generateMany(int count, qint64 firstClient, qint64 lastClient, int spanDays, quint64 seed,
                      QString *error);
    // The colleagues of the demo: the managers of its deals and the owner.
    static QStringList people();

private:
    const Database &m_db;
};
