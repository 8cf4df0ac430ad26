#include "productspage.h"

#include "common/messenger.h"
#include "deals/money.h"
#include "deals/productrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    SkuColumn,
    UnitColumn,
    PriceColumn,
    VatColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole;
} // namespace

ProductsPage::ProductsPage(const Database &db, Messenger &messenger, QWidget *parent)
    : QWidget(parent), m_db(db), m_messenger(messenger), m_table(new QTableWidget(0, ColumnCount))
{
    m_table->setObjectName(QStringLiteral("productsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("SKU"), tr("Unit"), tr("Price with VAT"), tr("VAT, %")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add product"));
    add->setObjectName(QStringLiteral("addProductPushButton"));
    auto *archive =
        new QPushButton(QIcon::fromTheme(QStringLiteral("archive-insert")), tr("A&rchive"));
    archive->setObjectName(QStringLiteral("archiveProductPushButton"));
    auto *note = new QLabel(tr("What deals offer: a line item takes the product's name, SKU, "
                               "unit, price and VAT, and can change them. Leave VAT empty for "
                               "goods sold without VAT."));
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(archive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ProductsPage::add);
    connect(archive, &QPushButton::clicked, this, &ProductsPage::archiveSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ProductsPage::edited);
    reload();
}

void ProductsPage::reload()
{
    m_loading = true;
    const QList<Product> products = ProductRepository(m_db).products({}, 100000);
    m_table->setRowCount(int(products.size()));
    const QLocale locale;
    for (int row = 0; row < products.size(); ++row) {
        const Product &p = products.at(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(IdRole, p.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, SkuColumn, new QTableWidgetItem(p.sku));
        m_table->setItem(row, UnitColumn, new QTableWidgetItem(p.unit));
        auto *price = new QTableWidgetItem(Money::toPlain(p.price));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PriceColumn, price);
        auto *vat =
            new QTableWidgetItem(p.vatPercent < 0 ? QString() : QString::number(p.vatPercent));
        vat->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, VatColumn, vat);
    }
    m_loading = false;
}

void ProductsPage::add()
{
    Product p;
    p.name = tr("New product");
    QString error;
    if (!ProductRepository(m_db).save(p, &error)) {
        m_messenger.error(this, tr("Products"), error);
        return;
    }
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(IdRole).toLongLong() == p.id) {
            m_table->setCurrentCell(row, NameColumn);
            m_table->editItem(m_table->item(row, NameColumn));
        }
}

void ProductsPage::edited(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const int row = item->row();
    const int column = item->column(); // `item` goes with the reload
    ProductRepository products(m_db);
    std::optional<Product> p =
        products.load(m_table->item(row, NameColumn)->data(IdRole).toLongLong());
    if (!p)
        return;
    const QString text = item->text().trimmed();
    QString error;
    switch (column) {
    case NameColumn:
        p->name = text;
        break;
    case SkuColumn:
        p->sku = text;
        break;
    case UnitColumn:
        p->unit = text;
        break;
    case PriceColumn:
        if (const std::optional<qint64> price = Money::parse(text); price && *price >= 0)
            p->price = *price;
        else
            error = tr("\"%1\" is not a price; type it like 1 234,50.").arg(text);
        break;
    case VatColumn: {
        bool ok = text.isEmpty();
        const int vat = text.isEmpty() ? -1 : text.toInt(&ok);
        if (ok && vat <= 100)
            p->vatPercent = vat;
        else
            error = tr("VAT is a percentage from 0 to 100, or empty for none.");
        break;
    }
    default:
        break;
    }
    if (error.isEmpty() && products.save(*p, &error)) {
        reload();
        m_table->setCurrentCell(row, column);
        return;
    }
    m_messenger.error(this, tr("Products"), error);
    reload();
}

void ProductsPage::archiveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    ProductRepository products(m_db);
    std::optional<Product> p =
        products.load(m_table->item(row, NameColumn)->data(IdRole).toLongLong());
    if (!p)
        return;
    p->archived = true;
    QString error;
    if (!products.save(*p, &error))
        m_messenger.error(this, tr("Products"), error);
    reload();
}
