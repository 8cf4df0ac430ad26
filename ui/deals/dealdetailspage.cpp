#include "dealdetailspage.h"

#include "clients/clientpickerdialog.h"
#include "clients/clientrepository.h"
#include "common/fieldsync.h"
#include "common/moneyedit.h"
#include "common/uiformat.h"
#include "dealactions.h"
#include "dealform.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The earliest date the card takes: shown as "not set".
const QDate kNoDate(2000, 1, 1);

QString kindText(Deal::Kind kind)
{
    switch (kind) {
    case Deal::Kind::Process:
        return DealDetailsPage::tr("Process: the stage's tasks move it on");
    case Deal::Kind::Simple:
        return DealDetailsPage::tr("Simple: only its start and end are recorded");
    case Deal::Kind::Manual:
        break;
    }
    return DealDetailsPage::tr("Manual: moved by hand");
}

// An editable combo's text, without signals.
void setComboText(QComboBox *combo, const QString &text)
{
    if (combo->currentText() == text)
        return;
    const QSignalBlocker block(combo);
    combo->setEditText(text);
}
} // namespace

DealDetailsPage::DealDetailsPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_formLayout(new QFormLayout), m_client(new QLabel(this)),
      m_chooseClient(new QPushButton(tr("Change…"), this)), m_contact(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_stage(new QComboBox(this)), m_result(new QLabel(this)),
      m_kind(new QComboBox(this)), m_probability(new QSpinBox(this)),
      m_stageProbability(new QLabel(this)), m_amount(new MoneyEdit(this)),
      m_currency(new QComboBox(this)), m_budget(new MoneyEdit(this)),
      m_interest(new QLineEdit(this)), m_needs(new QPlainTextEdit(this)),
      m_source(new QComboBox(this)), m_expectedClose(new QDateEdit(this)),
      m_clearClose(new QToolButton(this)), m_responsible(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_dates(new QLabel(this))
{
    m_client->setObjectName(QStringLiteral("dealClientLabel"));
    m_chooseClient->setObjectName(QStringLiteral("chooseClientPushButton"));
    m_contact->setObjectName(QStringLiteral("contactComboBox"));
    m_title->setObjectName(QStringLiteral("dealTitleLineEdit"));
    m_stage->setObjectName(QStringLiteral("stageComboBox"));
    m_result->setObjectName(QStringLiteral("dealResultLabel"));
    m_kind->setObjectName(QStringLiteral("dealKindComboBox"));
    m_probability->setObjectName(QStringLiteral("probabilitySpinBox"));
    m_amount->setObjectName(QStringLiteral("amountMoneyEdit"));
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_budget->setObjectName(QStringLiteral("budgetMoneyEdit"));
    m_interest->setObjectName(QStringLiteral("interestLineEdit"));
    m_needs->setObjectName(QStringLiteral("needsPlainTextEdit"));
    m_source->setObjectName(QStringLiteral("dealSourceComboBox"));
    m_expectedClose->setObjectName(QStringLiteral("expectedCloseDateEdit"));
    m_responsible->setObjectName(QStringLiteral("dealResponsibleComboBox"));
    m_notes->setObjectName(QStringLiteral("dealNotesPlainTextEdit"));

    for (Deal::Kind k : {Deal::Kind::Manual, Deal::Kind::Process, Deal::Kind::Simple})
        m_kind->addItem(kindText(k), int(k));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_probability->setAlignment(Qt::AlignRight);
    m_stageProbability->setEnabled(false);
    for (const char *code : {"RUB", "USD", "EUR", "CNY", "KZT", "BYN"})
        m_currency->addItem(QLatin1String(code), QLatin1String(code));
    m_budget->setPlaceholderText(tr("not known"));
    m_interest->setPlaceholderText(tr("What the client came for"));
    m_needs->setPlaceholderText(tr("Requirements, deadlines, who decides"));
    m_needs->setTabChangesFocus(true);
    m_notes->setTabChangesFocus(true);
    m_needs->setFixedHeight(m_needs->fontMetrics().height() * 4);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 5);
    for (QComboBox *c : {m_source, m_responsible}) {
        c->setEditable(true);
        c->setInsertPolicy(QComboBox::NoInsert);
    }
    // Long items must not widen the card beyond its pane.
    for (QComboBox *c : {m_contact, m_stage, m_kind, m_source, m_responsible}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setMinimumDate(kNoDate);
    m_expectedClose->setSpecialValueText(tr("not set"));
    m_clearClose->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clearClose->setToolTip(tr("No expected date"));
    m_clearClose->setAutoRaise(true);
    m_result->setWordWrap(true);
    m_dates->setEnabled(false);
    m_dates->setWordWrap(true);

    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_client, 1);
    clientRow->addWidget(m_chooseClient);
    auto *probabilityRow = new QHBoxLayout;
    probabilityRow->addWidget(m_probability);
    probabilityRow->addWidget(m_stageProbability, 1);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_expectedClose);
    closeRow->addWidget(m_clearClose);
    closeRow->addStretch();

    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row of several widgets has no buddy of its own: its label gets the first.
    auto row = [this](const QString &label, QWidget *buddy, QLayout *fields) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy);
        m_formLayout->addRow(l, fields);
    };
    row(tr("Client:"), m_chooseClient, clientRow);
    m_formLayout->addRow(tr("C&ontact person:"), m_contact);
    m_formLayout->addRow(tr("Tit&le:"), m_title);
    m_formLayout->addRow(tr("St&age:"), m_stage);
    m_formLayout->addRow(tr("Result:"), m_result);
    m_formLayout->addRow(tr("&Kind:"), m_kind);
    row(tr("Probabilit&y:"), m_probability, probabilityRow);
    row(tr("A&mount:"), m_amount, amountRow);
    m_formLayout->addRow(tr("Client's b&udget:"), m_budget);
    m_formLayout->addRow(tr("Primary &interest:"), m_interest);
    m_formLayout->addRow(tr("N&eeds:"), m_needs);
    m_formLayout->addRow(tr("Sour&ce:"), m_source);
    row(tr("E&xpected close:"), m_expectedClose, closeRow);
    m_formLayout->addRow(tr("Responsi&ble:"), m_responsible);
    m_formLayout->addRow(tr("Note&s:"), m_notes);
    m_formLayout->addRow(QString(), m_dates);
    // Spare height goes below the form, not into its rows.
    auto *page = new QVBoxLayout(this);
    page->addLayout(m_formLayout);
    page->addStretch();

    bindLine(m_title, TitleField, &Deal::title, tr("title"));
    bindLine(m_interest, InterestField, &Deal::interest, tr("interest"));
    bindLine(m_source->lineEdit(), SourceField, &Deal::source, tr("source"));
    bindLine(m_responsible->lineEdit(), ResponsibleField, &Deal::responsible, tr("responsible"));
    bindText(m_needs, NeedsField, &Deal::needs, tr("needs"));
    bindText(m_notes, NotesField, &Deal::notes, tr("notes"));
    for (QComboBox *c : {m_source, m_responsible})
        connect(c, &QComboBox::activated, this, [this, c] {
            Deal d = m_form->buffer();
            (c == m_source ? d.source : d.responsible) = c->currentText();
            m_form->edit(d, c == m_source ? tr("Edit source") : tr("Edit responsible"), -1);
        });

    connect(m_amount, &MoneyEdit::edited, this, [this] {
        if (!m_amount->value())
            return; // not an amount (yet): the field shows it, the buffer keeps the last one
        Deal d = m_form->buffer();
        d.amount = *m_amount->value();
        m_form->edit(d, tr("Edit amount"), AmountField);
    });
    connect(m_budget, &MoneyEdit::edited, this, [this] {
        if (!m_budget->isAcceptable())
            return;
        Deal d = m_form->buffer();
        d.budget = m_budget->value().value_or(-1);
        m_form->edit(d, tr("Edit budget"), BudgetField);
    });
    connect(m_probability, &QSpinBox::valueChanged, this, [this](int value) {
        Deal d = m_form->buffer();
        d.probability = value;
        m_form->edit(d, tr("Edit probability"), ProbabilityField);
    });
    connect(m_currency, &QComboBox::activated, this, [this] {
        Deal d = m_form->buffer();
        d.currency = m_currency->currentData().toString();
        m_form->edit(d, tr("Change currency"), -1);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        Deal d = m_form->buffer();
        d.kind = Deal::Kind(m_kind->currentData().toInt());
        if (d.kind != m_form->buffer().kind)
            m_form->edit(d, tr("Change kind"), -1);
    });
    connect(m_contact, &QComboBox::activated, this, [this] {
        Deal d = m_form->buffer();
        d.contactId = m_contact->currentData().toLongLong();
        m_form->edit(d, tr("Change contact person"), -1);
    });
    connect(m_expectedClose, &QDateEdit::dateChanged, this, [this](QDate date) {
        Deal d = m_form->buffer();
        d.expectedClose = date > kNoDate ? date : QDate();
        if (d.expectedClose != m_form->buffer().expectedClose)
            m_form->edit(d, tr("Edit expected close"), -1);
    });
    connect(m_clearClose, &QToolButton::clicked, this,
            [this] { m_expectedClose->setDate(kNoDate); });
    connect(m_stage, &QComboBox::activated, this,
            [this] { m_form->moveTo(m_stage->currentData().toLongLong()); });
    connect(m_chooseClient, &QPushButton::clicked, this, [this] {
        ClientPickerDialog picker(m_form->clients(), 0, false, this);
        if (picker.exec() != QDialog::Accepted || picker.selectedId() == 0)
            return;
        Deal d = m_form->buffer();
        d.clientId = picker.selectedId();
        d.clientName = picker.selectedName();
        d.contactId = 0;
        m_form->edit(d, tr("Change client"), -1);
    });
}

