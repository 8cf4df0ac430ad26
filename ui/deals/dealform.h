#pragma once

#include "deals/deal.h"

#include <QWidget>

class AttachmentRepository;
class ClientRepository;
class Database;
class DealActions;
class DealDetailsPage;
class DealFilesPage;
class DealHistoryPage;
class DealInteractionsPage;
class DealItemsPage;
class DealTasksPage;
class InteractionRepository;
class PipelineRepository;
class ProductRepository;
class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolBar;
class QUndoStack;
class TaskRepository;

// The deal card in the detail pane: a buffer of the deal that the tabs edit
// through an undo stack, saved with Save (Ctrl+S) or dropped with Cancel, as
// the client card does. Stage and status change at once through DealActions
// (they are history, not edits); unsaved edits are settled first.
class DealForm : public QWidget
{
    Q_OBJECT

public:
    DealForm(const Database &db, const ClientRepository &clients, DealActions &actions,
             QUndoStack *undoStack, QWidget *parent = nullptr);
    ~DealForm() override;

    bool openDeal(qint64 id);
    void closeDeal();
    bool hasDeal() const { return m_open; }
    const Deal &buffer() const { return m_buffer; }
    bool isModified() const;
    bool save();
    void revert();
    // Unsaved edits of the deal `dealId` (0: of the open one) are saved or
    // dropped as the person says; false when they cancel.
    bool settle(qint64 dealId = 0);
    // The deal changed in the database (moved, closed, a task done): shown afresh.
    void reloadFromDatabase();

    // Called by the tabs: records an edit as one undoable command.
    void edit(const Deal &after, const QString &text, int mergeKey);
    // Called by the undo commands.
    void applyBuffer(const Deal &deal);
    void moveTo(qint64 stageId);
    void completeTask(qint64 taskId);

    DealActions &actions() { return m_actions; }
    const ClientRepository &clients() const { return m_clients; }
    const ProductRepository &products() const;
    const PipelineRepository &pipelines() const;
    TaskRepository &tasks();
    AttachmentRepository &attachments();
    InteractionRepository &interactions();
    QTabWidget *tabs() const { return m_tabs; }

    QAction *winAction() const { return m_win; }
    QAction *loseAction() const { return m_lose; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *deleteAction() const { return m_delete; }
    QAction *proposalAction() const { return m_proposal; }
    QAction *writeEmailAction() const { return m_writeEmail; }
    QAction *sendSmsAction() const { return m_sendSms; }
    // A message sent from the card: its files and interactions are read again.
    void messageSent();

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);
    void closeRequested();
    void clientOpenRequested(qint64 clientId);
    // Files or interactions were added: the client's card may show them.
    void clientDataChanged();
    // "Write e-mail…" or "Send SMS…" to the deal's client: the window composes.
    void composeRequested(const QString &channel, qint64 dealId);

protected:
    // Files dropped on the card are attached to the deal.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createProposal();
    void updateHeader();
    void updateActions();

    const Database &m_db;
    DealActions &m_actions;
    const ClientRepository &m_clients;
    struct Repositories;
    std::unique_ptr<Repositories> m_repos;
    QUndoStack *m_undo;
    bool m_open = false;
    Deal m_buffer;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    DealDetailsPage *m_details;
    DealItemsPage *m_items;
    DealTasksPage *m_tasks;
    DealInteractionsPage *m_interactions;
    DealFilesPage *m_files;
    DealHistoryPage *m_history;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QAction *m_win;
    QAction *m_lose;
    QAction *m_reopen;
    QAction *m_delete;
    QAction *m_proposal;
    QAction *m_writeEmail;
    QAction *m_sendSms;
    QAction *m_close;
};
