#include "importoptionspage.h"

#include "importjob.h"
#include "importsetup.h"

#include <QButtonGroup>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

using OnDuplicate = ClientImporter::OnDuplicate;

ImportOptionsPage::ImportOptionsPage(ImportSetup &setup, ImportJob &job, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_job(job), m_policy(new QButtonGroup(this)),
      m_tag(new QLineEdit(this)),
      m_dryRun(
          new QPushButton(QIcon::fromTheme(QStringLiteral("system-run")), tr("&Dry run"), this)),
      m_dryProgress(new QProgressBar(this)), m_dryStatus(new QLabel(this)),
      m_dryCounts(new QWidget(this)), m_created(new QLabel(m_dryCounts)),
      m_merged(new QLabel(m_dryCounts)), m_unchanged(new QLabel(m_dryCounts)),
      m_skipped(new QLabel(m_dryCounts)), m_errors(new QLabel(m_dryCounts))
{
    setTitle(tr("Choose how to import"));
    setSubTitle(tr("A dry run reads the whole file and counts what the import would do, "
                   "without writing anything."));
    // Past this page the base changes; no way back into the settings.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_tag->setObjectName(QStringLiteral("tagLineEdit"));
    m_dryRun->setObjectName(QStringLiteral("dryRunPushButton"));
    m_dryProgress->setObjectName(QStringLiteral("dryRunProgressBar"));
    m_dryStatus->setObjectName(QStringLiteral("dryRunStatusLabel"));
    m_created->setObjectName(QStringLiteral("dryRunCreatedLabel"));
    m_merged->setObjectName(QStringLiteral("dryRunMergedLabel"));
    m_unchanged->setObjectName(QStringLiteral("dryRunUnchangedLabel"));
    m_skipped->setObjectName(QStringLiteral("dryRunSkippedLabel"));
    m_errors->setObjectName(QStringLiteral("dryRunErrorsLabel"));

    auto *policyBox = new QGroupBox(tr("When a client is already in the base"), this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto addPolicy = [&](OnDuplicate policy, const QString &name, const QString &text,
                         const QString &explanation) {
        auto *radio = new QRadioButton(text, policyBox);
        radio->setObjectName(name);
        auto *note = new QLabel(explanation, policyBox);
        note->setWordWrap(true);
        note->setContentsMargins(indent, 0, 0, 4);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_policy->addButton(radio, int(policy));
        policyLayout->addWidget(radio);
        policyLayout->addWidget(note);
    };
    addPolicy(OnDuplicate::Merge, QStringLiteral("mergeRadioButton"), tr("&Merge (recommended)"),
              tr("Fill its empty fields and add new phones, e-mails, contacts and tags. Values "
                 "already in the base are kept; differences are listed in the report."));
    addPolicy(OnDuplicate::Skip, QStringLiteral("skipRadioButton"), tr("&Skip"),
              tr("Leave the client in the base as it is and list the row as skipped."));
    addPolicy(OnDuplicate::Create, QStringLiteral("createRadioButton"), tr("&Create anyway"),
              tr("Add a new client for every row, even one that is already in the base."));
    m_policy->button(int(setup.options.onDuplicate))->setChecked(true);

    m_tag->setText(setup.options.tag.isEmpty()
                       ? tr("Import %1").arg(QDate::currentDate().toString(Qt::ISODate))
                       : setup.options.tag);
    auto *tagNote = new QLabel(tr("Every client the import adds or changes gets this tag, so "
                                  "the whole batch can be found and undone later."),
                               this);
    tagNote->setWordWrap(true);
    tagNote->setForegroundRole(QPalette::PlaceholderText);
    auto *tagField = new QVBoxLayout;
    tagField->setSpacing(2);
    tagField->addWidget(m_tag);
    tagField->addWidget(tagNote);
    auto *tagForm = new QFormLayout;
    tagForm->addRow(tr("&Tag:"), tagField);
    if (auto *label = qobject_cast<QLabel *>(tagForm->labelForField(tagField)))
        label->setBuddy(m_tag);

    auto *dryBox = new QGroupBox(tr("Dry run"), this);
    m_dryProgress->setTextVisible(false);
    m_dryProgress->hide();
    m_dryStatus->setWordWrap(true);
    m_dryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *counts = new QFormLayout(m_dryCounts);
    counts->setContentsMargins(0, 0, 0, 0);
    for (QLabel *value : {m_created, m_merged, m_unchanged, m_skipped, m_errors})
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    counts->addRow(tr("Would add:"), m_created);
    counts->addRow(tr("Would merge into the base:"), m_merged);
    counts->addRow(tr("Already there, unchanged:"), m_unchanged);
    counts->addRow(tr("Would skip:"), m_skipped);
    counts->addRow(tr("Rows with problems:"), m_errors);
    m_dryCounts->hide();
    auto *dryRow = new QHBoxLayout;
    dryRow->addWidget(m_dryRun, 0, Qt::AlignTop);
    dryRow->addWidget(m_dryProgress, 1, Qt::AlignTop);
    dryRow->addWidget(m_dryCounts);
    dryRow->addStretch();
    auto *dryLayout = new QVBoxLayout(dryBox);
    dryLayout->addLayout(dryRow);
    dryLayout->addWidget(m_dryStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(policyBox);
    layout->addLayout(tagForm);
    layout->addSpacing(8);
    layout->addWidget(dryBox);
    layout->addStretch();

    connect(m_policy, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            clearDryRun();
    });
    connect(m_tag, &QLineEdit::textEdited, this, &ImportOptionsPage::clearDryRun);
    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        if (m_job.isRunning())
            m_job.cancel();
        else
            startDryRun();
    });
    connect(&m_job, &ImportJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (!m_job.isDryRun() || total <= 0)
            return;
        m_dryProgress->setRange(0, 1000);
        m_dryProgress->setValue(int(done * 1000 / total));
    });
    connect(&m_job, &ImportJob::finished, this, [this] {
        if (m_job.isDryRun())
            dryRunFinished();
    });
}

