#include "importprogresspage.h"

#include "common/messenger.h"
#include "common/uiformat.h"
#include "importjob.h"
#include "importsetup.h"
#include "io/mappingmemory.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

ImportProgressPage::ImportProgressPage(ImportSetup &setup, ImportJob &job, MappingMemory &memory,
                                       Messenger &messenger, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_job(job), m_memory(memory), m_messenger(messenger),
      m_bar(new QProgressBar(this)), m_status(new QLabel(this)),
      m_cancel(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")),
                               tr("&Cancel import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The clients are written in one go: until the end nothing is visible, and "
                   "a cancelled import leaves the base as it was."));
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_status->setObjectName(QStringLiteral("progressStatusLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelImportPushButton"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job.cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(&m_job, &ImportJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (m_job.isDryRun() || total <= 0 || m_job.wasCancelled())
            return;
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(done * 1000 / total));
        if (m_cancel->isEnabled())
            m_status->setText(tr("Importing… %1 of %2 read.")
                                  .arg(UiFormat::fileSize(done), UiFormat::fileSize(total)));
    });
    connect(&m_job, &ImportJob::finished, this, [this] {
        if (!m_job.isDryRun())
            finished();
    });
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_bar->setRange(0, 0); // busy: the importer first reads the file through
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_setup.path).fileName()));
    m_job.start(m_setup, false);
}

void ImportProgressPage::finished()
{
    m_cancel->hide();
    m_bar->setRange(0, 1000);
    if (m_job.wasCancelled()) {
        m_bar->setValue(0);
        m_status->setText(tr("The import was cancelled. Nothing was written: the base is as it "
                             "was before."));
        wizard()->setButtonText(QWizard::CancelButton, tr("&Close"));
        return;
    }
    if (!m_job.succeeded()) {
        m_bar->setValue(0);
        const QString error = QDir::toNativeSeparators(m_job.error());
        m_status->setText(tr("The import failed and nothing was written:\n%1").arg(error));
        wizard()->setButtonText(QWizard::CancelButton, tr("&Close"));
        m_messenger.error(this, tr("Import failed"),
                          tr("Nothing was written to the base.\n%1").arg(error));
        return;
    }
    m_bar->setValue(1000);
    m_status->setText(tr("Done."));
    m_done = true;
    if (m_setup.kind == ImportSetup::Kind::Csv) {
        QString error;
        if (!m_memory.remember(m_setup.header, m_setup.mapping, &error))
            m_messenger.error(this, tr("The column mapping was not remembered"), error);
    }
    Q_EMIT imported();
    Q_EMIT completeChanged();
    wizard()->next();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}
