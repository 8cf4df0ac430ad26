#pragma once

#include "common/services.h"
#include "io/importbatch.h"

#include <QDialog>

class Messenger;
class QPushButton;
class QTableWidget;

// Every import with what it did; the selected one can be undone whole.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(Services services, Messenger &messenger, QWidget *parent = nullptr);

    void reload();
    // Undoes the selected import after asking; false when refused or not asked.
    bool undoSelected();

Q_SIGNALS:
    void databaseChanged();

private:
    void updateButtons();

    Services m_services;
    Messenger &m_messenger;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table;
    QPushButton *m_undo;
};
