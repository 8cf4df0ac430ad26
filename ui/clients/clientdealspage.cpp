#include "clientdealspage.h"

#include "clientcard.h"
#include "common/uiformat.h"
#include "deals/dealrepository.h"
#include "deals/money.h"
#include "reports/clientstatsreport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ClientDealsPage::ClientDealsPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_empty(new QLabel(this)),
      m_new(new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New deal…"),
                            this)),
      m_open(new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("O&pen"), this))
{
    m_tree->setObjectName(QStringLiteral("clientDealsTreeWidget"));
    m_summary->setObjectName(QStringLiteral("clientSalesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText); // figures and dates only
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newClientDealPushButton"));
    m_open->setObjectName(QStringLiteral("openClientDealPushButton"));
    m_tree->setHeaderLabels(
        {tr("Deal"), tr("Stage"), tr("Status"), tr("Amount"), tr("Expected close")});
    m_tree->setRootIsDecorated(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setText(tr("No deals with this client yet. A deal follows one sale from the first "
                        "call to the payment."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] {
        Q_EMIT m_card->newDealRequested(m_card->buffer().id, m_card->buffer().displayName());
    });
    connect(m_open, &QPushButton::clicked, this, &ClientDealsPage::openSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ClientDealsPage::openSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_open->setEnabled(current != nullptr); });
}

void ClientDealsPage::openSelected()
{
    if (const QTreeWidgetItem *item = m_tree->currentItem())
        Q_EMIT m_card->dealOpenRequested(item->data(0, Qt::UserRole).toLongLong());
}

void ClientDealsPage::reload()
{
    m_tree->clear();
    const qint64 clientId = m_card->buffer().id;
    m_new->setEnabled(clientId != 0);
    m_open->setEnabled(false);
    const QList<Deal> deals =
        clientId ? DealRepository(m_card->services().db).forClient(clientId) : QList<Deal>();
    for (const Deal &d : deals) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, d.id);
        item->setText(0, d.title);
        item->setText(1, d.stageName);
        switch (d.status) {
        case Deal::Status::Open:
            item->setText(2, tr("open, %1 %").arg(d.probability));
            break;
        case Deal::Status::Won:
            item->setText(2, tr("won"));
            item->setIcon(2, QIcon::fromTheme(QStringLiteral("flag-green")));
            break;
        case Deal::Status::Lost:
            item->setText(2, tr("lost"));
            item->setIcon(2, QIcon::fromTheme(QStringLiteral("flag-red")));
            item->setToolTip(2, d.lossReason);
            break;
        }
        item->setText(
            3, Money::format(d.status == Deal::Status::Won ? d.finalAmount : d.amount, d.currency));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, QLocale().toString(d.expectedClose, QLocale::ShortFormat));
    }
    m_empty->setVisible(clientId != 0 && deals.isEmpty());
    showSummary(clientId);
}

void ClientDealsPage::showSummary(qint64 clientId)
{
    const std::optional<ClientStats> s =
        clientId ? ClientStatsReport(m_card->services().db).forClient(clientId) : std::nullopt;
    m_summary->setVisible(s.has_value());
    if (!s)
        return;
    const QLocale locale;
    QStringList parts = {
        tr("Revenue: <b>%1</b>").arg(UiFormat::wholeMoney(s->revenue)),
        tr("won %1, lost %2, open %3")
            .arg(locale.toString(s->won), locale.toString(s->lost), locale.toString(s->open))};
    if (s->averageCycleDays)
        parts << tr("average cycle %n day(s)", nullptr, qRound(*s->averageCycleDays));
    parts << (s->lastContactAt.isEmpty()
                  ? tr("no contact yet")
                  : tr("last contact %1").arg(UiFormat::relativeDate(s->lastContactAt)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}
