#include "interactionspage.h"

#include "clientcard.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "interactiondialog.h"
#include "interactions/interactionrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

InteractionsPage::InteractionsPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_tree(new QTreeWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Record interaction…"),
                            this)),
      m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), this)),
      m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete"), this))
{
    m_tree->setObjectName(QStringLiteral("interactionsTreeWidget"));
    m_add->setObjectName(QStringLiteral("addInteractionPushButton"));
    m_tree->setHeaderLabels(
        {tr("When"), tr("Type"), tr("Contact"), tr("Subject"), tr("Result"), tr("Duration")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    header->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    header->resizeSection(2, 150);
    header->resizeSection(4, 170);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Interaction i;
        i.clientId = m_card->buffer().id;
        i.type = Interaction::Type::CallOut;
        InteractionDialog dialog(i, m_card->buffer().contacts, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        i = dialog.interaction();
        QString error;
        if (!m_card->services().interactions.save(i, &error))
            m_card->messenger().error(this, tr("Cannot save the interaction"), error);
        m_card->interactionsChanged();
    });
    connect(m_edit, &QPushButton::clicked, this, &InteractionsPage::editSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &InteractionsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (!item ||
            !m_card->messenger().confirm(this, tr("Delete interaction"),
                                         tr("Delete this record from the history?"), tr("Delete")))
            return;
        QString error;
        if (!m_card->services().interactions.remove(item->data(0, Qt::UserRole).toLongLong(),
                                                    &error))
            m_card->messenger().error(this, tr("Cannot delete the interaction"), error);
        m_card->interactionsChanged();
    });
}

void InteractionsPage::editSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Interaction &existing :
         m_card->services().interactions.forClient(m_card->buffer().id)) {
        if (existing.id != id)
            continue;
        InteractionDialog dialog(existing, m_card->buffer().contacts, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Interaction i = dialog.interaction();
        QString error;
        if (!m_card->services().interactions.save(i, &error))
            m_card->messenger().error(this, tr("Cannot save the interaction"), error);
        m_card->interactionsChanged();
        return;
    }
}

void InteractionsPage::reload()
{
    m_tree->clear();
    const qint64 clientId = m_card->buffer().id;
    m_add->setEnabled(clientId != 0);
    m_edit->setEnabled(clientId != 0);
    m_remove->setEnabled(clientId != 0);
    if (clientId == 0)
        return;
    for (const Interaction &i : m_card->services().interactions.forClient(clientId)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, i.id);
        item->setText(0, UiFormat::dateTime(i.occurredAt.toString(Qt::ISODate)));
        item->setIcon(1, InteractionDialog::typeIcon(i.type));
        item->setText(1, InteractionDialog::typeText(i.type));
        item->setText(2, i.contactName);
        item->setText(3, i.subject);
        item->setToolTip(3, i.text);
        item->setText(4, i.result);
        if (i.durationSec > 0)
            item->setText(5, tr("%1 min").arg((i.durationSec + 59) / 60));
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    }
}
