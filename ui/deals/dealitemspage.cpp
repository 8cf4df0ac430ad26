#include "dealitemspage.h"

#include "common/moneyedit.h"
#include "dealform.h"
#include "deals/money.h"
#include "deals/productrepository.h"
#include "productnamedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

DealItemsPage::DealItemsPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_table(new QTableWidget(0, ColumnCount, this)),
      m_totals(new QLabel(this)),
      m_empty(new QLabel(tr("No products yet. Add the products the client is interested in: "
                            "their total can become the deal's amount."),
                         this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add line"), this)),
      m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove line"),
                               this)),
      m_useTotal(new QPushButton(tr("&Use the total as the amount"), this))
{
    m_table->setObjectName(QStringLiteral("dealItemsTableWidget"));
    m_totals->setObjectName(QStringLiteral("itemsTotalLabel"));
    m_add->setObjectName(QStringLiteral("addItemPushButton"));
    m_remove->setObjectName(QStringLiteral("removeItemPushButton"));
    m_useTotal->setObjectName(QStringLiteral("useTotalPushButton"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit"), tr("Price"),
                                        tr("Discount, %"), tr("VAT, %"), tr("Total")});
    m_table->setItemDelegateForColumn(Product, new ProductNameDelegate(form->products(), this));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Product, QHeaderView::Stretch);
    for (int c = Quantity; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("VAT is inside the price; leave VAT empty for goods without it"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_useTotal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &DealItemsPage::cellEdited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Deal d = m_form->buffer();
        DealItem item;
        item.vatPercent = 20;
        d.items << item;
        m_form->edit(d, tr("Add line"), -1);
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, Product);
        m_table->editItem(m_table->item(row, Product));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_form->buffer().items.size())
            return;
        Deal d = m_form->buffer();
        d.items.removeAt(row);
        m_form->edit(d, tr("Remove line"), -1);
    });
    connect(m_useTotal, &QPushButton::clicked, this, [this] {
        Deal d = m_form->buffer();
        d.amount = d.itemsTotal();
        m_form->edit(d, tr("Amount from the line items"), -1);
    });
}

QString DealItemsPage::fraction(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QLocale().toString(value / scale);
    qint64 rest = value % scale;
    if (rest == 0)
        return text;
    QString digits = QStringLiteral("%1").arg(rest, decimals, 10, QLatin1Char('0'));
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return text + QLocale().decimalPoint() + digits;
}

std::optional<qint64> DealItemsPage::parseFraction(const QString &text, int decimals)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}%]")));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^(\\d{1,12})(?:[.,](\\d{1,%1}))?$").arg(decimals))
            .match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString digits = m.captured(2);
    while (digits.size() < decimals)
        digits += QLatin1Char('0');
    return m.captured(1).toLongLong() * scale + (digits.isEmpty() ? 0 : digits.toLongLong());
}

void DealItemsPage::setDeal(const Deal &d)
{
    const QSignalBlocker block(m_table);
    const int current = m_table->currentRow();
    m_table->setRowCount(int(d.items.size()));
    for (int row = 0; row < d.items.size(); ++row) {
        const DealItem &i = d.items.at(row);
        const QStringList cells = {i.name,
                                   fraction(i.quantity, 3),
                                   i.unit,
                                   MoneyEdit::editText(i.price),
                                   i.discount ? fraction(i.discount, 2) : QString(),
                                   i.vatPercent >= 0 ? QString::number(i.vatPercent) : QString(),
                                   Money::format(i.total(), d.currency)};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            item->setText(cells.at(c));
            if (c != Product && c != Unit)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == Total)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == Product)
                item->setToolTip(i.sku.isEmpty() ? QString() : tr("SKU %1").arg(i.sku));
        }
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, m_table->currentColumn());
    qint64 vat = 0;
    for (const DealItem &i : d.items)
        vat += i.vat();
    const qint64 total = d.itemsTotal();
    m_totals->setText(tr("Total %1, VAT included %2")
                          .arg(Money::format(total, d.currency), Money::format(vat, d.currency)));
    m_totals->setVisible(!d.items.isEmpty());
    m_empty->setVisible(d.items.isEmpty());
    m_remove->setEnabled(!d.items.isEmpty());
    m_useTotal->setEnabled(!d.items.isEmpty() && total != d.amount);
    m_useTotal->setToolTip(tr("Set the deal's amount to %1").arg(Money::format(total, d.currency)));
}

void DealItemsPage::cellEdited(QTableWidgetItem *cell)
{
    const int row = cell->row();
    Deal d = m_form->buffer();
    if (row < 0 || row >= d.items.size())
        return;
    DealItem &item = d.items[row];
    const QString text = cell->text().trimmed();
    bool ok = true;
    switch (cell->column()) {
    case Product:
        item.name = text;
        // A product of the catalogue brings its unit, price and VAT.
        if (const std::optional<::Product> p = m_form->products().find(text);
            p && p->id != item.productId) {
            item.productId = p->id;
            item.name = p->name;
            item.sku = p->sku;
            item.unit = p->unit;
            item.price = p->price;
            item.vatPercent = p->vatPercent;
        } else if (!p) {
            item.productId = 0;
            item.sku.clear();
        }
        break;
    case Quantity:
        if (const auto q = parseFraction(text, 3); q && *q > 0)
            item.quantity = *q;
        else
            ok = false;
        break;
    case Unit:
        item.unit = text;
        break;
    case Price:
        if (const auto p = Money::parse(text); p && *p >= 0)
            item.price = *p;
        else
            ok = false;
        break;
    case Discount:
        if (text.isEmpty())
            item.discount = 0;
        else if (const auto v = parseFraction(text, 2); v && *v <= 10000)
            item.discount = int(*v);
        else
            ok = false;
        break;
    case Vat:
        if (text.isEmpty() || text == QLatin1String("-") || text == QStringLiteral("—"))
            item.vatPercent = -1;
        else if (const auto v = parseFraction(text, 0); v && *v <= 100)
            item.vatPercent = int(*v);
        else
            ok = false;
        break;
    default:
        ok = false;
    }
    if (!ok) {
        // Not a value of that column: the cell shows the line as it was.
        setDeal(m_form->buffer());
        return;
    }
    m_form->edit(d, tr("Edit line item"), -1);
}
