#include "templatesdialog.h"

#include "clients/clientpickerdialog.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "documents/companyrepository.h"
#include "mailing/messagerenderer.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/recipientfinder.h"
#include "mailing/smslength.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum Role
{
    ChannelRole = Qt::UserRole,
    NameRole
};
} // namespace

TemplatesDialog::TemplatesDialog(const Database &db, const ClientRepository &clients,
                                 Messenger &messenger, QString manager, QWidget *parent)
    : QDialog(parent), m_db(db), m_clients(clients), m_messenger(messenger),
      m_manager(std::move(manager)), m_list(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_subjectLabel(new QLabel(tr("&Subject:"), this)), m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_textLabel(new QLabel(tr("Plain &text:"), this)),
      m_text(new QPlainTextEdit(this)), m_attachmentsLabel(new QLabel(tr("Attachments:"), this)),
      m_attachments(new QListWidget(this)), m_addFile(new QPushButton(tr("Add &file…"), this)),
      m_removeFile(new QPushButton(tr("Remo&ve file"), this)),
      m_placeholders(new QToolButton(this)),
      m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this)),
      m_restore(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")),
                                tr("&Restore the ready one"), this)),
      m_delete(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this)),
      m_recipient(new QLabel(this)), m_preview(new QTextBrowser(this)), m_held(new QLabel(this)),
      m_smsLength(new QLabel(this)), m_lastEdit(m_body)
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Message templates"));
    m_list->setObjectName(QStringLiteral("templatesListWidget"));
    m_name->setObjectName(QStringLiteral("templateNameLineEdit"));
    m_subject->setObjectName(QStringLiteral("templateSubjectLineEdit"));
    m_body->setObjectName(QStringLiteral("templateBodyPlainTextEdit"));
    m_text->setObjectName(QStringLiteral("templateTextPlainTextEdit"));
    m_attachments->setObjectName(QStringLiteral("templateAttachmentsListWidget"));
    m_addFile->setObjectName(QStringLiteral("addAttachmentPushButton"));
    m_removeFile->setObjectName(QStringLiteral("removeAttachmentPushButton"));
    m_placeholders->setObjectName(QStringLiteral("insertPlaceholderToolButton"));
    m_save->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_restore->setObjectName(QStringLiteral("restoreTemplatePushButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplatePushButton"));
    m_recipient->setObjectName(QStringLiteral("previewRecipientLabel"));
    m_preview->setObjectName(QStringLiteral("previewTextBrowser"));
    m_held->setObjectName(QStringLiteral("heldLabel"));
    m_smsLength->setObjectName(QStringLiteral("smsLengthLabel"));
    m_held->setWordWrap(true);
    m_held->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_body->setTabChangesFocus(true);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Empty: made from the HTML"));
    m_attachments->setMaximumHeight(70);

    // Insert placeholder: every field the renderer knows, with what it is.
    m_placeholders->setText(tr("Insert &placeholder"));
    m_placeholders->setIcon(QIcon::fromTheme(QStringLiteral("insert-text")));
    m_placeholders->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_placeholders->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_placeholders);
    for (const MessageRenderer::Placeholder &p : MessageRenderer::placeholders()) {
        QAction *a = menu->addAction(QStringLiteral("{{%1}} — %2").arg(p.key, p.description));
        connect(a, &QAction::triggered, this, [this, key = p.key] { insertPlaceholder(key); });
    }
    m_placeholders->setMenu(menu);

    auto *newEmail = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                     tr("New &e-mail"), this);
    newEmail->setObjectName(QStringLiteral("newEmailTemplatePushButton"));
    auto *newSms =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New S&MS"), this);
    newSms->setObjectName(QStringLiteral("newSmsTemplatePushButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(newEmail);
    newRow->addWidget(newSms);
    leftLayout->addLayout(newRow);

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_subjectLabel, m_subject);
    m_subjectLabel->setBuddy(m_subject);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);
    form->addRow(QString(), m_smsLength);
    m_textLabel->setBuddy(m_text);
    form->addRow(m_textLabel, m_text);
    auto *files = new QWidget(this);
    auto *filesLayout = new QHBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_attachments, 1);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    filesLayout->addLayout(fileButtons);
    form->addRow(m_attachmentsLabel, files);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_placeholders);
    actions->addStretch();
    actions->addWidget(m_delete);
    actions->addWidget(m_restore);
    actions->addWidget(m_save);
    form->addRow(actions);

    auto *chooseRecipient = new QPushButton(tr("&Choose…"), this);
    chooseRecipient->setObjectName(QStringLiteral("chooseRecipientPushButton"));
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *recipientRow = new QHBoxLayout;
    recipientRow->addWidget(new QLabel(tr("Preview for:"), this));
    recipientRow->addWidget(m_recipient, 1);
    recipientRow->addWidget(chooseRecipient);
    previewLayout->addLayout(recipientRow);
    previewLayout->addWidget(m_held);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(editor);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 640);
    splitter->setSizes({220, 560, 400});

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showTemplate);
    connect(newEmail, &QPushButton::clicked, this,
            [this] { newTemplate(QStringLiteral("email")); });
    connect(newSms, &QPushButton::clicked, this, [this] { newTemplate(QStringLiteral("sms")); });
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::save);
    connect(m_restore, &QPushButton::clicked, this, &TemplatesDialog::restore);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesDialog::restore);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            addAttachment(path);
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_attachments->currentRow();
        if (row < 0 || row >= m_files.size())
            return;
        m_files.removeAt(row);
        m_filesChanged = true;
        fillAttachments();
        updateButtons();
    });
    connect(chooseRecipient, &QPushButton::clicked, this, [this] {
        ClientPickerDialog picker(m_clients, 0, false, this);
        if (picker.exec() == QDialog::Accepted && picker.selectedId())
            setPreviewClient(picker.selectedId(), picker.selectedName());
    });
    for (QPlainTextEdit *edit : {m_body, m_text}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (!m_loading) // a template being shown is not the user typing
                m_lastEdit = edit;
            updatePreview();
            updateButtons();
        });
    }
    for (QLineEdit *edit : {m_name, m_subject}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updatePreview();
            updateButtons();
        });
    }
    m_recipient->setText(tr("nobody chosen yet"));
    reload();
}

