#include "exportdialog.h"

#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "db/database.h"
#include "db/privatefile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <atomic>

namespace {
enum EncodingRole
{
    EncodingNameRole = Qt::UserRole,
    BomRole
};
const int KeyRole = Qt::UserRole;
} // namespace

ExportDialog::ExportDialog(Database &db, Messenger &messenger, QWidget *parent)
    : QDialog(parent), m_db(db), m_messenger(messenger), m_form(new QFormLayout(this)),
      m_format(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_columns(new QListWidget(this)),
      m_scope(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export clients"));
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    m_delimiter->setObjectName(QStringLiteral("delimiterComboBox"));
    m_columns->setObjectName(QStringLiteral("columnsListWidget"));
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_format->addItem(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                      tr("CSV (Excel, LibreOffice)"), int(ClientExporter::Format::Csv));
    m_format->addItem(QIcon::fromTheme(QStringLiteral("x-office-address-book")),
                      tr("vCard (phones, Google, Outlook)"), int(ClientExporter::Format::VCard));
    m_format->addItem(QIcon::fromTheme(QStringLiteral("text-x-generic")), tr("JSON (scripts)"),
                      int(ClientExporter::Format::Json));

    auto addEncoding = [this](const QString &text, const QString &name, bool bom) {
        m_encoding->addItem(text);
        m_encoding->setItemData(m_encoding->count() - 1, name, EncodingNameRole);
        m_encoding->setItemData(m_encoding->count() - 1, bom, BomRole);
    };
    addEncoding(tr("UTF-8 with BOM (Excel)"), QStringLiteral("UTF-8"), true);
    addEncoding(tr("UTF-8 without BOM"), QStringLiteral("UTF-8"), false);
    addEncoding(tr("windows-1251 (Excel on Russian Windows)"), QStringLiteral("windows-1251"),
                false);

    m_delimiter->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(QLatin1Char(';')));
    m_delimiter->addItem(tr("Tab"), QChar(QLatin1Char('\t')));

    // Checked columns go in the file in the order shown; drag to reorder.
    const QStringList defaults = ClientExporter::defaultColumns();
    for (const QString &key : ClientExporter::columnKeys()) {
        auto *item = new QListWidgetItem(ClientExporter::columnTitle(key), m_columns);
        item->setData(KeyRole, key);
        item->setToolTip(tr("Column \"%1\" in the file").arg(key));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setMinimumHeight(m_columns->sizeHintForRow(0) * 8);

    m_scope->addItem(tr("Clients in the list as filtered"), int(FilteredScope));
    m_scope->addItem(tr("All clients"), int(AllScope));

    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("clients.csv")));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));

    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Encoding:"), m_encoding);
    m_form->addRow(tr("&Delimiter:"), m_delimiter);
    m_form->addRow(tr("&Columns:"), m_columns);
    m_form->addRow(tr("C&lients:"), m_scope);
    // A row that is a layout gets no buddy by itself: without one the & shows.
    auto *fileLabel = new QLabel(tr("&Save to:"), this);
    fileLabel->setBuddy(m_file);
    m_form->addRow(fileLabel, fileRow);
    m_form->addRow(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateForm();
        updateSuffix();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        // Excel on a Russian system splits its own CSV files at ';'.
        if (m_encoding->currentData(EncodingNameRole).toString() == QLatin1String("windows-1251"))
            m_delimiter->setCurrentIndex(m_delimiter->findData(QChar(QLatin1Char(';'))));
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateForm();
}

void ExportDialog::setListState(const QList<qint64> &selectedIds, const ClientListQuery &filter,
                                const QString &searchText)
{
    m_selected = selectedIds;
    m_filter = filter;
    m_search = searchText.trimmed();
    const int selected = m_scope->findData(int(SelectedScope));
    if (selected >= 0)
        m_scope->removeItem(selected);
    if (!m_selected.isEmpty())
        m_scope->insertItem(0, tr("Selected clients (%n)", nullptr, int(m_selected.size())),
                            int(SelectedScope));
    m_scope->setCurrentIndex(m_scope->findData(int(FilteredScope)));
}

