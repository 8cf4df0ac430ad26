#pragma once

#include <QWidget>

class ClientCard;
class QTreeWidget;

// The History tab: every recorded change of the client, newest first.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(ClientCard *card, QWidget *parent = nullptr);
    void reload();

    // "City", "Phone: number" … for a table and field of the audit log.
    static QString fieldText(const QString &table, const QString &field);

private:
    ClientCard *m_card;
    QTreeWidget *m_tree;
};
