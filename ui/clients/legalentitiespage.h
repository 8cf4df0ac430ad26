#pragma once

#include "clients/client.h"

#include <QWidget>

class ClientCard;
class QPushButton;
class QTableWidget;

// The Legal entities tab: the companies documents are made out to, with INN
// checked by its control digits as you type.
class LegalEntitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LegalEntitiesPage(ClientCard *card, QWidget *parent = nullptr);
    void setClient(const Client &client);

private:
    void markInn(int row);

    ClientCard *m_card;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};
