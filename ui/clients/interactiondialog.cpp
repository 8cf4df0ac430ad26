#include "interactiondialog.h"
#include "common/uiformat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

QString InteractionDialog::typeText(Interaction::Type type)
{
    switch (type) {
    case Interaction::Type::CallIn:
        return tr("Incoming call");
    case Interaction::Type::CallOut:
        return tr("Outgoing call");
    case Interaction::Type::Meeting:
        return tr("Meeting");
    case Interaction::Type::Email:
        return tr("E-mail");
    case Interaction::Type::Sms:
        return tr("SMS");
    case Interaction::Type::Note:
        return tr("Note");
    }
    return {};
}

QIcon InteractionDialog::typeIcon(Interaction::Type type)
{
    switch (type) {
    case Interaction::Type::CallIn:
    case Interaction::Type::CallOut:
        return QIcon::fromTheme(QStringLiteral("call-start"));
    case Interaction::Type::Meeting:
        return QIcon::fromTheme(QStringLiteral("view-calendar"));
    case Interaction::Type::Email:
        return QIcon::fromTheme(QStringLiteral("mail-message"));
    case Interaction::Type::Sms:
        return QIcon::fromTheme(QStringLiteral("mail-message-new"));
    case Interaction::Type::Note:
        return QIcon::fromTheme(QStringLiteral("document-edit"));
    }
    return {};
}

InteractionDialog::InteractionDialog(const Interaction &interaction,
                                     const QList<ContactPerson> &contacts, QWidget *parent)
    : QDialog(parent), m_interaction(interaction), m_type(new QComboBox(this)),
      m_time(new QDateTimeEdit(this)), m_minutes(new QSpinBox(this)),
      m_contact(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_result(new QLineEdit(this))
{
    setWindowTitle(interaction.id ? tr("Edit interaction") : tr("New interaction"));
    m_type->setObjectName(QStringLiteral("interactionTypeComboBox"));
    m_subject->setObjectName(QStringLiteral("interactionSubjectLineEdit"));
    m_result->setObjectName(QStringLiteral("interactionResultLineEdit"));
    for (Interaction::Type t :
         {Interaction::Type::CallOut, Interaction::Type::CallIn, Interaction::Type::Meeting,
          Interaction::Type::Email, Interaction::Type::Sms, Interaction::Type::Note})
        m_type->addItem(typeIcon(t), typeText(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(interaction.type)));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(UiFormat::dateTimeFormat());
    m_time->setDateTime(interaction.occurredAt.isValid() ? interaction.occurredAt.toLocalTime()
                                                         : QDateTime::currentDateTime());
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(interaction.durationSec / 60);
    m_contact->addItem(tr("—"), 0);
    for (const ContactPerson &p : contacts)
        if (p.id)
            m_contact->addItem(p.fullName(), p.id);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(interaction.contactId)));
    m_subject->setText(interaction.subject);
    m_text->setPlainText(interaction.text);
    m_result->setText(interaction.result);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&When:"), m_time);
    form->addRow(tr("&Duration:"), m_minutes);
    form->addRow(tr("&Contact person:"), m_contact);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(tr("&Result:"), m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 420);
}

Interaction InteractionDialog::interaction() const
{
    Interaction i = m_interaction;
    i.type = Interaction::Type(m_type->currentData().toInt());
    i.occurredAt = m_time->dateTime().toUTC();
    i.durationSec = m_minutes->value() * 60;
    i.contactId = m_contact->currentData().toLongLong();
    i.subject = m_subject->text().trimmed();
    i.text = m_text->toPlainText();
    i.result = m_result->text().trimmed();
    return i;
}
