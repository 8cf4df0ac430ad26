#pragma once

#include "deals/deal.h"

#include <QWidget>

class DealForm;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// The products of interest as line items: quantity, price, discount and VAT
// per line, the total with the VAT inside it, and the total as the deal's
// amount in one click. A product typed from the catalogue brings its price.
class DealItemsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Product,
        Quantity,
        Unit,
        Price,
        Discount,
        Vat,
        Total,
        ColumnCount
    };

    DealItemsPage(DealForm *form, QWidget *parent = nullptr);

    void setDeal(const Deal &deal);
    // "2,5" for 2500 thousandths; "5,5" for 550 hundredths.
    static QString fraction(qint64 value, int decimals);
    static std::optional<qint64> parseFraction(const QString &text, int decimals);

private:
    void cellEdited(QTableWidgetItem *item);

    DealForm *m_form;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_useTotal;
};
