#include "importfilepage.h"

#include "importsetup.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportSetup &setup, QWidget *parent)
    : QWizardPage(parent), m_setup(setup), m_path(new QLineEdit(this)),
      m_browse(
          new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Browse…"), this)),
      m_kind(new QComboBox(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Contacts exported from Excel, 1C, Outlook or Google as CSV, or an address "
                   "book from a phone as vCard. Nothing is written before the last step."));
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_problem->setObjectName(QStringLiteral("fileProblemLabel"));

    m_path->setClearButtonEnabled(true);
    m_path->setPlaceholderText(tr("Path to a .csv or .vcf file"));
    m_kind->addItem(tr("CSV: a table from Excel, 1C, Outlook or Google"),
                    int(ImportSetup::Kind::Csv));
    m_kind->addItem(tr("vCard: an address book from a phone, Outlook or Google"),
                    int(ImportSetup::Kind::VCard));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("&Kind:"), m_kind);
    auto *hint = new QLabel(
        tr("CSV: any of UTF-8, UTF-16, windows-1251 or KOI8-R, separated by commas, semicolons, "
           "tabs or bars; the first row names the columns. vCard: versions 2.1, 3.0 and 4.0, "
           "many cards in one file. You can also drop a .csv or .vcf file on the client list."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch();

    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_path);

    m_path->setText(QDir::toNativeSeparators(setup.path));
    m_kind->setCurrentIndex(m_kind->findData(int(setup.kind)));
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_setup.kind = ImportSetup::Kind(m_kind->currentData().toInt()); });
    pathChanged();
}

void ImportFilePage::pathChanged()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_setup.path = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The extension decides, until the user says otherwise below.
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        m_kind->setCurrentIndex(m_kind->findData(int(ImportSetup::Kind::VCard)));
    else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
             suffix == QLatin1String("tsv"))
        m_kind->setCurrentIndex(m_kind->findData(int(ImportSetup::Kind::Csv)));

    const QFileInfo info(path);
    if (path.isEmpty())
        m_problem->clear();
    else if (!info.exists())
        m_problem->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    else if (!info.isFile())
        m_problem->setText(tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    else if (!info.isReadable())
        m_problem->setText(
            tr("%1 cannot be read: check its permissions.").arg(QDir::toNativeSeparators(path)));
    else
        m_problem->clear();
    Q_EMIT completeChanged();
}

void ImportFilePage::browse()
{
    const QString start = m_setup.path.isEmpty() ? QDir::homePath() : m_setup.path;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), start,
        tr("Contact files (*.csv *.vcf *.txt *.vcard);;CSV files (*.csv *.txt);;vCard files "
           "(*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_setup.path);
    return !m_setup.path.isEmpty() && info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    m_setup.kind = ImportSetup::Kind(m_kind->currentData().toInt());
    return isComplete();
}
