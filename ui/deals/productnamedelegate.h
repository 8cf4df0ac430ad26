#pragma once

#include <QStyledItemDelegate>

class ProductRepository;

// The product cell of a line item: typing completes from the catalogue (any
// part of the name, any case).
class ProductNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProductNameDelegate(const ProductRepository &products, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    const ProductRepository &m_products;
};
