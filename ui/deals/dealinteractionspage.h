#pragma once

#include <QWidget>

class DealForm;
class QLabel;
class QPushButton;
class QTreeWidget;

// The calls, meetings, e-mails and notes about this deal; recorded here they
// are on the client's timeline too, marked with the deal.
class DealInteractionsPage : public QWidget
{
    Q_OBJECT

public:
    DealInteractionsPage(DealForm *form, QWidget *parent = nullptr);

    void reload();

private:
    DealForm *m_form;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QPushButton *m_add;
};