void DealDetailsPage::bindLine(QLineEdit *edit, Field field, QString Deal::*member,
                               const QString &what)
{
    connect(edit, &QLineEdit::textEdited, this, [this, member, field, what](const QString &text) {
        Deal d = m_form->buffer();
        d.*member = text;
        m_form->edit(d, tr("Edit %1").arg(what), field);
    });
}

void DealDetailsPage::bindText(QPlainTextEdit *edit, Field field, QString Deal::*member,
                               const QString &what)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, member, field, what] {
        Deal d = m_form->buffer();
        d.*member = edit->toPlainText();
        if (d.*member != m_form->buffer().*member)
            m_form->edit(d, tr("Edit %1").arg(what), field);
    });
}

void DealDetailsPage::loadStages(const Deal &deal)
{
    if (m_stagesOf != deal.pipelineId) {
        m_stagesOf = deal.pipelineId;
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        if (const std::optional<Pipeline> p = m_form->pipelines().pipeline(deal.pipelineId))
            for (const Stage &s : p->stages) {
                m_stage->addItem(s.name, s.id);
                m_stage->setItemData(m_stage->count() - 1, s.probability, Qt::UserRole + 1);
            }
    }
    const QSignalBlocker block(m_stage);
    m_stage->setCurrentIndex(m_stage->findData(deal.stageId));
}

