#pragma once

#include "clients/client.h"

#include <QWidget>

class ClientCard;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The Legal entities tab: the companies documents are made out to, one form
// for the selected one, INN checked by its control digits as you type.
class LegalEntitiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LegalEntitiesPage(ClientCard *card, QWidget *parent = nullptr);
    void setClient(const Client &client);

private:
    void showEntity(int index);
    void updateInnCheck(const QString &inn);

    ClientCard *m_card;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_formBox;
    QList<QLineEdit *> m_edits; // in the order of kFields
    QLabel *m_innCheck;
};
