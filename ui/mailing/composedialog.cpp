#include "composedialog.h"

#include "clients/clientrepository.h"
#include "common/backgroundtask.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "documents/companyrepository.h"
#include "documents/proposalarchive.h"
#include "documents/proposalbuilder.h"
#include "documents/proposaldocument.h"
#include "mailing/emailtransport.h"
#include "mailing/messagerenderer.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/outboxrepository.h"
#include "mailing/outboxsender.h"
#include "mailing/recipientfinder.h"
#include "transportsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QMutex>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

struct ComposeDialog::Outcome
{
    QMutex mutex;
    SendResult result;
    QString error;
};

namespace {
// Free text typed by the user as the HTML part: their line breaks kept,
// their < and & shown as typed.
QString htmlOf(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}
} // namespace

ComposeDialog::ComposeDialog(const Database &db, SecretStore &secrets, Messenger &messenger,
                             QString manager, const Target &target, QWidget *parent)
    : QDialog(parent), m_db(db), m_secrets(secrets), m_messenger(messenger),
      m_manager(std::move(manager)), m_target(target), m_outcome(std::make_shared<Outcome>()),
      m_task(new BackgroundTask(this)), m_to(new QComboBox(this)), m_template(new QComboBox(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)), m_length(new QLabel(this)),
      m_attachments(new QListWidget(this)),
      m_addFile(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")),
                                tr("&Attach file…"), this)),
      m_removeFile(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this)),
      m_attachProposal(new QCheckBox(tr("Attach the commercial &proposal (PDF)"), this)),
      m_held(new QLabel(this)), m_result(new QLabel(this)),
      m_send(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("composeDialog"));
    setWindowTitle(isEmail() ? tr("Write e-mail") : tr("Send SMS"));
    m_to->setObjectName(QStringLiteral("toComboBox"));
    m_template->setObjectName(QStringLiteral("composeTemplateComboBox"));
    m_subject->setObjectName(QStringLiteral("subjectLineEdit"));
    m_body->setObjectName(QStringLiteral("bodyPlainTextEdit"));
    m_length->setObjectName(QStringLiteral("smsLengthLabel"));
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_addFile->setObjectName(QStringLiteral("attachFilePushButton"));
    m_removeFile->setObjectName(QStringLiteral("removeFilePushButton"));
    m_attachProposal->setObjectName(QStringLiteral("attachProposalCheckBox"));
    m_held->setObjectName(QStringLiteral("heldLabel"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_send->setObjectName(QStringLiteral("sendPushButton"));
    m_close->setObjectName(QStringLiteral("closePushButton"));

    m_held->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_held->hide();
    m_result->hide();
    m_attachments->setMaximumHeight(72);
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(
        tr("Type the message, or choose a template; {{contact.first_name}} and the other "
           "placeholders of templates work here too."));
    m_subject->setPlaceholderText(tr("What the message is about"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("T&emplate:"), m_template);
    if (isEmail())
        form->addRow(tr("S&ubject:"), m_subject);
    else
        m_subject->hide();
    form->addRow(tr("&Message:"), m_body);
    form->addRow(QString(), m_length);
    if (isEmail()) {
        auto *files = new QHBoxLayout;
        files->addWidget(m_attachments, 1, Qt::AlignTop); // short: beside its buttons, not below
        auto *fileButtons = new QVBoxLayout;
        fileButtons->addWidget(m_addFile);
        fileButtons->addWidget(m_removeFile);
        fileButtons->addStretch();
        files->addLayout(fileButtons);
        form->addRow(tr("Files:"), files);
        form->addRow(QString(), m_attachProposal);
    } else {
        for (QWidget *w :
             {static_cast<QWidget *>(m_attachments), static_cast<QWidget *>(m_addFile),
              static_cast<QWidget *>(m_removeFile), static_cast<QWidget *>(m_attachProposal)})
            w->hide();
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_send->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_held);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    // The proposal of the deal, when its products and our requisites make one.
    if (m_target.dealId && isEmail()) {
        ProposalRequest request;
        request.dealId = m_target.dealId;
        Proposal proposal;
        QString error;
        if (ProposalBuilder(m_db).build(request, &proposal, &m_proposalMissing, &error))
            m_proposal = proposal;
        else if (m_proposalMissing.isEmpty())
            m_proposalMissing << error;
    }
    m_attachProposal->setVisible(m_target.dealId && isEmail());
    m_attachProposal->setEnabled(m_proposal.has_value());
    if (!m_proposal)
        m_attachProposal->setToolTip(tr("The proposal cannot be made until these are filled in:") +
                                     QLatin1Char('\n') + m_proposalMissing.join(QLatin1Char('\n')));

    connect(m_send, &QPushButton::clicked, this, &ComposeDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ComposeDialog::applyTemplate);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ComposeDialog::applyTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposeDialog::updateLength);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        for (const QString &path : QFileDialog::getOpenFileNames(this, tr("Attach files")))
            addAttachment(path);
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_attachments->currentRow();
        if (row < 0 || row >= m_files.size())
            return;
        m_files.removeAt(row);
        delete m_attachments->takeItem(row);
    });
    connect(m_task, &BackgroundTask::finished, this, &ComposeDialog::sendFinishedInWorker);

    fillAddresses();
    fillTemplates();
    updateLength();
    resize(620, isEmail() ? 560 : 420);
}

