#pragma once

#include <QWidget>

class Database;
class Messenger;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// The directory of loss reasons: add, rename in place, archive the unused.
class LossReasonsPage : public QWidget
{
    Q_OBJECT

public:
    LossReasonsPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void renamed(QListWidgetItem *item);
    void toggleArchived();

    const Database &m_db;
    Messenger &m_messenger;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_archive;
    QCheckBox *m_showArchived;
    bool m_loading = false;
};
