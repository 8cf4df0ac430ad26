#pragma once

#include <QWizardPage>

struct ImportSetup;
class ImportJob;
class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

// What to do with clients already in the base, the tag of the batch, and a
// dry run that counts what the import would do without writing anything.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(ImportSetup &setup, ImportJob &job, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;

private:
    void store();
    void startDryRun();
    void dryRunFinished();
    void clearDryRun();

    ImportSetup &m_setup;
    ImportJob &m_job;
    QButtonGroup *m_policy;
    QLineEdit *m_tag;
    QPushButton *m_dryRun;
    QProgressBar *m_dryProgress;
    QLabel *m_dryStatus;
    QWidget *m_dryCounts;
    QLabel *m_created;
    QLabel *m_merged;
    QLabel *m_unchanged;
    QLabel *m_skipped;
    QLabel *m_errors;
};
