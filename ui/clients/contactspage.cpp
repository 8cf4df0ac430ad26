#include "contactspage.h"

#include "common/birthdayedit.h"

#include "clientcard.h"
#include "common/fieldsync.h"
#include "contactpointeditor.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

ContactsPage::ContactsPage(ClientCard *card, const PhoneNormalizer &phones, QWidget *parent)
    : QWidget(parent), m_card(card), m_list(new QListWidget(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add contact"), this)),
      m_remove(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this)),
      m_attach(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")),
                               tr("Attach file…"), this)),
      m_formBox(new QWidget(this)), m_lastName(new QLineEdit(this)),
      m_firstName(new QLineEdit(this)), m_middleName(new QLineEdit(this)),
      m_position(new QLineEdit(this)), m_birthday(new BirthdayEdit(this)),
      m_phones(new ContactPointEditor(ContactPointEditor::Kind::Phone, phones, this)),
      m_emails(new ContactPointEditor(ContactPointEditor::Kind::Email, phones, this)),
      m_notes(new QPlainTextEdit(this)),
      m_emailOptOut(new QCheckBox(tr("Does not want e-mail"), this)),
      m_smsOptOut(new QCheckBox(tr("Does not want SMS"), this)),
      m_writeEmail(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                   tr("Write e-mail…"), this)),
      m_sendSms(new QPushButton(
          QIcon::fromTheme(QStringLiteral("smartphone"), QIcon::fromTheme(QStringLiteral("phone"))),
          tr("Send SMS…"), this))
{
    m_list->setObjectName(QStringLiteral("contactsListWidget"));
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(200);
    m_add->setObjectName(QStringLiteral("addContactPushButton"));
    m_lastName->setObjectName(QStringLiteral("contactLastNameLineEdit"));
    m_firstName->setObjectName(QStringLiteral("contactFirstNameLineEdit"));
    m_middleName->setObjectName(QStringLiteral("contactMiddleNameLineEdit"));
    m_position->setObjectName(QStringLiteral("contactPositionLineEdit"));
    m_birthday->setObjectName(QStringLiteral("contactBirthdayEdit"));
    m_phones->setObjectName(QStringLiteral("contactPhonesTableWidget"));
    m_emails->setObjectName(QStringLiteral("contactEmailsTableWidget"));
    m_notes->setMaximumHeight(80);
    m_emailOptOut->setObjectName(QStringLiteral("contactEmailOptOutCheckBox"));
    m_smsOptOut->setObjectName(QStringLiteral("contactSmsOptOutCheckBox"));
    m_writeEmail->setObjectName(QStringLiteral("contactWriteEmailPushButton"));
    m_sendSms->setObjectName(QStringLiteral("contactSendSmsPushButton"));
    const QString optOutTip = tr("Left out of mailings by this channel, and no single message "
                                 "goes either");
    m_emailOptOut->setToolTip(optOutTip);
    m_smsOptOut->setToolTip(optOutTip);
    m_attach->setToolTip(tr("Attach a file to this contact person (or drop it on the form)"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    // Messages to the selected person, under the list: the form stays narrow.
    auto *messages = new QHBoxLayout;
    messages->addWidget(m_writeEmail);
    messages->addWidget(m_sendSms);
    left->addLayout(messages);

    auto *form = new QFormLayout(m_formBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Middle name:"), m_middleName);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(tr("Phones:"), m_phones);
    form->addRow(tr("E-mails:"), m_emails);
    auto *optOuts = new QHBoxLayout;
    optOuts->addWidget(m_emailOptOut);
    optOuts->addWidget(m_smsOptOut);
    optOuts->addStretch();
    form->addRow(tr("Mailings:"), optOuts);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_attach);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_formBox, 2);

    bindLine(m_lastName, LastName, &ContactPerson::lastName);
    bindLine(m_firstName, FirstName, &ContactPerson::firstName);
    bindLine(m_middleName, MiddleName, &ContactPerson::middleName);
    bindLine(m_position, Position, &ContactPerson::position);
    connect(m_birthday, &BirthdayEdit::edited, this, [this](QDate date) {
        editCurrent([date](ContactPerson &p) { p.birthday = date; }, tr("Edit birthday"), Birthday);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        editCurrent([text](ContactPerson &p) { p.notes = text; }, tr("Edit contact notes"), Notes);
    });
    connect(m_emailOptOut, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent([on](ContactPerson &p) { p.emailOptOut = on; }, tr("Change mailing consent"),
                    -1);
    });
    connect(m_smsOptOut, &QCheckBox::clicked, this, [this](bool on) {
        editCurrent([on](ContactPerson &p) { p.smsOptOut = on; }, tr("Change mailing consent"), -1);
    });
    connect(m_writeEmail, &QPushButton::clicked, this,
            [this] { m_card->requestCompose(QStringLiteral("email"), currentContactId()); });
    connect(m_sendSms, &QPushButton::clicked, this,
            [this] { m_card->requestCompose(QStringLiteral("sms"), currentContactId()); });
    connect(m_phones, &ContactPointEditor::edited, this, [this] {
        const QList<PhoneEntry> phones = m_phones->phones();
        editCurrent([phones](ContactPerson &p) { p.phones = phones; }, tr("Edit contact phones"),
                    -1);
    });
    connect(m_emails, &ContactPointEditor::edited, this, [this] {
        const QList<EmailEntry> emails = m_emails->emails();
        editCurrent([emails](ContactPerson &p) { p.emails = emails; }, tr("Edit contact e-mails"),
                    -1);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ContactsPage::showContact);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        c.contacts << ContactPerson();
        m_card->edit(c, tr("Add contact"), -1);
        m_list->setCurrentRow(int(c.contacts.size()) - 1);
        m_lastName->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        Client c = m_card->buffer();
        if (row < 0 || row >= c.contacts.size())
            return;
        c.contacts.removeAt(row);
        m_card->edit(c, tr("Remove contact"), -1);
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        const Client &c = m_card->buffer();
        if (row < 0 || row >= c.contacts.size())
            return;
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        m_card->attachFiles(files, c.contacts.at(row).id);
    });
}