ComposeDialog::~ComposeDialog() = default;

bool ComposeDialog::isEmail() const
{
    return m_target.channel != QLatin1String("sms");
}

bool ComposeDialog::isSending() const
{
    return m_task->isRunning();
}

void ComposeDialog::fillAddresses()
{
    const std::optional<Client> client = ClientRepository(m_db).load(m_target.clientId);
    if (!client)
        return;
    // Each address with whose it is; a contact person's card offers theirs only.
    auto add = [this](const QString &owner, const QString &shown, const QString &address,
                      qint64 contactId) {
        if (address.isEmpty())
            return;
        m_to->addItem(QStringLiteral("%1 <%2>").arg(owner, shown),
                      QVariantList{address, contactId});
    };
    auto addAll = [&](const QString &owner, const QList<EmailEntry> &emails,
                      const QList<PhoneEntry> &phones, qint64 contactId) {
        if (isEmail())
            for (const EmailEntry &e : emails)
                add(owner, e.value(), e.address, contactId);
        else
            for (const PhoneEntry &p : phones)
                add(owner, p.raw.isEmpty() ? p.e164 : p.raw, p.e164, contactId);
    };
    if (!m_target.contactId)
        addAll(client->displayName(), client->emails, client->phones, 0);
    for (const ContactPerson &p : client->contacts)
        if (!m_target.contactId || p.id == m_target.contactId)
            addAll(p.fullName(), p.emails, p.phones, p.id);
    // A deal's contact person first.
    if (!m_target.dealId || m_target.contactId)
        return;
    const std::optional<Deal> deal = DealRepository(m_db).load(m_target.dealId);
    for (int i = 0; deal && deal->contactId && i < m_to->count(); ++i) {
        if (m_to->itemData(i).toList().value(1).toLongLong() == deal->contactId) {
            m_to->setCurrentIndex(i);
            break;
        }
    }
}

void ComposeDialog::fillTemplates()
{
    const QSignalBlocker block(m_template);
    m_template->addItem(tr("Free text"), QString());
    for (const MessageTemplate &t : MessageTemplateRepository(m_db).list(m_target.channel))
        m_template->addItem(
            t.language.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.language),
            t.name);
}

void ComposeDialog::addAttachment(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messenger.error(this, tr("Cannot attach the file"),
                          tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    MailMessage::Attachment a;
    a.fileName = QFileInfo(path).fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    a.data = file.readAll();
    m_files << a;
    m_attachments->addItem(new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("text-x-generic")),
        QStringLiteral("%1 (%2)").arg(a.fileName, locale().formattedDataSize(a.data.size())),
        m_attachments));
}

