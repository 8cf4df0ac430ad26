#pragma once

#include <QWizardPage>

struct ImportSetup;
class ImportJob;
class Messenger;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// What the import did: the counts, the rows it skipped with their lines and
// reasons, the values it did not write over the base, and the batch.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportReportPage(const ImportSetup &setup, const ImportJob &job, Messenger &messenger,
                     QWidget *parent = nullptr);

    void initializePage() override;
    // The report as plain text, for "Save report…".
    QString reportText() const;
    bool saveReport(const QString &path, QString *error) const;

private:
    void save();

    const ImportSetup &m_setup;
    const ImportJob &m_job;
    Messenger &m_messenger;
    QLabel *m_created;
    QLabel *m_merged;
    QLabel *m_unchanged;
    QLabel *m_skipped;
    QLabel *m_batch;
    QLabel *m_clean;
    QGroupBox *m_skippedBox;
    QTableWidget *m_skippedRows;
    QGroupBox *m_conflictsBox;
    QListWidget *m_conflicts;
    QPushButton *m_save;
};
