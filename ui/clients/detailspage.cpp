#include "detailspage.h"

#include "clientcard.h"
#include "clientpickerdialog.h"
#include "common/birthdayedit.h"
#include "common/fieldsync.h"
#include "contactpointeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

DetailsPage::DetailsPage(ClientCard *card, const PhoneNormalizer &phones, QWidget *parent)
    : QWidget(parent), m_card(card), m_form(new QFormLayout), m_kind(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_lastName(new QLineEdit(this)),
      m_firstName(new QLineEdit(this)), m_middleName(new QLineEdit(this)),
      m_birthday(new BirthdayEdit(this)), m_parent(new QLabel(this)),
      m_chooseParent(new QPushButton(tr("Choose…"), this)),
      m_clearParent(new QPushButton(tr("Clear"), this)),
      m_phones(new ContactPointEditor(ContactPointEditor::Kind::Phone, phones, this)),
      m_emails(new ContactPointEditor(ContactPointEditor::Kind::Email, phones, this)),
      m_city(new QLineEdit(this)), m_region(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_importance(new QComboBox(this)), m_source(new QLineEdit(this)),
      m_responsible(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_emailOptOut(new QCheckBox(tr("Does not want e-mail"), this)),
      m_smsOptOut(new QCheckBox(tr("Does not want SMS"), this)), m_notes(new QPlainTextEdit(this)),
      m_relations(new QListWidget(this)),
      m_addRelation(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add…"), this)),
      m_removeRelation(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this))
{
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_firstName->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_middleName->setObjectName(QStringLiteral("middleNameLineEdit"));
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_parent->setObjectName(QStringLiteral("parentLabel"));
    m_city->setObjectName(QStringLiteral("cityLineEdit"));
    m_region->setObjectName(QStringLiteral("regionLineEdit"));
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_importance->setObjectName(QStringLiteral("importanceComboBox"));
    m_source->setObjectName(QStringLiteral("sourceLineEdit"));
    m_responsible->setObjectName(QStringLiteral("responsibleLineEdit"));
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_relations->setObjectName(QStringLiteral("relationsListWidget"));
    m_emailOptOut->setObjectName(QStringLiteral("emailOptOutCheckBox"));
    m_smsOptOut->setObjectName(QStringLiteral("smsOptOutCheckBox"));
    const QString optOutTip = tr("Left out of mailings by this channel, and no single message "
                                 "goes either");
    m_emailOptOut->setToolTip(optOutTip);
    m_smsOptOut->setToolTip(optOutTip);

    m_kind->addItem(QIcon::fromTheme(QStringLiteral("folder-building")), tr("Company"),
                    int(Client::Kind::Company));
    m_kind->addItem(QIcon::fromTheme(QStringLiteral("user-identity")), tr("Person"),
                    int(Client::Kind::Person));
    m_importance->addItem(tr("—"), QString());
    m_importance->addItem(tr("A — key client"), QStringLiteral("A"));
    m_importance->addItem(tr("B — regular"), QStringLiteral("B"));
    m_importance->addItem(tr("C — occasional"), QStringLiteral("C"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. VIP, Dealers"));
    m_notes->setMaximumHeight(90);
    m_relations->setMaximumHeight(80);

    auto *parentRow = new QHBoxLayout;
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(m_chooseParent);
    parentRow->addWidget(m_clearParent);
    auto *optOuts = new QHBoxLayout;
    optOuts->addWidget(m_emailOptOut);
    optOuts->addWidget(m_smsOptOut);
    optOuts->addStretch();
    auto *relationButtons = new QVBoxLayout;
    relationButtons->addWidget(m_addRelation);
    relationButtons->addWidget(m_removeRelation);
    relationButtons->addStretch();
    auto *relationRow = new QHBoxLayout;
    relationRow->addWidget(m_relations, 1);
    relationRow->addLayout(relationButtons);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Last name:"), m_lastName);
    m_form->addRow(tr("&First name:"), m_firstName);
    m_form->addRow(tr("&Middle name:"), m_middleName);
    m_form->addRow(tr("&Birthday:"), m_birthday);
    m_form->addRow(tr("Group:"), parentRow);
    m_form->addRow(tr("Phones:"), m_phones);
    m_form->addRow(tr("E-mails:"), m_emails);
    m_form->addRow(tr("&City:"), m_city);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("&Address:"), m_address);
    m_form->addRow(tr("&Importance:"), m_importance);
    m_form->addRow(tr("&Source:"), m_source);
    m_form->addRow(tr("Res&ponsible:"), m_responsible);
    m_form->addRow(tr("&Tags:"), m_tags);
    m_form->addRow(tr("Mailings:"), optOuts);
    m_form->addRow(tr("N&otes:"), m_notes);
    m_form->addRow(tr("Relations:"), relationRow);
    setLayout(m_form);

    bindLine(m_name, Name, &Client::name, tr("name"));
    bindLine(m_lastName, LastName, &Client::lastName, tr("last name"));
    bindLine(m_firstName, FirstName, &Client::firstName, tr("first name"));
    bindLine(m_middleName, MiddleName, &Client::middleName, tr("middle name"));
    bindLine(m_city, City, &Client::city, tr("city"));
    bindLine(m_region, Region, &Client::region, tr("region"));
    bindLine(m_address, Address, &Client::address, tr("address"));
    bindLine(m_source, Source, &Client::source, tr("source"));
    bindLine(m_responsible, Responsible, &Client::responsible, tr("responsible"));

    connect(m_tags, &QLineEdit::textEdited, this, [this](const QString &text) {
        Client c = m_card->buffer();
        c.tags.clear();
        for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                c.tags << t.trimmed();
        m_card->edit(c, tr("Edit tags"), Tags);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        Client c = m_card->buffer();
        c.notes = m_notes->toPlainText();
        if (c.notes != m_card->buffer().notes)
            m_card->edit(c, tr("Edit notes"), Notes);
    });
    connect(m_birthday, &BirthdayEdit::edited, this, [this](QDate date) {
        Client c = m_card->buffer();
        c.birthday = date;
        m_card->edit(c, tr("Edit birthday"), -1);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        Client c = m_card->buffer();
        c.kind = Client::Kind(m_kind->currentData().toInt());
        if (c.kind != m_card->buffer().kind)
            m_card->edit(c, tr("Change kind"), -1);
    });
    connect(m_importance, &QComboBox::activated, this, [this] {
        Client c = m_card->buffer();
        c.importance = m_importance->currentData().toString();
        m_card->edit(c, tr("Change importance"), -1);
    });
    connect(m_emailOptOut, &QCheckBox::clicked, this, [this](bool on) {
        Client c = m_card->buffer();
        c.emailOptOut = on;
        m_card->edit(c, tr("Change mailing consent"), -1);
    });
    connect(m_smsOptOut, &QCheckBox::clicked, this, [this](bool on) {
        Client c = m_card->buffer();
        c.smsOptOut = on;
        m_card->edit(c, tr("Change mailing consent"), -1);
    });
    connect(m_phones, &ContactPointEditor::edited, this, [this] {
        Client c = m_card->buffer();
        c.phones = m_phones->phones();
        m_card->edit(c, tr("Edit phones"), -1);
    });
    connect(m_emails, &ContactPointEditor::edited, this, [this] {
        Client c = m_card->buffer();
        c.emails = m_emails->emails();
        m_card->edit(c, tr("Edit e-mails"), -1);
    });
    connect(m_chooseParent, &QPushButton::clicked, this, [this] {
        ClientPickerDialog picker(m_card->clients(), m_card->buffer().id, false, this);
        if (picker.exec() != QDialog::Accepted || picker.selectedId() == 0)
            return;
        Client c = m_card->buffer();
        c.parentId = picker.selectedId();
        c.parentName = picker.selectedName();
        m_card->edit(c, tr("Change group"), -1);
    });
    connect(m_clearParent, &QPushButton::clicked, this, [this] {
        Client c = m_card->buffer();
        c.parentId = 0;
        c.parentName.clear();
        m_card->edit(c, tr("Change group"), -1);
    });
    connect(m_addRelation, &QPushButton::clicked, this, [this] {
        ClientPickerDialog picker(m_card->clients(), m_card->buffer().id, true, this);
        if (picker.exec() == QDialog::Accepted && picker.selectedId() != 0)
            m_card->addRelation(picker.selectedId(), picker.relationType());
    });
    connect(m_removeRelation, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_relations->currentItem())
            m_card->removeRelation(item->data(Qt::UserRole).toLongLong());
    });
}

void DetailsPage::bindLine(QLineEdit *edit, Field field, QString Client::*member,
                           const QString &what)
{
    connect(edit, &QLineEdit::textEdited, this, [this, member, field, what](const QString &text) {
        Client c = m_card->buffer();
        c.*member = text;
        m_card->edit(c, tr("Edit %1").arg(what), field);
    });
}

void DetailsPage::updateKindRows(Client::Kind kind)
{
    const bool person = kind == Client::Kind::Person;
    m_form->setRowVisible(m_name, !person);
    m_form->setRowVisible(m_lastName, person);
    m_form->setRowVisible(m_firstName, person);
    m_form->setRowVisible(m_middleName, person);
    m_form->setRowVisible(m_birthday, person);
}

void DetailsPage::setClient(const Client &c)
{
    {
        const QSignalBlocker b1(m_kind), b2(m_importance), b3(m_notes), b4(m_emailOptOut),
            b5(m_smsOptOut);
        m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
        m_importance->setCurrentIndex(std::max(0, m_importance->findData(c.importance)));
        if (m_notes->toPlainText() != c.notes)
            m_notes->setPlainText(c.notes);
        m_emailOptOut->setChecked(c.emailOptOut);
        m_smsOptOut->setChecked(c.smsOptOut);
    }
    updateKindRows(c.kind);
    FieldSync::setText(m_name, c.name);
    FieldSync::setText(m_lastName, c.lastName);
    FieldSync::setText(m_firstName, c.firstName);
    FieldSync::setText(m_middleName, c.middleName);
    m_birthday->setBirthday(c.birthday);
    FieldSync::setText(m_city, c.city);
    FieldSync::setText(m_region, c.region);
    FieldSync::setText(m_address, c.address);
    FieldSync::setText(m_source, c.source);
    FieldSync::setText(m_responsible, c.responsible);
    QStringList shownTags;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            shownTags << t.trimmed();
    if (shownTags != c.tags)
        FieldSync::setText(m_tags, c.tags.join(QStringLiteral(", ")));
    m_parent->setText(c.parentId ? c.parentName : tr("none"));
    m_clearParent->setEnabled(c.parentId != 0);
    m_phones->setPhones(c.phones);
    m_emails->setEmails(c.emails);

    m_relations->clear();
    for (const Relation &r : c.relations) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2").arg(ClientCard::relationText(r.type, r.outgoing), r.otherName),
            m_relations);
        item->setData(Qt::UserRole, r.id);
    }
    m_addRelation->setEnabled(c.id != 0);
    m_removeRelation->setEnabled(c.id != 0);
}

void DetailsPage::focusFirstField()
{
    if (m_card->buffer().kind == Client::Kind::Person)
        m_lastName->setFocus();
    else
        m_name->setFocus();
}