void ComposeDialog::updateLength()
{
    m_length->setVisible(!isEmail());
    if (isEmail())
        return;
    m_length->setText(UiFormat::smsLength(m_body->toPlainText()));
}

std::optional<RecipientData> ComposeDialog::recipient(QString *error) const
{
    // As templates see them, at the chosen address; refused when they opted out.
    const QVariantList to = m_to->currentData().toList();
    const qint64 contactId = to.value(1).toLongLong();
    const RecipientFinder finder(m_db, m_target.channel, m_manager);
    std::optional<RecipientData> r = contactId ? finder.forContact(contactId, error)
                                               : finder.forClient(m_target.clientId, error);
    if (r && m_target.dealId && !finder.addDeal(*r, m_target.dealId, error))
        return std::nullopt;
    if (r)
        r->address = to.value(0).toString();
    return r;
}

void ComposeDialog::applyTemplate()
{
    m_held->hide();
    const QString name = m_template->currentData().toString();
    if (name.isEmpty()) {
        // Back to free text: what was filled from a template stays to be edited.
        m_renderedHtml.clear();
        return;
    }
    const auto t = MessageTemplateRepository(m_db).find(m_target.channel, name);
    QString error;
    const std::optional<RecipientData> r = recipient(&error);
    if (!t || !r) {
        m_held->setText(error);
        m_held->show();
        return;
    }
    const RenderedMessage m = MessageRenderer(*t, CompanyRepository(m_db).profile()).render(*r);
    if (!m.isComplete()) {
        m_held->setText(tr("This template would leave a hole in the message; empty:") +
                        QStringLiteral("\n• ") + m.missing.join(QStringLiteral("\n• ")));
        m_held->show();
        return;
    }
    m_subject->setText(m.subject);
    m_body->setPlainText(m.text);
    m_renderedText = m.text;
    m_renderedHtml = m.html;
}

bool ComposeDialog::send()
{
    if (isSending())
        return false;
    m_held->hide();
    m_result->hide();
    // A message the server put off is tried again as it is, never queued twice.
    if (m_messageId) {
        const std::optional<OutboxMessage> last = OutboxRepository(m_db).load(m_messageId);
        if (last && last->state == QLatin1String("queued")) {
            const TransportSettings transports = TransportSettings::load(m_db, m_secrets);
            if (!transports.isReady(m_target.channel)) {
                m_messenger.error(this, tr("Cannot send the message"),
                                  TransportSettings::notReadyText(m_target.channel));
                return false;
            }
            startSending(*last, transports);
            return true;
        }
    }
    const QVariantList to = m_to->currentData().toList();
    const QString text = m_body->toPlainText();
    QStringList problems;
    if (to.isEmpty())
        problems << (isEmail() ? tr("The client has no e-mail address: add one on the card.")
                               : tr("The client has no phone number: add one on the card."));
    if (text.trimmed().isEmpty())
        problems << tr("The message is empty.");
    if (isEmail() && m_subject->text().trimmed().isEmpty())
        problems << tr("The message needs a subject.");
    const TransportSettings transports = TransportSettings::load(m_db, m_secrets);
    if (!transports.isReady(m_target.channel))
        problems << TransportSettings::notReadyText(m_target.channel);
    if (!problems.isEmpty()) {
        m_messenger.error(this, tr("Cannot send the message"), problems.join(QLatin1Char('\n')));
        return false;
    }

    QString error;
    const std::optional<RecipientData> r = recipient(&error);
    if (!r) {
        m_messenger.error(this, tr("Cannot send the message"), error);
        return false;
    }

    OutboxMessage m;
    m.channel = m_target.channel;
    m.clientId = r->clientId;
    m.contactId = r->contactId;
    m.dealId = m_target.dealId;
    m.address = r->address;
    m.name = QStringList{r->firstName, r->lastName}.join(QLatin1Char(' ')).trimmed();
    if (m.name.isEmpty())
        m.name = r->clientName;
    if (text == m_renderedText && !m_renderedText.isEmpty()) {
        // The template's message as it was filled, with its HTML part.
        m.subject = m_subject->text();
        m.body = isEmail() ? m_renderedHtml : text;
        m.textBody = isEmail() ? text : QString();
    } else {
        // Free text may use placeholders too; a hole holds it like a template's.
        MessageTemplate t;
        t.channel = m_target.channel;
        t.name = tr("message");
        t.subject = m_subject->text();
        t.body = isEmail() ? htmlOf(text) : text;
        t.textBody = isEmail() ? text : QString();
        MessageRenderer renderer(t, CompanyRepository(m_db).profile());
        if (!renderer.error().isEmpty()) {
            m_held->setText(renderer.error());
            m_held->show();
            return false;
        }
        const RenderedMessage rendered = renderer.render(*r);
        if (!rendered.isComplete()) {
            m_held->setText(tr("The message is held: it would have a hole where these are "
                               "empty:") +
                            QStringLiteral("\n• ") + rendered.missing.join(QStringLiteral("\n• ")));
            m_held->show();
            return false;
        }
        m.subject = rendered.subject;
        m.body = isEmail() ? rendered.html : rendered.text;
        m.textBody = isEmail() ? rendered.text : QString();
    }

    QList<MailMessage::Attachment> files = m_files;
    if (isEmail() && m_proposal && m_attachProposal->isChecked()) {
        const QByteArray pdf = ProposalDocument(*m_proposal).pdf();
        // Given out: attached to the deal, noted, and the number moves on.
        if (!ProposalArchive(m_db).save(*m_proposal, pdf, QString(), nullptr, &error)) {
            m_messenger.error(this, tr("Cannot attach the proposal"), error);
            return false;
        }
        files << MailMessage::Attachment{m_proposal->suggestedFileName(),
                                         QStringLiteral("application/pdf"), pdf};
    }
    OutboxRepository outbox(m_db);
    if (!outbox.enqueue(m, files, &error)) {
        m_messenger.error(this, tr("Cannot send the message"), error);
        return false;
    }
    m_messageId = m.id;
    startSending(m, transports);
    return true;
}