void TemplatesDialog::reload(const QString &channel, const QString &name)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (const MessageTemplate &t : MessageTemplateRepository(m_db).list()) {
        QString mark;
        if (t.builtIn)
            mark = t.isSaved() ? tr("ready, changed") : tr("ready");
        const QString channelText = t.isEmail() ? tr("E-mail") : tr("SMS");
        auto *item = new QListWidgetItem(
            QIcon::fromTheme(t.isEmail() ? QStringLiteral("mail-message")
                                         : QStringLiteral("smartphone")),
            mark.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, mark), m_list);
        item->setToolTip(QStringLiteral("%1 · %2").arg(channelText, t.name));
        item->setData(ChannelRole, t.channel);
        item->setData(NameRole, t.name);
        if (t.channel == channel && t.name == name)
            select = m_list->count() - 1;
    }
    m_list->setCurrentRow(m_list->count() ? select : -1);
    showTemplate();
}

bool TemplatesDialog::selectTemplate(const QString &channel, const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->data(ChannelRole).toString() == channel &&
            item->data(NameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void TemplatesDialog::showTemplate()
{
    const QListWidgetItem *item = m_list->currentItem();
    MessageTemplateRepository repository(m_db);
    if (item) {
        if (const auto t = repository.find(item->data(ChannelRole).toString(),
                                           item->data(NameRole).toString()))
            m_current = *t;
    }
    m_files = m_current.isSaved() ? repository.attachments(m_current.id)
                                  : QList<MailMessage::Attachment>();
    m_filesChanged = false;
    m_loading = true;
    m_name->setText(m_current.name);
    // A ready template keeps its name: a change of name would be a new template.
    m_name->setReadOnly(m_current.builtIn);
    m_subject->setText(m_current.subject);
    m_body->setPlainText(m_current.body);
    m_text->setPlainText(m_current.textBody);
    m_loading = false;
    const bool email = m_current.isEmail();
    for (QWidget *w : std::initializer_list<QWidget *>{m_subjectLabel, m_subject, m_textLabel,
                                                       m_text, m_attachmentsLabel, m_attachments,
                                                       m_addFile, m_removeFile})
        w->setVisible(email);
    m_smsLength->setVisible(!email);
    fillAttachments();
    updatePreview();
    updateButtons();
}

void TemplatesDialog::newTemplate(const QString &channel)
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_current = MessageTemplate();
    m_current.channel = channel;
    showTemplate();
    m_name->setFocus();
}

MessageTemplate TemplatesDialog::fromFields() const
{
    MessageTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    t.textBody = m_text->toPlainText();
    return t;
}

void TemplatesDialog::fillAttachments()
{
    m_attachments->clear();
    const QLocale locale;
    for (const MailMessage::Attachment &file : m_files)
        m_attachments->addItem(QStringLiteral("%1 (%2)").arg(
            file.fileName, locale.formattedDataSize(file.data.size())));
}

void TemplatesDialog::addAttachment(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messenger.error(this, tr("Cannot attach the file"),
                          tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        return;
    }
    MailMessage::Attachment a;
    a.fileName = QFileInfo(path).fileName();
    a.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    a.data = file.readAll();
    m_files << a;
    m_filesChanged = true;
    fillAttachments();
    updateButtons();
}

void TemplatesDialog::insertPlaceholder(const QString &key)
{
    const QString text = QStringLiteral("{{%1}}").arg(key);
    if (m_subject->hasFocus() && m_current.isEmail())
        m_subject->insert(text);
    else
        m_lastEdit->insertPlainText(text);
}

void TemplatesDialog::setPreviewClient(qint64 clientId, const QString &name)
{
    m_previewClient = clientId;
    m_recipient->setText(name);
    updatePreview();
}

void TemplatesDialog::updatePreview()
{
    if (m_loading)
        return;
    const MessageTemplate t = fromFields();
    const QLocale locale;
    if (!t.isEmail()) {
        const SmsLength plain = SmsLength::of(t.body);
        m_smsLength->setText(
            tr("Template: %n character(s), ", "", plain.characters) +
            tr("%n part(s) ", "", plain.parts) +
            (plain.unicode ? tr("(Cyrillic: %1 a part)") : tr("(Latin: %1 a part)"))
                .arg(plain.perPart));
    }
    m_held->clear();
    m_held->hide();
    if (!m_previewClient) {
        m_preview->setPlainText(tr("Choose a client to see the message as it would go to them."));
        return;
    }
    QString error;
    const RecipientFinder finder(m_db, t.channel, m_manager);
    std::optional<RecipientData> recipient = finder.forClient(m_previewClient, &error);
    if (!recipient) {
        m_preview->setPlainText(error);
        return;
    }
    MessageRenderer renderer(t, CompanyRepository(m_db).profile(), locale);
    if (!renderer.error().isEmpty()) {
        m_held->setText(renderer.error());
        m_held->show();
        m_preview->clear();
        return;
    }
    const RenderedMessage m = renderer.render(*recipient);
    if (!m.isComplete()) {
        // Never a message with a hole: say what would be missing instead.
        // `missing` already says each field in words.
        const QStringList fields = m.missing;
        m_held->setText(tr("This message would be held, not sent, because these fields are "
                           "empty for %1: %2")
                            .arg(m_recipient->text(), fields.join(QStringLiteral(", "))));
        m_held->show();
        m_preview->clear();
        return;
    }
    if (t.isEmail()) {
        const QString head =
            tr("<p><b>To:</b> %1<br><b>Subject:</b> %2</p><hr>")
                .arg(recipient->address.toHtmlEscaped(), m.subject.toHtmlEscaped());
        m_preview->setHtml(head + (m.html.isEmpty()
                                       ? QStringLiteral("<pre>%1</pre>").arg(m.text.toHtmlEscaped())
                                       : m.html));
    } else {
        m_preview->setPlainText(m.text);
        m_smsLength->setText(UiFormat::smsLength(m.text));
    }
}

void TemplatesDialog::updateButtons()
{
    const bool changed = fromFields().name != m_current.name ||
                         fromFields().subject != m_current.subject ||
                         fromFields().body != m_current.body ||
                         fromFields().textBody != m_current.textBody || m_filesChanged;
    m_save->setEnabled(changed && !m_name->text().trimmed().isEmpty());
    m_restore->setVisible(m_current.builtIn);
    m_restore->setEnabled(m_current.builtIn && m_current.isSaved());
    m_delete->setVisible(!m_current.builtIn);
    m_delete->setEnabled(!m_current.builtIn && m_current.isSaved());
    m_removeFile->setEnabled(!m_files.isEmpty());
}

bool TemplatesDialog::save()
{
    MessageTemplate t = fromFields();
    MessageTemplateRepository repository(m_db);
    QString error;
    if (!repository.save(t, &error) || ((m_filesChanged || !m_files.isEmpty()) &&
                                        !repository.setAttachments(t.id, m_files, &error))) {
        m_messenger.error(this, tr("Cannot save the template"), error);
        return false;
    }
    reload(t.channel, t.name);
    return true;
}

bool TemplatesDialog::restore()
{
    // The ready one comes back; the user's own is gone.
    if (!m_current.isSaved())
        return false;
    const QString question =
        m_current.builtIn ? tr("Restore the ready template \"%1\"? Your changes to it are lost.")
                          : tr("Delete the template \"%1\"?");
    if (!m_messenger.confirm(this, tr("Templates"), question.arg(m_current.name),
                             m_current.builtIn ? tr("Restore") : tr("Delete")))
        return false;
    QString error;
    if (!MessageTemplateRepository(m_db).remove(m_current.channel, m_current.name, &error)) {
        m_messenger.error(this, tr("Cannot change the template"), error);
        return false;
    }
    const MessageTemplate was = m_current;
    m_current = MessageTemplate();
    reload(was.channel, was.name);
    return true;
}
