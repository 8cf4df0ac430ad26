#pragma once

#include "deal.h"
#include "dealcard.h"
#include "dealfilter.h"
#include "stagestay.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Deals with their line items and stage history. A deal's stage and status
// change only through move(), win(), lose() and reopen(), which keep the
// history and apply the rules of the deal's kind.
class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    // `user`: who is recorded in the stage history (the login name by default).
    explicit DealRepository(const Database &db, QString user = {});

    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    std::optional<Deal> load(qint64 id, QString *error = nullptr) const;
    // A new deal: the pipeline's first stage unless one is given, the stage's
    // probability unless one is given (0..100), the default pipeline unless
    // one is given. Enters the stage (history; route tasks for a process deal).
    bool create(Deal &deal, QString *error = nullptr);
    // Saves what the card edits: fields and line items, not stage or status.
    bool update(Deal &deal, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

    // To another stage of the deal's pipeline. A process deal whose required
    // tasks of the current stage are not done moves only with a reason, which
    // is recorded; its open route tasks of the stage it leaves are cancelled.
    bool move(qint64 id, qint64 stageId, const QString &reason = {}, QString *error = nullptr);
    // Won with the final amount (the potential amount by default), today.
    bool win(qint64 id, std::optional<qint64> finalAmount = {}, QString *error = nullptr);
    // Lost: a loss reason is required.
    bool lose(qint64 id, qint64 lossReasonId, const QString &comment = {},
              QString *error = nullptr);
    // A closed deal back to open, in the stage it was closed in.
    bool reopen(qint64 id, QString *error = nullptr);
    // Marks a task done through the task's workflow (TaskRepository::done:
    // a task with a check goes to its author first).
    bool completeTask(qint64 taskId, QString *error = nullptr);
    // Called by the task workflow when a task became done: when it was the
    // last required task of its process deal's stage, the deal moves on.
    bool taskDone(qint64 taskId, QString *error = nullptr);

    // The open required tasks of the stage the deal is in, when it is a
    // process deal: it leaves that stage by hand only with a reason.
    QStringList blockingTasks(qint64 id) const;

    QList<StageStay> history(qint64 id) const;
    // The client's deals, open first, without line items.
    QList<Deal> forClient(qint64 clientId) const;

    // A board column: open deals of the stage that pass the filter, longest
    // in the stage first, `limit` after `after`.
    QList<DealCard> column(qint64 stageId, const DealFilter &filter,
                           const std::optional<DealCardKey> &after, int limit) const;
    // Count, sum and weighted sum of each stage's open deals that pass the filter.
    QList<StageTotals> totals(qint64 pipelineId, const DealFilter &filter) const;
    // Ids of the deals that pass the filter in the order asked (ties by id),
    // for the table and the CLI; limit 0 for all.
    QList<qint64> ids(const DealFilter &filter, DealSort sort = DealSort::Created,
                      bool descending = true, int limit = 0) const;
    // The rows of `ids`, in that order, without line items.
    QList<Deal> rows(const QList<qint64> &ids) const;
    // Finds once the deals that `filter.text` matches (in its pipeline and
    // status) and sets `filter.matched`, so that the queries that follow look
    // them up by id instead of reading every deal again. Not done (false)
    // when more than `limit` match: then a column finds its cards at once.
    bool matchText(DealFilter &filter, int limit = 5000) const;
    // Open deals of every pipeline, for the sidebar.
    int openCount() const;
    // The people of the directory and the other responsible names deals
    // have; the sources deals have. For the filters and the card.
    QStringList responsibles() const;
    QStringList sources() const;

private:
    bool writeItems(Deal &deal, QString *error);
    // History and, for a process deal, the stage's route tasks.
    bool enterStage(const Deal &deal, qint64 stageId, const QString &now, const QString &reason,
                    QString *error);
    bool hasHistory(qint64 id) const;
    // Ends the deal's current stay in the history.
    bool closeStay(qint64 id, const QString &now, QString *error);
    QStringList openRequiredTasks(qint64 id, qint64 stageId) const;
    bool close(const Deal &deal, Deal::Status status, qint64 finalAmount, qint64 lossReasonId,
               const QString &comment, const QString &reason, QString *error);

    const Database &m_db;
    QString m_user;
};