void ComposeDialog::startSending(const OutboxMessage &m, const TransportSettings &transports)
{
    m_send->setEnabled(false);
    m_result->setText(tr("Sending to %1…").arg(m.address));
    m_result->show();
    // The server may take its time: the window stays alive meanwhile.
    m_outcome = std::make_shared<Outcome>();
    m_task->start(
        [db = &m_db, id = m.id, transports, outcome = m_outcome](const BackgroundTask::Progress &) {
            EmailTransport email(transports.smtp);
            SmsGateway sms(transports.sms);
            OutboxSender sender(*db, &email, &sms);
            QString error;
            SendResult result;
            if (std::optional<OutboxMessage> claimed = OutboxRepository(*db).claim(id, &error))
                result = sender.sendOne(*claimed, &error);
            db->releaseConnection();
            QMutexLocker lock(&outcome->mutex);
            outcome->result = result;
            outcome->error = error;
            return error.isEmpty() && result.sent();
        });
}

void ComposeDialog::sendFinishedInWorker(bool ok)
{
    SendResult result;
    QString error;
    {
        QMutexLocker lock(&m_outcome->mutex);
        result = m_outcome->result;
        error = m_outcome->error;
    }
    const QString answer =
        result.code ? QStringLiteral("%1 %2").arg(result.code).arg(result.answer) : result.answer;
    if (ok) {
        m_result->setText(tr("Sent. The server answered: %1").arg(answer));
        m_send->setText(tr("Send &another"));
    } else if (!error.isEmpty()) {
        m_result->setText(tr("Not sent: %1").arg(error));
    } else if (result.outcome == SendResult::Outcome::Temporary) {
        m_result->setText(tr("Not sent yet: %1. The message waits in the outbox and is tried "
                             "again later; Send tries it now.")
                              .arg(answer));
    } else {
        m_result->setText(tr("Not sent: the server refused it: %1").arg(answer));
    }
    m_result->show();
    m_send->setEnabled(true);
    Q_EMIT sendFinished(ok);
}
