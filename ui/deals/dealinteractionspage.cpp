#include "dealinteractionspage.h"

#include "clients/clientrepository.h"
#include "clients/interactiondialog.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "dealactions.h"
#include "dealform.h"
#include "interactions/interactionrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DealInteractionsPage::DealInteractionsPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_tree(new QTreeWidget(this)),
      m_empty(new QLabel(tr("Nothing recorded about this deal yet. Record a call or a meeting to "
                            "remember what was agreed."),
                         this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Record…"), this))
{
    m_tree->setObjectName(QStringLiteral("dealInteractionsTreeWidget"));
    m_add->setObjectName(QStringLiteral("recordDealInteractionPushButton"));
    m_tree->setHeaderLabels({tr("When"), tr("Type"), tr("Subject"), tr("Result")});
    m_tree->setRootIsDecorated(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->resizeSection(2, 220);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const Deal &deal = m_form->buffer();
        Interaction i;
        i.clientId = deal.clientId;
        i.contactId = deal.contactId;
        i.dealId = deal.id;
        i.type = Interaction::Type::CallOut;
        i.subject = deal.title;
        const std::optional<Client> client = m_form->clients().load(deal.clientId);
        InteractionDialog dialog(i, client ? client->contacts : QList<ContactPerson>(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        i = dialog.interaction();
        QString error;
        if (!m_form->interactions().save(i, &error))
            m_form->actions().messenger().error(this, tr("Cannot save the interaction"), error);
        reload();
    });
}

void DealInteractionsPage::reload()
{
    m_tree->clear();
    const Deal &deal = m_form->buffer();
    m_add->setEnabled(deal.id != 0);
    int shown = 0;
    // A client's timeline is short enough to pick the deal's records from.
    for (const Interaction &i :
         deal.id ? m_form->interactions().forClient(deal.clientId) : QList<Interaction>()) {
        if (i.dealId != deal.id)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, UiFormat::dateTime(i.occurredAt.toString(Qt::ISODate)));
        item->setIcon(1, InteractionDialog::typeIcon(i.type));
        item->setText(1, InteractionDialog::typeText(i.type));
        item->setText(2, i.subject);
        item->setToolTip(2, i.text);
        item->setText(3, i.result);
        ++shown;
    }
    m_empty->setVisible(deal.id != 0 && shown == 0);
}
