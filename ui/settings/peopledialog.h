#pragma once

#include <QDialog>

class Database;
class Messenger;
class QLineEdit;
class QListWidget;
class QPushButton;

// Settings → People: the colleagues who give and take tasks. Add by name,
// rename in place (tasks and deals follow), archive who left.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    PeopleDialog(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void reload(qint64 select = 0);
    void add();
    void toggleArchived();
    void updateButtons();

    const Database &m_db;
    Messenger &m_messenger;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QPushButton *m_add;
    QPushButton *m_archive;
};
