#pragma once

#include "common/services.h"
#include "importsetup.h"

#include <QWizard>

#include <memory>

class CsvPreviewPage;
class ImportFilePage;
class ImportJob;
class ImportOptionsPage;
class ImportProgressPage;
class ImportReportPage;
class MappingMemory;
class MappingPage;
class Messenger;
class VCardPreviewPage;

// File → Import: a CSV or vCard file through preview, mapping, options and a
// dry run into the base, with progress, Cancel and a report.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        CsvPreviewPageId,
        VCardPreviewPageId,
        MappingPageId,
        OptionsPageId,
        ProgressPageId,
        ReportPageId
    };

    // `path`: the file to start with (dropped on the list, or given); may be empty.
    ImportWizard(Services services, Messenger &messenger, const QString &path = {},
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    int nextId() const override;
    const ImportSetup &setup() const { return m_setup; }
    ImportJob *job() const { return m_job; }
    MappingPage *mappingPage() const { return m_mapping; }
    ImportReportPage *reportPage() const { return m_report; }

public Q_SLOTS:
    // While an import or a dry run goes on: cancel it, and close once it stopped.
    void reject() override;

Q_SIGNALS:
    // The base changed: an import committed.
    void imported();

private:
    ImportSetup m_setup;
    std::unique_ptr<MappingMemory> m_memory;
    ImportJob *m_job;
    ImportFilePage *m_file;
    CsvPreviewPage *m_csvPreview;
    VCardPreviewPage *m_vcardPreview;
    MappingPage *m_mapping;
    ImportOptionsPage *m_options;
    ImportProgressPage *m_progress;
    ImportReportPage *m_report;
    bool m_closeWhenStopped = false;
};
