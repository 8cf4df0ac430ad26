#include "dealhistorypage.h"

#include "common/uiformat.h"
#include "dealactions.h"
#include "dealform.h"
#include "dealtablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

DealHistoryPage::DealHistoryPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("stageHistoryTreeWidget"));
    m_tree->setHeaderLabels(
        {tr("Stage"), tr("Entered"), tr("Left"), tr("Days"), tr("By"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    for (int c = 0; c < 5; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
}

void DealHistoryPage::reload()
{
    m_tree->clear();
    const qint64 id = m_form->buffer().id;
    if (id == 0)
        return;
    for (const StageStay &s : m_form->actions().deals().history(id)) {
        auto *item = new QTreeWidgetItem(m_tree);
        Deal::Status status = Deal::Status::Open;
        Deal::statusFromString(s.status, &status);
        // A closing row is the end, not a stay: it has no length.
        const bool stay = status == Deal::Status::Open;
        item->setText(0,
                      stay ? s.stageName
                           : tr("%1 (in %2)").arg(DealTableModel::statusText(status), s.stageName));
        item->setText(1, UiFormat::dateTime(s.enteredAt));
        item->setText(2, UiFormat::dateTime(s.leftAt));
        if (stay) {
            const QDateTime in = QDateTime::fromString(s.enteredAt, Qt::ISODate);
            const QDateTime out = s.leftAt.isEmpty() ? QDateTime::currentDateTimeUtc()
                                                     : QDateTime::fromString(s.leftAt, Qt::ISODate);
            item->setText(3, QLocale().toString(std::max<qint64>(0, in.daysTo(out))));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(4, s.user);
        item->setText(5, s.reason);
        item->setToolTip(5, s.reason);
    }
}
