#pragma once

#include <QWidget>

class DealForm;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The deal's tasks: the next steps with their due dates; ticking one marks
// it done (a process deal may move on by it). A new one is added below.
class DealTasksPage : public QWidget
{
    Q_OBJECT

public:
    DealTasksPage(DealForm *form, QWidget *parent = nullptr);

    void reload();

private:
    void addTask();

    DealForm *m_form;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QLineEdit *m_newTitle;
    QDateEdit *m_newDue;
    QPushButton *m_add;
};
