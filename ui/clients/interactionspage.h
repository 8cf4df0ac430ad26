#pragma once

#include <QWidget>

class ClientCard;
class QPushButton;
class QTreeWidget;

// The Interactions tab: the client's timeline, newest first.
class InteractionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionsPage(ClientCard *card, QWidget *parent = nullptr);
    void reload();

private:
    void editSelected();

    ClientCard *m_card;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
