#pragma once

#include <QWidget>

class ClientCard;
class QPushButton;
class QTreeWidget;

// The Files tab: files of the client and its contacts, stored in the database.
class FilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPage(ClientCard *card, QWidget *parent = nullptr);
    void reload();

private:
    qint64 selectedId() const;
    void openSelected();

    ClientCard *m_card;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_saveAs;
    QPushButton *m_remove;
};
