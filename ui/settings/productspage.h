#pragma once

#include <QWidget>

class Database;
class Messenger;
class QTableWidget;
class QTableWidgetItem;

// The product catalogue, edited in place: name, SKU, unit, price, VAT.
class ProductsPage : public QWidget
{
    Q_OBJECT

public:
    ProductsPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void archiveSelected();
    void edited(QTableWidgetItem *item);

    const Database &m_db;
    Messenger &m_messenger;
    QTableWidget *m_table;
    bool m_loading = false;
};
