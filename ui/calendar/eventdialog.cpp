#include "eventdialog.h"

#include "calendar/eventrepository.h"
#include "clients/clientpickerdialog.h"
#include "clients/clientrepository.h"
#include "common/uiformat.h"
#include "deals/dealrepository.h"
#include "reminderchoices.h"
#include "tasks/repeatruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Beside ReminderChoices' minutes before the start: an exact time.
constexpr int kExact = -2;
} // namespace

EventDialog::EventDialog(const Database &db, const ClientRepository &clients, QWidget *parent)
    : QDialog(parent), m_db(db), m_clients(clients), m_title(new QLineEdit(this)),
      m_allDay(new QCheckBox(tr("All day"), this)), m_start(new QDateTimeEdit(this)),
      m_end(new QDateTimeEdit(this)), m_location(new QLineEdit(this)), m_client(new QLabel(this)),
      m_chooseClient(new QToolButton(this)), m_clearClient(new QToolButton(this)),
      m_contact(new QComboBox(this)), m_deal(new QComboBox(this)),
      m_attendees(new QListWidget(this)), m_reminder(new QComboBox(this)),
      m_reminderAt(new QDateTimeEdit(this)), m_repeat(new RepeatRuleEditor(this)),
      m_description(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Event"));
    m_title->setObjectName(QStringLiteral("eventTitleLineEdit"));
    m_allDay->setObjectName(QStringLiteral("eventAllDayCheckBox"));
    m_start->setObjectName(QStringLiteral("eventStartDateTimeEdit"));
    m_end->setObjectName(QStringLiteral("eventEndDateTimeEdit"));
    m_location->setObjectName(QStringLiteral("eventLocationLineEdit"));
    m_client->setObjectName(QStringLiteral("eventClientLabel"));
    m_chooseClient->setObjectName(QStringLiteral("eventChooseClientToolButton"));
    m_clearClient->setObjectName(QStringLiteral("eventClearClientToolButton"));
    m_contact->setObjectName(QStringLiteral("eventContactComboBox"));
    m_deal->setObjectName(QStringLiteral("eventDealComboBox"));
    m_attendees->setObjectName(QStringLiteral("eventAttendeesListWidget"));
    m_reminder->setObjectName(QStringLiteral("eventReminderComboBox"));
    m_reminderAt->setObjectName(QStringLiteral("eventReminderDateTimeEdit"));
    m_repeat->setObjectName(QStringLiteral("eventRepeatRuleEditor"));
    m_description->setObjectName(QStringLiteral("eventDescriptionPlainTextEdit"));
    m_problem->setObjectName(QStringLiteral("eventProblemLabel"));

    m_start->setCalendarPopup(true);
    m_end->setCalendarPopup(true);
    m_reminderAt->setCalendarPopup(true);
    // In rows led by another field's label: named for a screen reader.
    m_end->setAccessibleName(tr("Ends"));
    m_reminderAt->setAccessibleName(tr("Remind at"));
    m_chooseClient->setText(tr("Choose…"));
    m_chooseClient->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_chooseClient->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_clearClient->setText(tr("Clear"));
    m_clearClient->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearClient->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_attendees->setMaximumHeight(110);
    m_description->setMaximumHeight(90);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warn);
    m_problem->hide();

    ReminderChoices::fill(m_reminder);
    m_reminder->addItem(tr("at a time…"), kExact);

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_end);
    times->addWidget(m_allDay);
    times->addStretch(1);
    auto *client = new QHBoxLayout;
    client->addWidget(m_client, 1);
    client->addWidget(m_chooseClient);
    client->addWidget(m_clearClient);
    auto *reminder = new QHBoxLayout;
    reminder->addWidget(m_reminder);
    reminder->addWidget(m_reminderAt);
    reminder->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    // A row of several widgets has no buddy of its own: name the first, so the
    // mnemonic works and the "&" is not shown.
    auto *when = new QLabel(tr("&When:"), this);
    when->setBuddy(m_start);
    form->addRow(when, times);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Client:"), client);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Deal:"), m_deal);
    form->addRow(tr("&Attendees:"), m_attendees);
    auto *reminderLabel = new QLabel(tr("&Reminder:"), this);
    reminderLabel->setBuddy(m_reminder);
    form->addRow(reminderLabel, reminder);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("D&escription:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("eventDialogButtonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_allDay, &QCheckBox::toggled, this, &EventDialog::updateEnabled);
    connect(m_reminder, &QComboBox::currentIndexChanged, this, &EventDialog::updateEnabled);
    connect(m_chooseClient, &QToolButton::clicked, this, &EventDialog::chooseClient);
    connect(m_clearClient, &QToolButton::clicked, this, [this] { setClient(0); });
    // The end follows a moved start, keeping the length.
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        const qint64 length = m_event.duration() > 0 ? m_event.duration() : 3600;
        if (m_end->dateTime() <= start)
            m_end->setDateTime(start.addSecs(length));
    });
}

