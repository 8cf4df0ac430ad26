#include "proposaldialog.h"

#include "common/messenger.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/money.h"
#include "documents/documenttemplaterepository.h"
#include "documents/proposalarchive.h"
#include "documents/proposalbuilder.h"
#include "documents/proposaldocument.h"
#include "settings/companysettingspage.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ProposalDialog::ProposalDialog(const Database &db, qint64 dealId, QWidget *parent)
    : ProposalDialog(db, dealId, nullptr, std::make_unique<Messenger>(), parent)
{
}

ProposalDialog::ProposalDialog(const Database &db, qint64 dealId, Messenger &messenger,
                               QWidget *parent)
    : ProposalDialog(db, dealId, &messenger, nullptr, parent)
{
}

ProposalDialog::ProposalDialog(const Database &db, qint64 dealId, Messenger *messenger,
                               std::unique_ptr<Messenger> own, QWidget *parent)
    : QDialog(parent), m_db(db), m_dealId(dealId), m_ownMessenger(std::move(own)),
      m_messenger(messenger ? *messenger : *m_ownMessenger), m_template(new QComboBox(this)),
      m_validUntil(new QDateEdit(this)), m_client(new QLabel(this)), m_manager(new QLabel(this)),
      m_total(new QLabel(this)), m_problem(new QLabel(this)),
      m_companySettings(new QPushButton(tr("&Company and documents…"), this)),
      m_preview(new QPushButton(tr("Pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    setObjectName(QStringLiteral("proposalDialog"));
    setWindowTitle(tr("Commercial proposal"));
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    m_validUntil->setObjectName(QStringLiteral("validUntilDateEdit"));
    m_client->setObjectName(QStringLiteral("clientLabel"));
    m_manager->setObjectName(QStringLiteral("managerLabel"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_companySettings->setObjectName(QStringLiteral("companySettingsPushButton"));
    m_preview->setObjectName(QStringLiteral("previewPushButton"));
    m_print->setObjectName(QStringLiteral("printPushButton"));
    m_save->setObjectName(QStringLiteral("savePushButton"));

    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDate(QDate::currentDate().addDays(ProposalRequest::kValidDays));
    m_validUntil->setMinimumDate(QDate::currentDate());
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumWidth(360);
    m_companySettings->setIcon(QIcon::fromTheme(QStringLiteral("document-properties")));
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_manager->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_client->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Valid until:"), m_validUntil);
    form->addRow(tr("Client:"), m_client);
    form->addRow(tr("Manager:"), m_manager);
    form->addRow(tr("Total:"), m_total);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_companySettings, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(buttons);

    if (const std::optional<Deal> deal = DealRepository(m_db).load(m_dealId)) {
        setWindowTitle(tr("Commercial proposal: %1").arg(deal->title));
        m_client->setText(deal->clientName);
        m_manager->setText(deal->responsible.isEmpty() ? tr("(not set)") : deal->responsible);
        m_total->setText(Money::format(deal->itemsTotal(), deal->currency));
    }
    fillTemplates();

    connect(m_template, &QComboBox::currentIndexChanged, this, &ProposalDialog::rebuild);
    connect(m_validUntil, &QDateEdit::dateChanged, this, &ProposalDialog::rebuild);
    connect(m_companySettings, &QPushButton::clicked, this, &ProposalDialog::openCompanySettings);
    connect(m_preview, &QPushButton::clicked, this, &ProposalDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ProposalDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ProposalDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

ProposalDialog::~ProposalDialog() = default;

void ProposalDialog::fillTemplates()
{
    const QSignalBlocker block(m_template);
    const QString current = m_template->currentText();
    const DocumentTemplateRepository templates(m_db);
    m_template->clear();
    for (const DocumentTemplate &t : templates.list())
        m_template->addItem(t.name);
    const QString wanted =
        current.isEmpty() ? templates.defaultFor(QLocale().name().left(2)).name : current;
    m_template->setCurrentIndex(std::max(0, m_template->findText(wanted)));
}

QString ProposalDialog::templateName() const
{
    return m_template->currentText();
}

void ProposalDialog::setTemplateName(const QString &name)
{
    m_template->setCurrentIndex(m_template->findText(name));
}

QDate ProposalDialog::validUntil() const
{
    return m_validUntil->date();
}

void ProposalDialog::setValidUntil(QDate date)
{
    m_validUntil->setDate(date);
}

bool ProposalDialog::rebuild()
{
    ProposalRequest request;
    request.dealId = m_dealId;
    request.templateName = templateName();
    request.validUntil = validUntil();
    Proposal proposal;
    QString error;
    m_proposal.reset();
    m_missing.clear();
    const bool ok = ProposalBuilder(m_db).build(request, &proposal, &m_missing, &error);
    if (ok) {
        m_proposal = proposal;
        m_problem->clear();
    } else if (!m_missing.isEmpty()) {
        QStringList lines;
        for (const QString &m : std::as_const(m_missing))
            lines << QStringLiteral("• ") + m;
        m_problem->setText(tr("The proposal cannot be made until these are filled in:") +
                           QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    } else {
        m_problem->setText(error);
    }
    m_problem->setVisible(!ok);
    m_companySettings->setVisible(!ok);
    for (QPushButton *b : {m_preview, m_print, m_save})
        b->setEnabled(ok);
    return ok;
}

void ProposalDialog::paint(QPrinter *printer)
{
    if (m_proposal)
        ProposalDocument(*m_proposal).print(printer);
}

void ProposalDialog::preview()
{
    if (!rebuild())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ProposalDocument::setUpPage(&printer);
    printer.setDocName(m_proposal->suggestedFileName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("proposalPreviewDialog"));
    dialog.setWindowTitle(windowTitle());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ProposalDialog::paint);
    dialog.resize(900, 1000);
    dialog.exec();
}

void ProposalDialog::print()
{
    if (!rebuild())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ProposalDocument::setUpPage(&printer);
    printer.setDocName(m_proposal->suggestedFileName());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void ProposalDialog::saveAsPdf()
{
    if (!rebuild())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save proposal as PDF"), QDir(folder).filePath(m_proposal->suggestedFileName()),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (saveTo(path))
        m_messenger.info(this, tr("Proposal saved"),
                         tr("The proposal is saved as %1 and attached to the deal.")
                             .arg(QDir::toNativeSeparators(path)));
}

bool ProposalDialog::saveTo(const QString &path)
{
    if (!rebuild())
        return false;
    ProposalArchive::Saved record;
    QString error;
    if (!ProposalArchive(m_db).save(*m_proposal, ProposalDocument(*m_proposal).pdf(), path, &record,
                                    &error)) {
        m_messenger.error(this, tr("Cannot save the proposal"), error);
        return false;
    }
    Q_EMIT saved(record.attachmentId);
    rebuild(); // the next proposal has the next number
    return true;
}

void ProposalDialog::openCompanySettings()
{
    SettingsDialog dialog(this);
    dialog.addPage(new CompanySettingsPage(m_db, m_messenger),
                   QIcon::fromTheme(QStringLiteral("document-properties")), tr("Our company"));
    dialog.resize(760, 620);
    dialog.exec();
    fillTemplates();
    rebuild();
}
