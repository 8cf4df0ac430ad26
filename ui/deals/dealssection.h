#pragma once

#include "deals/pipeline.h"

#include <QWidget>
#include <optional>

class ClientRepository;
class Database;
class DealActions;
class DealBoard;
class DealFilterBar;
class DealForm;
class DealTableModel;
class Messenger;
class PipelineRepository;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

// The Deals section: the pipeline's board or the same deals as a table, one
// click apart, under one filter bar; the selected deal's card beside them.
class DealsSection : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Board,
        Table
    };

    DealsSection(const Database &db, const ClientRepository &clients, Messenger &messenger,
                 QUndoStack *undoStack, QWidget *parent = nullptr);
    ~DealsSection() override;

    DealActions *actions() const { return m_actions; }
    DealBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    DealTableModel *tableModel() const { return m_tableModel; }
    DealForm *form() const { return m_form; }
    DealFilterBar *filterBar() const { return m_filters; }
    QAction *newDealAction() const { return m_newDeal; }
    QAction *boardAction() const { return m_boardAction; }
    QAction *tableAction() const { return m_tableAction; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Shows the pipeline's deals; 0 for the first pipeline.
    void setPipeline(qint64 pipelineId);
    // The New deal dialog, for the client given if any; opens what it created.
    qint64 newDeal(qint64 clientId = 0, const QString &clientName = {});
    bool openDeal(qint64 id);
    // The table of just these deals (a report's drill-down) under a line
    // that says what they are, until Show all.
    void showDeals(const QList<qint64> &ids, const QString &caption);
    void showAllDeals();
    bool isShowingSome() const { return m_only.has_value(); }
    // Pipelines, filters' choices, board and table read again (when shown).
    void refresh();
    // Read again the next time the section is shown.
    void markStale();
    // Open deals of every pipeline, for the sidebar.
    int openCount() const;
    void saveSettings() const;
    // Who moves deals and gives their tasks.
    void setUser(const QString &user);

Q_SIGNALS:
    // Deals were added, moved, closed or deleted: counts and clients' totals change.
    void dealsChanged();
    void clientOpenRequested(qint64 clientId);
    void modifiedChanged(bool modified);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void loadChoices();
    void dealChanged(qint64 dealId);
    void showDeal(qint64 id);
    void showForm();
    void updateEmptyState();

    const Database &m_db;
    const ClientRepository &m_clients;
    std::unique_ptr<PipelineRepository> m_pipelines;
    DealActions *m_actions;
    Pipeline m_pipeline;
    Mode m_mode = Mode::Board;
    bool m_stale = true;
    QComboBox *m_pipelineBox;
    DealFilterBar *m_filters;
    QStackedWidget *m_stack;
    DealBoard *m_board;
    QTableView *m_table;
    DealTableModel *m_tableModel;
    std::optional<QList<qint64>> m_only;
    QWidget *m_onlyBar;
    QLabel *m_onlyText;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyNew;
    DealForm *m_form;
    QSplitter *m_splitter;
    QAction *m_newDeal;
    QAction *m_boardAction;
    QAction *m_tableAction;
};
