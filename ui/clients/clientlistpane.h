#pragma once

#include "clients/clientlistquery.h"

#include <QWidget>

class ClientListModel;
class ClientRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QTableView;

// The list pane: search bar, filters and the lazy client table, with a page
// that says what to do when there is nothing to show.
class ClientListPane : public QWidget
{
    Q_OBJECT

public:
    ClientListPane(const ClientRepository &clients, QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    void setArchiveMode(bool archived);
    bool archiveMode() const;
    qint64 currentId() const;
    // The clients selected in the list, in list order.
    QList<qint64> selectedIds() const;
    void selectId(qint64 id);
    // Re-reads everything after the database changed; keeps the selection.
    void refresh();
    void reloadFilters();
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentClientChanged(qint64 id);
    void openRequested(qint64 id);
    void addClientRequested();
    void demoRequested();
    // Import a file: one dropped on the list, or none (the button of the empty list).
    void importRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyFilters();
    void updateEmptyState();
    // The first local .csv or .vcf file among dropped URLs; empty when none.
    static QString importablePath(const QMimeData *data);

    const ClientRepository &m_clients;
    ClientListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_importance;
    QComboBox *m_region;
    QComboBox *m_tag;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_emptyText;
    QPushButton *m_emptyAdd;
    QPushButton *m_emptyImport;
    QPushButton *m_emptyDemo;
    qint64 m_lastId = 0;
};
