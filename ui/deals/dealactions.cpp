#include "dealactions.h"

#include "common/messenger.h"
#include "losedealdialog.h"
#include "windealdialog.h"

#include <QInputDialog>

DealActions::DealActions(const Database &db, Messenger &messenger, QObject *parent)
    : QObject(parent), m_deals(db), m_reasons(db), m_messenger(messenger)
{
}

void DealActions::setBeforeChange(std::function<bool(qint64)> check)
{
    m_beforeChange = std::move(check);
}

std::optional<Deal> DealActions::openDeal(QWidget *parent, qint64 dealId, const QString &what)
{
    if (m_beforeChange && !m_beforeChange(dealId))
        return std::nullopt;
    QString error;
    std::optional<Deal> deal = m_deals.load(dealId, &error);
    if (!deal)
        m_messenger.error(parent, what, error);
    return deal;
}

bool DealActions::done(QWidget *parent, qint64 dealId, bool ok, const QString &what,
                       const QString &error)
{
    if (!ok) {
        m_messenger.error(parent, what, error);
        return false;
    }
    Q_EMIT dealChanged(dealId);
    return true;
}

bool DealActions::move(QWidget *parent, qint64 dealId, qint64 stageId)
{
    const QString what = tr("Cannot move the deal");
    const std::optional<Deal> deal = openDeal(parent, dealId, what);
    if (!deal)
        return false;
    if (deal->stageId == stageId && deal->status == Deal::Status::Open)
        return false;
    QString reason;
    const QStringList blocking = m_deals.blockingTasks(dealId);
    if (!blocking.isEmpty()) {
        // A process deal skips its route only for a reason that stays in its history.
        QInputDialog ask(parent);
        ask.setObjectName(QStringLiteral("moveReasonInputDialog"));
        ask.setWindowTitle(tr("Move without the required tasks"));
        ask.setLabelText(tr("The required tasks of «%1» are not done:\n%2\n\nWhy does the deal "
                            "move on without them?")
                             .arg(deal->stageName, blocking.join(QLatin1Char('\n'))));
        ask.setInputMode(QInputDialog::TextInput);
        ask.setOkButtonText(tr("Move"));
        for (;;) {
            if (ask.exec() != QDialog::Accepted)
                return false;
            reason = ask.textValue().trimmed();
            if (!reason.isEmpty())
                break;
        }
    }
    QString error;
    const bool ok = m_deals.move(dealId, stageId, reason, &error);
    return done(parent, dealId, ok, what, error);
}

bool DealActions::win(QWidget *parent, qint64 dealId)
{
    const QString what = tr("Cannot close the deal");
    const std::optional<Deal> deal = openDeal(parent, dealId, what);
    if (!deal)
        return false;
    WinDealDialog dialog(deal->title, deal->amount, deal->currency, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    const bool ok = m_deals.win(dealId, dialog.finalAmount(), &error);
    return done(parent, dealId, ok, what, error);
}

bool DealActions::lose(QWidget *parent, qint64 dealId)
{
    const QString what = tr("Cannot close the deal");
    const std::optional<Deal> deal = openDeal(parent, dealId, what);
    if (!deal)
        return false;
    LoseDealDialog dialog(deal->title, m_reasons.reasons(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    const bool ok = m_deals.lose(dealId, dialog.reasonId(), dialog.comment(), &error);
    return done(parent, dealId, ok, what, error);
}

bool DealActions::reopen(QWidget *parent, qint64 dealId)
{
    const QString what = tr("Cannot reopen the deal");
    if (!openDeal(parent, dealId, what))
        return false;
    QString error;
    const bool ok = m_deals.reopen(dealId, &error);
    return done(parent, dealId, ok, what, error);
}

bool DealActions::remove(QWidget *parent, qint64 dealId)
{
    const QString what = tr("Cannot delete the deal");
    const std::optional<Deal> deal = openDeal(parent, dealId, what);
    if (!deal ||
        !m_messenger.confirm(parent, tr("Delete deal"),
                             tr("Delete «%1» with its line items, stage history and tasks? This "
                                "cannot be undone; a lost deal is better marked as lost.")
                                 .arg(deal->title),
                             tr("Delete")))
        return false;
    QString error;
    const bool ok = m_deals.remove(dealId, &error);
    return done(parent, dealId, ok, what, error);
}

bool DealActions::completeTask(QWidget *parent, qint64 dealId, qint64 taskId)
{
    QString error;
    const bool ok = m_deals.completeTask(taskId, &error);
    return done(parent, dealId, ok, tr("Cannot complete the task"), error);
}
