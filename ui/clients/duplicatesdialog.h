#pragma once

#include "clients/duplicategroup.h"
#include "common/services.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class Messenger;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Find duplicates: groups of likely duplicates over the whole base, shown side
// by side; the checked ones are merged into the one kept, and the newest merge
// can be undone.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(Services services, Messenger &messenger, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // Looks for the groups again, off the GUI thread.
    void refresh();
    bool isSearching() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void databaseChanged();

private:
    void showGroups();
    void showGroup(int row);
    void mergeChecked();
    void undoLastMerge();
    void updateUndo();

    Services m_services;
    Messenger &m_messenger;
    QFutureWatcher<QList<DuplicateGroup>> m_watcher;
    // Told to the search when the dialog closes before it is done.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<DuplicateGroup> m_groups;
    QListWidget *m_list;
    QTableWidget *m_table;
    QComboBox *m_keep;
    QLabel *m_status; // what the shown group shares
    QLabel *m_notice; // what the last merge or undo did
    QProgressBar *m_busy;
    QPushButton *m_merge;
    QPushButton *m_undo;
};
