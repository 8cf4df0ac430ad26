#include "importreportpage.h"

#include "common/messenger.h"
#include "db/privatefile.h"
#include "importjob.h"
#include "importsetup.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

ImportReportPage::ImportReportPage(const ImportSetup &setup, const ImportJob &job,
                                   Messenger &messenger, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_job(job), m_messenger(messenger),
      m_created(new QLabel(this)), m_merged(new QLabel(this)), m_unchanged(new QLabel(this)),
      m_skipped(new QLabel(this)), m_batch(new QLabel(this)), m_clean(new QLabel(this)),
      m_skippedBox(new QGroupBox(this)), m_skippedRows(new QTableWidget(this)),
      m_conflictsBox(new QGroupBox(this)), m_conflicts(new QListWidget(this)),
      m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")),
                             tr("&Save report…"), this))
{
    setTitle(tr("Import report"));
    setFinalPage(true);
    m_created->setObjectName(QStringLiteral("createdLabel"));
    m_merged->setObjectName(QStringLiteral("mergedLabel"));
    m_unchanged->setObjectName(QStringLiteral("unchangedLabel"));
    m_skipped->setObjectName(QStringLiteral("skippedLabel"));
    m_batch->setObjectName(QStringLiteral("batchLabel"));
    m_clean->setObjectName(QStringLiteral("cleanLabel"));
    m_skippedRows->setObjectName(QStringLiteral("skippedTableWidget"));
    m_conflicts->setObjectName(QStringLiteral("conflictsListWidget"));
    m_save->setObjectName(QStringLiteral("saveReportPushButton"));

    for (QLabel *value : {m_created, m_merged, m_unchanged, m_skipped})
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_batch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_batch->setWordWrap(true);
    m_clean->setWordWrap(true);
    m_clean->setText(tr("Every row was taken: none was skipped, and nothing in the base differs "
                        "from the file."));
    auto *counts = new QFormLayout;
    counts->addRow(tr("Added:"), m_created);
    counts->addRow(tr("Merged into clients in the base:"), m_merged);
    counts->addRow(tr("Already in the base, unchanged:"), m_unchanged);
    counts->addRow(tr("Skipped:"), m_skipped);
    auto *top = new QHBoxLayout;
    top->addLayout(counts);
    top->addSpacing(24);
    top->addWidget(m_batch, 1, Qt::AlignTop);
    top->addWidget(m_save, 0, Qt::AlignTop);

    m_skippedRows->setColumnCount(2);
    m_skippedRows->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_skippedRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skippedRows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skippedRows->verticalHeader()->hide();
    m_skippedRows->horizontalHeader()->setStretchLastSection(true);
    m_skippedRows->setWordWrap(false);
    auto *skippedLayout = new QVBoxLayout(m_skippedBox);
    skippedLayout->addWidget(m_skippedRows);
    m_conflicts->setWordWrap(true);
    auto *conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->addWidget(m_conflicts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_clean);
    layout->addWidget(m_skippedBox, 1);
    layout->addWidget(m_conflictsBox, 1);
    layout->addStretch(0);

    connect(m_save, &QPushButton::clicked, this, &ImportReportPage::save);
}

void ImportReportPage::initializePage()
{
    const ImportReport &r = m_job.report();
    const QLocale locale;
    m_created->setText(locale.toString(r.created));
    m_merged->setText(locale.toString(r.merged));
    m_unchanged->setText(locale.toString(r.unchanged));
    m_skipped->setText(locale.toString(r.skipped));
    // Batches are numbered once the base records them (for undo); the tag is always there.
    const QString batch = r.batchId > 0 ? tr("Batch %1, tag “%2”.").arg(r.batchId).arg(r.tag)
                                        : tr("Tag “%1”.").arg(r.tag);
    m_batch->setText(batch + QLatin1Char('\n') +
                     tr("The tag finds every client this import added or changed; File → "
                        "Import history can undo the whole import."));
    setSubTitle(tr("%1 is imported.").arg(QDir::toNativeSeparators(m_setup.path)));

    m_skippedBox->setTitle(tr("Skipped rows (%1)").arg(locale.toString(r.errors.size())));
    m_skippedRows->setRowCount(int(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        auto *line = new QTableWidgetItem(locale.toString(r.errors.at(i).line));
        line->setData(Qt::UserRole, r.errors.at(i).line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_skippedRows->setItem(i, 0, line);
        m_skippedRows->setItem(i, 1, new QTableWidgetItem(r.errors.at(i).message));
    }
    m_skippedRows->resizeColumnToContents(0);
    m_conflictsBox->setTitle(tr("Values kept in the base where the file differs (%1)")
                                 .arg(locale.toString(r.conflicts.size())));
    m_conflicts->clear();
    m_conflicts->addItems(r.conflicts);
    m_skippedBox->setVisible(!r.errors.isEmpty());
    m_conflictsBox->setVisible(!r.conflicts.isEmpty());
    m_clean->setVisible(r.errors.isEmpty() && r.conflicts.isEmpty());
}

QString ImportReportPage::reportText() const
{
    const ImportReport &r = m_job.report();
    QString text;
    text += tr("Clientele import report") + QLatin1Char('\n');
    text += tr("File: %1").arg(QDir::toNativeSeparators(m_setup.path)) + QLatin1Char('\n');
    text +=
        tr("Date: %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) +
        QLatin1Char('\n');
    if (r.batchId > 0)
        text += tr("Batch: %1").arg(r.batchId) + QLatin1Char('\n');
    text += tr("Tag: %1").arg(r.tag) + QLatin1Char('\n');
    text += tr("Added: %1").arg(r.created) + QLatin1Char('\n');
    text += tr("Merged: %1").arg(r.merged) + QLatin1Char('\n');
    text += tr("Unchanged: %1").arg(r.unchanged) + QLatin1Char('\n');
    text += tr("Skipped: %1").arg(r.skipped) + QLatin1Char('\n');
    if (!r.errors.isEmpty()) {
        text += QLatin1Char('\n') + tr("Skipped rows:") + QLatin1Char('\n');
        for (const ImportReport::RowError &e : r.errors)
            text += tr("line %1: %2").arg(e.line).arg(e.message) + QLatin1Char('\n');
    }
    if (!r.conflicts.isEmpty()) {
        text += QLatin1Char('\n') + tr("Values kept in the base:") + QLatin1Char('\n');
        for (const QString &c : r.conflicts)
            text += c + QLatin1Char('\n');
    }
    return text;
}

bool ImportReportPage::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    // It quotes the rows and values of the file: the user's alone.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || !PrivateFile::restrict(file) ||
        file.write(reportText().toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportReportPage::save()
{
    const QFileInfo source(m_setup.path);
    const QString suggested =
        source.dir().filePath(tr("%1 import report.txt").arg(source.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        m_messenger.error(this, tr("Cannot save the report"), error);
}