qint64 ContactsPage::currentContactId() const
{
    const int row = m_list->currentRow();
    const Client &c = m_card->buffer();
    return row >= 0 && row < c.contacts.size() ? c.contacts.at(row).id : 0;
}

void ContactsPage::bindLine(QLineEdit *edit, Field field, QString ContactPerson::*member)
{
    connect(edit, &QLineEdit::textEdited, this, [this, member, field](const QString &text) {
        editCurrent([member, text](ContactPerson &p) { p.*member = text; },
                    tr("Edit contact person"), field);
    });
}

void ContactsPage::editCurrent(const std::function<void(ContactPerson &)> &change,
                               const QString &text, int mergeKey)
{
    const int row = m_list->currentRow();
    Client c = m_card->buffer();
    if (row < 0 || row >= c.contacts.size())
        return;
    ContactPerson before = c.contacts.at(row);
    change(c.contacts[row]);
    if (c.contacts.at(row) == before)
        return;
    // Typing in another contact's field must not merge with this one.
    m_card->edit(c, text, mergeKey < 0 ? -1 : mergeKey * 1000 + row);
}

void ContactsPage::setClient(const Client &client)
{
    const int current = m_list->currentRow();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const ContactPerson &p : client.contacts) {
            const QString name = p.fullName().isEmpty() ? tr("(new contact)") : p.fullName();
            new QListWidgetItem(
                QIcon::fromTheme(QStringLiteral("user-identity")),
                p.position.isEmpty() ? name : QStringLiteral("%1\n%2").arg(name, p.position),
                m_list);
        }
        const int row = std::min(current < 0 ? 0 : current, int(client.contacts.size()) - 1);
        m_list->setCurrentRow(row);
    }
    showContact(m_list->currentRow());
}

void ContactsPage::showContact(int index)
{
    const Client &c = m_card->buffer();
    const bool has = index >= 0 && index < c.contacts.size();
    m_formBox->setEnabled(has);
    m_remove->setEnabled(has);
    const ContactPerson p = has ? c.contacts.at(index) : ContactPerson();
    m_attach->setEnabled(has && p.id != 0);
    // A message goes to a saved contact person, from the saved addresses.
    m_writeEmail->setEnabled(has && p.id != 0 && !p.emails.isEmpty());
    m_sendSms->setEnabled(has && p.id != 0 && !p.phones.isEmpty());
    const QSignalBlocker b3(m_emailOptOut), b4(m_smsOptOut);
    m_emailOptOut->setChecked(p.emailOptOut);
    m_smsOptOut->setChecked(p.smsOptOut);
    FieldSync::setText(m_lastName, p.lastName);
    FieldSync::setText(m_firstName, p.firstName);
    FieldSync::setText(m_middleName, p.middleName);
    FieldSync::setText(m_position, p.position);
    const QSignalBlocker b2(m_notes);
    m_birthday->setBirthday(p.birthday);
    if (m_notes->toPlainText() != p.notes)
        m_notes->setPlainText(p.notes);
    m_phones->setPhones(p.phones);
    m_emails->setEmails(p.emails);
}
