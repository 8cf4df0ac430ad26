#pragma once

#include "tasks/task.h"
#include "tasks/taskview.h"

#include <QWidget>
#include <memory>

class ClientRepository;
class Database;
class Messenger;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;
class TaskEditor;
class TaskRepository;

// The Tasks section: My tasks, Assigned by me or To check, grouped Overdue /
// Today / Upcoming / No date, with the workflow's steps in the toolbar and
// the task's card beside the list.
class TasksSection : public QWidget
{
    Q_OBJECT

public:
    TasksSection(const Database &db, const ClientRepository &clients, Messenger &messenger,
                 QUndoStack *undoStack, const QString &user, QWidget *parent = nullptr);
    ~TasksSection() override;

    void setUser(const QString &user);
    const QString &user() const;
    void setView(TaskView view);
    TaskView view() const { return m_view; }
    // The sidebar's figures for the user, now.
    TaskCounts counts() const;
    void refresh();
    bool selectTask(qint64 id);
    qint64 currentId() const;
    // A new task in the card, with what `defaults` links.
    void newTask(const Task &defaults = {});

    TaskEditor *editor() const { return m_editor; }
    QTreeWidget *tree() const { return m_tree; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *newTaskAction() const { return m_new; }

Q_SIGNALS:
    // A task was added, edited or moved on: counts change.
    void tasksChanged();
    void clientOpenRequested(qint64 clientId);
    void dealOpenRequested(qint64 dealId);
    void modifiedChanged(bool modified);

private:
    enum class Step
    {
        Start,
        Done,
        Accept,
        Return,
        Cancel,
        Reopen
    };
    void step(Step step);
    void showCurrent();
    void updateActions();
    QString dueText(const Task &task, const QDateTime &now) const;

    std::unique_ptr<TaskRepository> m_tasks;
    Messenger &m_messenger;
    TaskView m_view = TaskView::Mine;
    QToolBar *m_toolBar;
    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyNew;
    TaskEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_new;
    QAction *m_start;
    QAction *m_done;
    QAction *m_accept;
    QAction *m_return;
    QAction *m_cancel;
    QAction *m_reopen;
    QAction *m_openClient;
    QAction *m_openDeal;
    QList<Task> m_shown;
};
