#pragma once

#include "deals/dealrepository.h"
#include "deals/lossreasonrepository.h"

#include <QObject>
#include <functional>

class Database;
class Messenger;
class QWidget;

// What changes a deal's stage or status, wherever it starts (a card dropped
// on the board, a button of the deal card, the menu): asks what the move
// needs (a reason, the final amount, the loss reason), applies the kind's
// rules through DealRepository and reports refusals through the Messenger.
class DealActions : public QObject
{
    Q_OBJECT

public:
    DealActions(const Database &db, Messenger &messenger, QObject *parent = nullptr);

    DealRepository &deals() { return m_deals; }
    const DealRepository &deals() const { return m_deals; }
    const LossReasonRepository &lossReasons() const { return m_reasons; }
    Messenger &messenger() { return m_messenger; }
    // Asked before a deal changes: false keeps it as it is (the open deal
    // card has unsaved edits of it and the person cancelled).
    void setBeforeChange(std::function<bool(qint64 dealId)> check);

    // Each returns true when the deal changed.
    bool move(QWidget *parent, qint64 dealId, qint64 stageId);
    bool win(QWidget *parent, qint64 dealId);
    bool lose(QWidget *parent, qint64 dealId);
    bool reopen(QWidget *parent, qint64 dealId);
    bool remove(QWidget *parent, qint64 dealId);
    bool completeTask(QWidget *parent, qint64 dealId, qint64 taskId);

Q_SIGNALS:
    // The deal's stage, status or tasks changed, or it was deleted.
    void dealChanged(qint64 dealId);

private:
    std::optional<Deal> openDeal(QWidget *parent, qint64 dealId, const QString &what);
    bool done(QWidget *parent, qint64 dealId, bool ok, const QString &what, const QString &error);

    DealRepository m_deals;
    LossReasonRepository m_reasons;
    Messenger &m_messenger;
    std::function<bool(qint64)> m_beforeChange;
};
