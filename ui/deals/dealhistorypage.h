#pragma once

#include <QWidget>

class DealForm;
class QTreeWidget;

// When the deal entered and left each stage, by whom, and why when it moved
// by hand against its route, was lost or reopened.
class DealHistoryPage : public QWidget
{
    Q_OBJECT

public:
    DealHistoryPage(DealForm *form, QWidget *parent = nullptr);

    void reload();

private:
    DealForm *m_form;
    QTreeWidget *m_tree;
};
