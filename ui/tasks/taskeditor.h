#pragma once

#include "tasks/task.h"

#include <QWidget>

class ClientRepository;
class Database;
class Messenger;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QUndoStack;
class RepeatRuleEditor;
class TaskRepository;

// The task card in the detail pane: a buffer of the task that the fields
// edit through the window's undo stack, saved with Save or dropped with
// Revert, as the deal card does. The status changes through the section's
// actions (they are history, not edits); the history is shown below.
class TaskEditor : public QWidget
{
    Q_OBJECT

public:
    TaskEditor(const Database &db, const ClientRepository &clients, TaskRepository &tasks,
               Messenger &messenger, QUndoStack *undoStack, QWidget *parent = nullptr);

    bool openTask(qint64 id);
    // A new task, unsaved, with what `defaults` says (links, due).
    void newTask(const Task &defaults);
    void closeTask();
    bool hasTask() const { return m_open; }
    const Task &buffer() const { return m_buffer; }
    bool isModified() const;
    bool save();
    void revert();
    // Unsaved edits are saved or dropped as the person says; false when they cancel.
    bool settle();
    void reloadFromDatabase();
    void focusTitle();

    // Called by the undo commands.
    void applyBuffer(const Task &task);

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);

private:
    void edit(const Task &after, const QString &text, int mergeKey);
    void fillLinks();
    void fillExecutors();
    void chooseClient();
    Task fromFields() const;
    void showHistory();

    const Database &m_db;
    const ClientRepository &m_clients;
    TaskRepository &m_tasks;
    Messenger &m_messenger;
    QUndoStack *m_undo;
    Task m_buffer;
    bool m_open = false;
    QLabel *m_heading;
    QLabel *m_status;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QCheckBox *m_hasDue;
    QDateTimeEdit *m_due;
    QCheckBox *m_allDay;
    QComboBox *m_priority;
    QLabel *m_client;
    QToolButton *m_chooseClient;
    QToolButton *m_clearClient;
    QComboBox *m_contact;
    QComboBox *m_deal;
    QComboBox *m_executor;
    QCheckBox *m_check;
    RepeatRuleEditor *m_repeat;
    QTreeWidget *m_history;
    QLabel *m_historyLabel = nullptr;
    QPushButton *m_save;
    QPushButton *m_revert;
    QWidget *m_form;
    QLabel *m_empty;
};
