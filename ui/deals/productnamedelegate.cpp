#include "productnamedelegate.h"

#include "deals/productrepository.h"

#include <QCompleter>
#include <QLineEdit>

ProductNameDelegate::ProductNameDelegate(const ProductRepository &products, QObject *parent)
    : QStyledItemDelegate(parent), m_products(products)
{
}

QWidget *ProductNameDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("productLineEdit"));
    QStringList names;
    for (const Product &p : m_products.products())
        names << p.name;
    auto *completer = new QCompleter(names, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}