void ImportOptionsPage::store()
{
    m_setup.options.onDuplicate = OnDuplicate(m_policy->checkedId());
    m_setup.options.tag = m_tag->text().trimmed();
}

void ImportOptionsPage::startDryRun()
{
    store();
    clearDryRun();
    m_dryRun->setText(tr("&Stop"));
    m_dryRun->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_dryProgress->setRange(0, 0); // busy until the first rows are in
    m_dryProgress->show();
    m_dryStatus->setText(tr("Reading the file and comparing it with the base…"));
    m_job.start(m_setup, true);
    Q_EMIT completeChanged();
}

void ImportOptionsPage::dryRunFinished()
{
    m_dryRun->setText(tr("&Dry run"));
    m_dryRun->setIcon(QIcon::fromTheme(QStringLiteral("system-run")));
    m_dryProgress->hide();
    if (m_job.succeeded()) {
        const ImportReport &r = m_job.report();
        const QLocale locale;
        m_created->setText(locale.toString(r.created));
        m_merged->setText(locale.toString(r.merged));
        m_unchanged->setText(locale.toString(r.unchanged));
        m_skipped->setText(locale.toString(r.skipped));
        m_errors->setText(locale.toString(r.errors.size()));
        m_dryCounts->show();
        m_dryStatus->setText(r.conflicts.isEmpty()
                                 ? tr("Nothing was written.")
                                 : tr("Nothing was written. %Ln value(s) of the file differ from "
                                      "the base and would not be written over it.",
                                      nullptr, int(r.conflicts.size())));
    } else if (m_job.wasCancelled()) {
        m_dryStatus->setText(tr("Dry run stopped. Nothing was written."));
    } else {
        m_dryStatus->setText(
            tr("The dry run failed; the import would fail the same way:\n%1").arg(m_job.error()));
    }
    Q_EMIT completeChanged();
}

void ImportOptionsPage::clearDryRun()
{
    if (m_job.isRunning())
        return;
    m_dryCounts->hide();
    m_dryStatus->clear();
}

bool ImportOptionsPage::isComplete() const
{
    return !m_job.isRunning();
}

bool ImportOptionsPage::validatePage()
{
    if (m_job.isRunning())
        return false;
    store();
    return true;
}

void ImportOptionsPage::cleanupPage()
{
    // Back to the mapping: a dry run of the old mapping means nothing.
    m_job.cancel();
    store();
    clearDryRun();
}