ClientExporter::Options ExportDialog::options() const
{
    ClientExporter::Options o;
    o.format = ClientExporter::Format(m_format->currentData().toInt());
    o.csv.encoding = m_encoding->currentData(EncodingNameRole).toString();
    o.csv.bom = m_encoding->currentData(BomRole).toBool();
    o.csv.delimiter = m_delimiter->currentData().value<QChar>();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            o.columns << m_columns->item(i)->data(KeyRole).toString();
    switch (Scope(m_scope->currentData().toInt())) {
    case SelectedScope:
        o.selection.ids = m_selected;
        break;
    case FilteredScope:
        o.selection.query = m_filter;
        o.selection.search = m_search;
        if (!m_search.isEmpty()) {
            // While searching, the list shows what the search finds in the
            // clients or the archive, whatever the other filters say.
            ClientListQuery searched;
            searched.archived = m_filter.archived;
            o.selection.query = searched;
        }
        break;
    case AllScope:
        break;
    }
    return o;
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportDialog::setFileName(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::suffix() const
{
    switch (ClientExporter::Format(m_format->currentData().toInt())) {
    case ClientExporter::Format::Csv:
        return QStringLiteral("csv");
    case ClientExporter::Format::VCard:
        return QStringLiteral("vcf");
    case ClientExporter::Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

void ExportDialog::updateForm()
{
    const bool csv =
        ClientExporter::Format(m_format->currentData().toInt()) == ClientExporter::Format::Csv;
    for (QWidget *w : {static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_delimiter),
                       static_cast<QWidget *>(m_columns)})
        m_form->setRowVisible(w, csv);
    adjustSize();
}

void ExportDialog::updateSuffix()
{
    // Only a suffix of ours is swapped: a name the user chose stays.
    const QString path = fileName();
    const QFileInfo info(path);
    const QString old = info.suffix().toLower();
    if (path.isEmpty() || (old != QLatin1String("csv") && old != QLatin1String("vcf") &&
                           old != QLatin1String("json")))
        return;
    m_file->setText(path.left(path.size() - old.size()) + suffix());
}

void ExportDialog::browse()
{
    QString filter;
    switch (ClientExporter::Format(m_format->currentData().toInt())) {
    case ClientExporter::Format::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    case ClientExporter::Format::VCard:
        filter = tr("vCard files (*.vcf)");
        break;
    case ClientExporter::Format::Json:
        filter = tr("JSON files (*.json)");
        break;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export clients"), fileName(),
                                     filter + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        setFileName(path);
}

void ExportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(fileName());
    if (path.isEmpty()) {
        m_messenger.error(this, tr("Export clients"), tr("Choose the file to export to."));
        return;
    }
    const ClientExporter::Options o = options();
    if (o.format == ClientExporter::Format::Csv && o.columns.isEmpty()) {
        m_messenger.error(this, tr("Export clients"), tr("Check at least one column."));
        return;
    }
    if (runExport(o, path))
        QDialog::accept();
}

bool ExportDialog::runExport(const ClientExporter::Options &options, const QString &path)
{
    QProgressDialog progress(tr("Exporting clients…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    QString error;
    ClientExporter::Result result;
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    // The worker reads through its own connection (Database gives one per
    // thread) and writes aside, renaming only a complete file into place.
    watcher.setFuture(QtConcurrent::run([&, options, path] {
        const ClientRepository clients(m_db);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !PrivateFile::restrict(file)) {
            error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        const bool written = ClientExporter(clients).write(
            options, &file, &error,
            [&](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    &progress,
                    [&progress, done, total] {
                        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
                        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
                    },
                    Qt::QueuedConnection);
                return !cancelled.load();
            },
            &result);
        if (!written) {
            file.cancelWriting();
            return false;
        }
        if (!file.commit()) {
            error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }));
    loop.exec();
    const bool ok = watcher.result();
    progress.reset();
    if (!ok) {
        if (!cancelled)
            m_messenger.error(this, tr("Export failed"), error);
        return false;
    }
    m_exported = result.clients;
    if (result.replacedCharacters > 0)
        m_messenger.info(this, tr("Export clients"),
                         tr("%n character(s) have no place in %1 and were written as \"?\".",
                            nullptr, int(std::min<qint64>(result.replacedCharacters, INT_MAX)))
                             .arg(options.csv.encoding));
    return true;
}
