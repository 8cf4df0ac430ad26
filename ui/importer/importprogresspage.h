#pragma once

#include <QWizardPage>

struct ImportSetup;
class ImportJob;
class MappingMemory;
class Messenger;
class QLabel;
class QProgressBar;
class QPushButton;

// The import itself, off the GUI thread, with a progress bar and Cancel;
// cancelling leaves the base as it was, and the page says so.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportProgressPage(ImportSetup &setup, ImportJob &job, MappingMemory &memory,
                       Messenger &messenger, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The base changed: the import committed.
    void imported();

private:
    void finished();

    ImportSetup &m_setup;
    ImportJob &m_job;
    MappingMemory &m_memory;
    Messenger &m_messenger;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    bool m_done = false;
};
