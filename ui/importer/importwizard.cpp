#include "importwizard.h"

#include "clients/clientrepository.h"
#include "csvpreviewpage.h"
#include "importfilepage.h"
#include "importjob.h"
#include "importoptionspage.h"
#include "importprogresspage.h"
#include "importreportpage.h"
#include "io/mappingmemory.h"
#include "mappingpage.h"
#include "vcardpreviewpage.h"

#include <QAbstractButton>
#include <QIcon>

ImportWizard::ImportWizard(Services services, Messenger &messenger, const QString &path,
                           QWidget *parent)
    : QWizard(parent), m_memory(std::make_unique<MappingMemory>(services.settings)),
      m_job(new ImportJob(services.db, services.clients.phoneNormalizer(), this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import clients"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);
    resize(900, 640);

    m_setup.path = path;
    m_file = new ImportFilePage(m_setup, this);
    m_csvPreview = new CsvPreviewPage(m_setup, this);
    m_vcardPreview = new VCardPreviewPage(m_setup, this);
    m_mapping = new MappingPage(m_setup, *m_memory, this);
    m_options = new ImportOptionsPage(m_setup, *m_job, this);
    m_progress = new ImportProgressPage(m_setup, *m_job, *m_memory, messenger, this);
    m_report = new ImportReportPage(m_setup, *m_job, messenger, this);
    m_file->setObjectName(QStringLiteral("importFilePage"));
    m_csvPreview->setObjectName(QStringLiteral("csvPreviewPage"));
    m_vcardPreview->setObjectName(QStringLiteral("vcardPreviewPage"));
    m_mapping->setObjectName(QStringLiteral("mappingPage"));
    m_options->setObjectName(QStringLiteral("importOptionsPage"));
    m_progress->setObjectName(QStringLiteral("importProgressPage"));
    m_report->setObjectName(QStringLiteral("importReportPage"));
    setPage(FilePageId, m_file);
    setPage(CsvPreviewPageId, m_csvPreview);
    setPage(VCardPreviewPageId, m_vcardPreview);
    setPage(MappingPageId, m_mapping);
    setPage(OptionsPageId, m_options);
    setPage(ProgressPageId, m_progress);
    setPage(ReportPageId, m_report);
    setStartId(FilePageId);

    connect(m_progress, &ImportProgressPage::imported, this, &ImportWizard::imported);
    connect(m_job, &ImportJob::finished, this, [this] {
        if (m_closeWhenStopped)
            QWizard::reject();
    });
}

ImportWizard::~ImportWizard()
{
    // An import still going is cancelled and waited for while the pages and
    // the setup it reports to are all still here.
    delete m_job;
}

int ImportWizard::nextId() const
{
    const bool csv = m_setup.kind == ImportSetup::Kind::Csv;
    switch (currentId()) {
    case FilePageId:
        return csv ? CsvPreviewPageId : VCardPreviewPageId;
    case CsvPreviewPageId:
        return MappingPageId;
    case VCardPreviewPageId:
    case MappingPageId:
        return OptionsPageId;
    case OptionsPageId:
        return ProgressPageId;
    case ProgressPageId:
        return ReportPageId;
    default:
        return -1;
    }
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_closeWhenStopped = true;
        m_job->cancel();
        button(QWizard::CancelButton)->setEnabled(false);
        return;
    }
    QWizard::reject();
}
