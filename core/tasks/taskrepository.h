#pragma once

#include "task.h"
#include "taskhistoryentry.h"
#include "taskview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

class Database;

// Tasks and assignments, and every step of them in the task's history.
// `user` is who acts: the author of what it creates, the actor of each step.
// A task that becomes done tells its deal (DealRepository::taskDone), so a
// process deal moves on whichever way the task was completed; a repeating
// task's done occurrence brings the next one.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(const Database &db, QString user = {});

    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    // The author is the user unless the task names one; the executor is
    // the author unless it names one.
    bool create(Task &task, QString *error = nullptr);
    // Saves what the editor changes (not the status), with an "edited" step.
    bool update(Task &task, QString *error = nullptr);
    std::optional<Task> load(qint64 id) const;
    QList<TaskHistoryEntry> history(qint64 id) const;
    // The deal's tasks, open ones first, by due time.
    QList<Task> forDeal(qint64 dealId) const;
    // The client's tasks (its deals' ones too), open ones first.
    QList<Task> forClient(qint64 clientId) const;

    // The workflow. Each refuses, with the reason, a step the task's status
    // or the user's part in it does not allow.
    bool start(qint64 id, QString *error = nullptr);
    // By the executor or the author. With a check required and an executor
    // who is not the author, the executor's done goes to the author's check.
    bool done(qint64 id, QString *error = nullptr);
    bool accept(qint64 id, QString *error = nullptr);
    bool returnTask(qint64 id, const QString &comment, QString *error = nullptr);
    bool cancel(qint64 id, QString *error = nullptr);
    bool reopen(qint64 id, QString *error = nullptr);

    // The list of a view for `user`, in the order it is shown: by bucket
    // (My tasks), then due, then id. `now` and `zone` say what today is.
    QList<Task> list(TaskView view, const QString &user, const QDateTime &now,
                     const QTimeZone &zone = QTimeZone::systemTimeZone(), int limit = 0) const;
    TaskCounts counts(const QString &user, const QDateTime &now,
                      const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    static TaskBucket bucket(const Task &task, const QDateTime &now,
                             const QTimeZone &zone = QTimeZone::systemTimeZone());

    // "open" -> "Open", for people.
    static QString statusText(const QString &status);
    static QString priorityText(const QString &priority);
    static QString actionText(const QString &action);
    static const QStringList &statuses();
    static const QStringList &priorities();

private:
    // Checks the due, priority and links of a task about to be written.
    bool validate(Task &task, QString *error) const;
    bool addHistory(qint64 id, const QString &action, const QString &from, const QString &to,
                    const QString &comment, QString *error);
    bool setStatus(const Task &task, const QString &to, const QString &action,
                   const QString &comment, QString *error);
    // After a task became done: its deal and its series.
    bool afterDone(const Task &task, QString *error);
    bool createNextOccurrence(const Task &task, QString *error);
    std::optional<Task> loadFor(qint64 id, QString *error) const;
    bool isUser(const QString &name) const;

    const Database &m_db;
    QString m_user;
};
