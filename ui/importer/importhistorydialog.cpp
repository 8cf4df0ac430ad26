#include "importhistorydialog.h"

#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "io/importbatchrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    DateColumn,
    FileColumn,
    TagColumn,
    CreatedColumn,
    MergedColumn,
    SkippedColumn,
    StateColumn,
    ColumnCount
};
} // namespace

ImportHistoryDialog::ImportHistoryDialog(Services services, Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_services(services), m_messenger(messenger),
      m_table(new QTableWidget(0, ColumnCount)),
      m_undo(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo import…")))
{
    setWindowTitle(tr("Import history"));
    m_table->setObjectName(QStringLiteral("batchesTableWidget"));
    m_undo->setObjectName(QStringLiteral("undoImportPushButton"));
    m_table->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("Tag"), tr("Created"),
                                        tr("Merged"), tr("Skipped"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::updateButtons);

    auto *note = new QLabel(tr("Undoing an import deletes the clients it created and puts the "
                               "clients it merged into back as they were. It is refused when "
                               "any of them was edited since."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    m_batches = ImportBatchRepository(m_services.db, m_services.clients).list();
    m_table->setRowCount(int(m_batches.size()));
    const QLocale locale;
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &b = m_batches.at(row);
        auto number = [&locale](int n) {
            auto *item = new QTableWidgetItem(locale.toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, DateColumn, new QTableWidgetItem(UiFormat::dateTime(b.createdAt)));
        m_table->setItem(row, FileColumn, new QTableWidgetItem(b.file));
        m_table->setItem(row, TagColumn, new QTableWidgetItem(b.tag));
        m_table->setItem(row, CreatedColumn, number(b.created));
        m_table->setItem(row, MergedColumn, number(b.merged));
        m_table->setItem(row, SkippedColumn, number(b.skipped));
        m_table->setItem(
            row, StateColumn,
            new QTableWidgetItem(b.undoneAt.isEmpty()
                                     ? tr("Imported")
                                     : tr("Undone %1").arg(UiFormat::dateTime(b.undoneAt))));
    }
    if (!m_batches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_undo->setEnabled(row >= 0 && row < m_batches.size() && m_batches.at(row).undoneAt.isEmpty());
}

bool ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return false;
    const ImportBatch b = m_batches.at(row);
    if (!m_messenger.confirm(
            this, tr("Undo import"),
            tr("Undo the import of %1 from %2? %n client(s) it created will be deleted and %3 "
               "merged client(s) put back as they were.",
               nullptr, b.created)
                .arg(b.file, UiFormat::dateTime(b.createdAt))
                .arg(b.merged),
            tr("Undo import")))
        return false;
    ImportBatchRepository::UndoResult result;
    QString error;
    const bool done =
        ImportBatchRepository(m_services.db, m_services.clients).undo(b.id, &result, &error);
    if (!done) {
        QString text = error;
        for (const QString &c : std::as_const(result.conflicts))
            text += QStringLiteral("\n• ") + c;
        m_messenger.error(this, tr("Undo import"), text);
        return false;
    }
    reload();
    Q_EMIT databaseChanged();
    return true;
}