void EventDialog::setEvent(const Event &event, const std::optional<ReminderSpec> &reminder)
{
    m_event = event;
    m_title->setText(event.title);
    m_allDay->setChecked(event.allDay);
    if (event.allDay) {
        m_start->setDateTime(QDateTime(event.startDate, QTime(0, 0)));
        m_end->setDateTime(QDateTime(event.endDate.addDays(-1), QTime(0, 0)));
    } else {
        m_start->setDateTime(event.start.toLocalTime());
        m_end->setDateTime(event.end.toLocalTime());
    }
    m_location->setText(event.location);
    m_description->setPlainText(event.description);
    m_repeat->setRule(event.repeat);
    fillLinks();
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(event.contactId)));
    m_deal->setCurrentIndex(std::max(0, m_deal->findData(event.dealId)));
    for (int i = 0; i < m_attendees->count(); ++i) {
        QListWidgetItem *item = m_attendees->item(i);
        item->setCheckState(event.attendees.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    if (!reminder) {
        m_reminder->setCurrentIndex(0);
        m_reminderAt->setDateTime(m_start->dateTime().addSecs(-15 * 60));
    } else if (!reminder->isOffset) {
        m_reminder->setCurrentIndex(m_reminder->findData(kExact));
        m_reminderAt->setDateTime(reminder->at.toLocalTime());
    } else {
        ReminderChoices::select(m_reminder, reminder->offsetMinutes);
        m_reminderAt->setDateTime(m_start->dateTime().addSecs(-15 * 60));
    }
    setWindowTitle(event.id ? tr("Event: %1").arg(event.title) : tr("New event"));
    updateEnabled();
}

void EventDialog::setOccurrenceOnly(bool on)
{
    m_occurrenceOnly = on;
    updateEnabled();
}

void EventDialog::setClient(qint64 clientId)
{
    m_event.clientId = clientId;
    m_event.contactId = 0;
    m_event.dealId = 0;
    m_event.attendees.clear();
    fillLinks();
}

void EventDialog::fillLinks()
{
    m_contact->clear();
    m_deal->clear();
    m_attendees->clear();
    m_contact->addItem(tr("none"), qint64(0));
    m_deal->addItem(tr("none"), qint64(0));
    m_client->setText(tr("none"));
    if (m_event.clientId) {
        if (const std::optional<Client> c = m_clients.load(m_event.clientId)) {
            m_client->setText(c->displayName());
            for (const ContactPerson &p : c->contacts) {
                m_contact->addItem(p.fullName(), p.id);
                auto *item = new QListWidgetItem(p.fullName(), m_attendees);
                item->setData(Qt::UserRole, p.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        for (const Deal &d : DealRepository(m_db).forClient(m_event.clientId))
            m_deal->addItem(d.title, d.id);
    }
    if (m_attendees->count() == 0) {
        auto *hint = new QListWidgetItem(m_event.clientId
                                             ? tr("The client has no contact persons.")
                                             : tr("Choose a client to invite its contact persons."),
                                         m_attendees);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_clearClient->setEnabled(m_event.clientId != 0 && !m_occurrenceOnly);
}

void EventDialog::chooseClient()
{
    ClientPickerDialog picker(m_clients, 0, false, this);
    if (picker.exec() == QDialog::Accepted && picker.selectedId())
        setClient(picker.selectedId());
}

void EventDialog::updateEnabled()
{
    const QString format =
        m_allDay->isChecked() ? UiFormat::dateFormat() : UiFormat::dateTimeFormat();
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
    m_reminderAt->setDisplayFormat(UiFormat::dateTimeFormat());
    m_reminderAt->setVisible(m_reminder->currentData().toInt() == kExact);
    const bool series = !m_occurrenceOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_title, m_allDay, m_location, m_chooseClient, m_contact, m_deal, m_attendees,
             m_reminder, m_reminderAt, m_repeat, m_description})
        w->setEnabled(series);
    m_clearClient->setEnabled(series && m_event.clientId != 0);
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.allDay = m_allDay->isChecked();
    if (e.allDay) {
        e.startDate = m_start->date();
        e.endDate = std::max(m_end->date(), m_start->date()).addDays(1); // exclusive
        e.start = {};
        e.end = {};
    } else {
        e.start = m_start->dateTime().toUTC();
        e.end = m_end->dateTime().toUTC();
    }
    e.location = m_location->text().trimmed();
    e.description = m_description->toPlainText();
    e.contactId = m_contact->currentData().toLongLong();
    e.dealId = m_deal->currentData().toLongLong();
    e.attendees.clear();
    for (int i = 0; i < m_attendees->count(); ++i) {
        const QListWidgetItem *item = m_attendees->item(i);
        if (item->checkState() == Qt::Checked)
            e.attendees << item->data(Qt::UserRole).toLongLong();
    }
    if (!m_occurrenceOnly)
        e.repeat = m_repeat->rule();
    return e;
}

std::optional<ReminderSpec> EventDialog::reminder() const
{
    const int choice = m_reminder->currentData().toInt();
    if (choice == ReminderChoices::kNone)
        return std::nullopt;
    if (choice == kExact)
        return ReminderSpec::exactly(m_reminderAt->dateTime().toUTC());
    return ReminderSpec::before(choice);
}

void EventDialog::accept()
{
    QString error;
    if (!EventRepository(m_db).validate(event(), &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
