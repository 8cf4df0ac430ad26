#pragma once

#include <QWidget>

class ClientCard;
class QLabel;
class QPushButton;
class QTreeWidget;

// The client card's Deals tab: the client's deals, open first, and a way to
// start a new one; a deal opens in the Deals section.
class ClientDealsPage : public QWidget
{
    Q_OBJECT

public:
    ClientDealsPage(ClientCard *card, QWidget *parent = nullptr);

    void reload();

private:
    void openSelected();
    // Revenue, deals won, lost and open, the average cycle, the last contact.
    void showSummary(qint64 clientId);

    ClientCard *m_card;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_open;
};