void DealDetailsPage::loadContacts(qint64 clientId)
{
    if (m_contactsOf == clientId)
        return;
    m_contactsOf = clientId;
    const QSignalBlocker block(m_contact);
    m_contact->clear();
    m_contact->addItem(tr("—"), qint64(0));
    if (const std::optional<Client> c = m_form->clients().load(clientId))
        for (const ContactPerson &p : c->contacts)
            m_contact->addItem(p.position.isEmpty()
                                   ? p.fullName()
                                   : QStringLiteral("%1, %2").arg(p.fullName(), p.position),
                               p.id);
}

void DealDetailsPage::setDeal(const Deal &d)
{
    const bool open = d.status == Deal::Status::Open;
    m_client->setText(d.clientName);
    loadContacts(d.clientId);
    loadStages(d);
    {
        const QSignalBlocker b1(m_contact), b2(m_kind), b3(m_probability), b4(m_currency),
            b5(m_needs), b6(m_notes), b7(m_expectedClose);
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(d.contactId)));
        m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
        m_probability->setValue(d.probability);
        if (m_currency->findData(d.currency) < 0)
            m_currency->addItem(d.currency, d.currency);
        m_currency->setCurrentIndex(m_currency->findData(d.currency));
        if (m_needs->toPlainText() != d.needs)
            m_needs->setPlainText(d.needs);
        if (m_notes->toPlainText() != d.notes)
            m_notes->setPlainText(d.notes);
        m_expectedClose->setDate(d.expectedClose.isValid() ? d.expectedClose : kNoDate);
    }
    FieldSync::setText(m_title, d.title);
    FieldSync::setText(m_interest, d.interest);
    m_amount->setValue(d.amount);
    m_budget->setValue(d.budget >= 0 ? std::optional<qint64>(d.budget) : std::nullopt);

    // The lists of known values fill once; the text is the deal's.
    if (m_source->count() == 0) {
        const QSignalBlocker b1(m_source), b2(m_responsible);
        m_source->addItems(m_form->actions().deals().sources());
        m_responsible->addItems(m_form->actions().deals().responsibles());
    }
    setComboText(m_source, d.source);
    setComboText(m_responsible, d.responsible);

    m_stage->setEnabled(open);
    m_stage->setToolTip(open ? tr("Moving the deal is recorded in its stage history at once")
                             : tr("Reopen the deal to move it"));
    const int stageIndex = m_stage->findData(d.stageId);
    m_stageProbability->setText(
        stageIndex >= 0
            ? tr("the stage's: %1 %").arg(m_stage->itemData(stageIndex, Qt::UserRole + 1).toInt())
            : QString());
    m_formLayout->setRowVisible(m_result, !open);
    if (d.status == Deal::Status::Won)
        m_result->setText(
            tr("Won on %1, final amount %2")
                .arg(UiFormat::date(d.closedAt), Money::format(d.finalAmount, d.currency)));
    else if (d.status == Deal::Status::Lost)
        m_result->setText(tr("Lost on %1: %2")
                              .arg(UiFormat::date(d.closedAt),
                                   d.lossComment.isEmpty()
                                       ? d.lossReason
                                       : d.lossReason + QStringLiteral(" — ") + d.lossComment));
    m_dates->setText(d.id == 0
                         ? QString()
                         : tr("Created %1; in the stage since %2 (%n day(s))", nullptr,
                              UiFormat::daysSince(d.stageEnteredAt))
                               .arg(UiFormat::date(d.createdAt), UiFormat::date(d.stageEnteredAt)));
}
