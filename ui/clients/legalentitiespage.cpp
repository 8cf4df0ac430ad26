#include "legalentitiespage.h"

#include "clientcard.h"
#include "clients/inn.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
using Member = QString LegalEntity::*;
const Member kColumns[] = {&LegalEntity::name,     &LegalEntity::inn,         &LegalEntity::kpp,
                           &LegalEntity::ogrn,     &LegalEntity::bankName,    &LegalEntity::bik,
                           &LegalEntity::bankAccount, &LegalEntity::corrAccount,
                           &LegalEntity::legalAddress};
constexpr int kInnColumn = 1;
} // namespace

LegalEntitiesPage::LegalEntitiesPage(ClientCard *card, QWidget *parent)
    : QWidget(parent), m_card(card), m_table(new QTableWidget(0, 9, this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add legal entity"),
                            this)),
      m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("legalEntitiesTableWidget"));
    m_add->setObjectName(QStringLiteral("addLegalEntityPushButton"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("INN"), tr("KPP"), tr("OGRN"), tr("Bank"),
                                        tr("BIK"), tr("Account"), tr("Corr. account"),
                                        tr("Legal address")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        Client c = m_card->buffer();
        if (item->row() >= c.legalEntities.size())
            return;
        c.legalEntities[item->row()].*kColumns[item->column()] = item->text().trimmed();
        {
            const QSignalBlocker block(m_table);
            markInn(item->row());
        }
        m_card->edit(c, tr("Edit legal entity"), 300 + item->row() * 10 + item->column());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        LegalEntity l;
        l.name = c.name;
        c.legalEntities << l;
        m_card->edit(c, tr("Add legal entity"), -1);
        m_table->setCurrentCell(int(c.legalEntities.size()) - 1, kInnColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        const int row = m_table->currentRow();
        if (row < 0 || row >= c.legalEntities.size())
            return;
        c.legalEntities.removeAt(row);
        m_card->edit(c, tr("Remove legal entity"), -1);
    });
}

void LegalEntitiesPage::markInn(int row)
{
    QTableWidgetItem *item = m_table->item(row, kInnColumn);
    if (!item)
        return;
    const bool bad = !item->text().isEmpty() && !Inn::isValid(item->text());
    item->setIcon(bad ? QIcon::fromTheme(QStringLiteral("dialog-warning")) : QIcon());
    item->setToolTip(bad ? tr("This INN fails its control digits: check it against the "
                              "client's documents.")
                         : QString());
    item->setForeground(bad ? QColor(0xc0, 0x39, 0x2b) : m_table->palette().text().color());
}

void LegalEntitiesPage::setClient(const Client &client)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->currentRow(), column = m_table->currentColumn();
    m_table->setRowCount(int(client.legalEntities.size()));
    for (int r = 0; r < client.legalEntities.size(); ++r) {
        for (int col = 0; col < 9; ++col) {
            const QString text = client.legalEntities.at(r).*kColumns[col];
            QTableWidgetItem *item = m_table->item(r, col);
            if (!item)
                m_table->setItem(r, col, new QTableWidgetItem(text));
            else if (item->text() != text)
                item->setText(text);
        }
        markInn(r);
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, column);
    m_remove->setEnabled(m_table->rowCount() > 0);
}
