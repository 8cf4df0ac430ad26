#include "taskeditor.h"

#include "clients/clientpickerdialog.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "common/uiformat.h"
#include "deals/dealrepository.h"
#include "edittaskcommand.h"
#include "people/personrepository.h"
#include "repeatruleeditor.h"
#include "tasks/taskrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Field
{
    TitleField = 1,
    DescriptionField,
    DueField,
    PriorityField,
    ClientField,
    ContactField,
    DealField,
    ExecutorField,
    CheckField,
    RepeatField
};
} // namespace

TaskEditor::TaskEditor(const Database &db, const ClientRepository &clients, TaskRepository &tasks,
                       Messenger &messenger, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_db(db), m_clients(clients), m_tasks(tasks), m_messenger(messenger),
      m_undo(undoStack), m_heading(new QLabel(this)), m_status(new QLabel(this)),
      m_title(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_hasDue(new QCheckBox(tr("Due"), this)), m_due(new QDateTimeEdit(this)),
      m_allDay(new QCheckBox(tr("All day"), this)), m_priority(new QComboBox(this)),
      m_client(new QLabel(this)), m_chooseClient(new QToolButton(this)),
      m_clearClient(new QToolButton(this)), m_contact(new QComboBox(this)),
      m_deal(new QComboBox(this)), m_executor(new QComboBox(this)),
      m_check(new QCheckBox(tr("The author checks the result"), this)),
      m_repeat(new RepeatRuleEditor(this)), m_history(new QTreeWidget(this)),
      m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this)),
      m_revert(new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Re&vert"),
                               this)),
      m_form(new QWidget(this)),
      m_empty(new QLabel(tr("Choose a task in the list, or create one with New task."), this))
{
    setObjectName(QStringLiteral("taskEditor"));
    m_title->setObjectName(QStringLiteral("taskTitleLineEdit"));
    m_description->setObjectName(QStringLiteral("taskDescriptionTextEdit"));
    m_hasDue->setObjectName(QStringLiteral("taskHasDueCheckBox"));
    m_due->setObjectName(QStringLiteral("taskDueDateTimeEdit"));
    m_allDay->setObjectName(QStringLiteral("taskAllDayCheckBox"));
    m_priority->setObjectName(QStringLiteral("taskPriorityComboBox"));
    m_client->setObjectName(QStringLiteral("taskClientLabel"));
    m_chooseClient->setObjectName(QStringLiteral("taskChooseClientToolButton"));
    m_contact->setObjectName(QStringLiteral("taskContactComboBox"));
    m_deal->setObjectName(QStringLiteral("taskDealComboBox"));
    m_executor->setObjectName(QStringLiteral("taskExecutorComboBox"));
    m_check->setObjectName(QStringLiteral("taskCheckRequiredCheckBox"));
    m_history->setObjectName(QStringLiteral("taskHistoryTreeWidget"));
    m_save->setObjectName(QStringLiteral("taskSavePushButton"));
    m_revert->setObjectName(QStringLiteral("taskRevertPushButton"));
    m_status->setObjectName(QStringLiteral("taskStatusLabel"));

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_title->setPlaceholderText(tr("What to do, e.g. Call about the contract"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(UiFormat::dateTimeFormat());
    for (const QString &p : TaskRepository::priorities())
        m_priority->addItem(TaskRepository::priorityText(p), p);
    m_client->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Text beside the icons: a theme without them still shows what they do.
    m_chooseClient->setText(tr("Choose…"));
    m_chooseClient->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearClient->setText(tr("Clear"));
    m_clearClient->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_chooseClient->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_chooseClient->setToolTip(tr("Choose the client"));
    m_clearClient->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clearClient->setToolTip(tr("No client"));
    m_executor->setEditable(true);
    m_executor->setInsertPolicy(QComboBox::NoInsert);
    for (QComboBox *c : {m_contact, m_deal, m_executor}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
    }
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Comment")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 6);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    due->addWidget(m_allDay);
    auto *client = new QHBoxLayout;
    client->addWidget(m_client, 1);
    client->addWidget(m_chooseClient);
    client->addWidget(m_clearClient);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("When:"), due);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Client:"), client);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("D&eal:"), m_deal);
    form->addRow(tr("E&xecutor:"), m_executor);
    form->addRow(QString(), m_check);
    form->addRow(tr("&Repeats:"), m_repeat);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(m_heading);
    formLayout->addWidget(m_status);
    formLayout->addLayout(form);
    formLayout->addLayout(buttons);
    m_historyLabel = new QLabel(tr("History"), m_form);
    formLayout->addWidget(m_historyLabel);
    formLayout->addWidget(m_history, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(scroll, 1);
    scroll->hide();
    connect(this, &TaskEditor::modifiedChanged, this, [this, scroll](bool) {
        scroll->setVisible(m_open);
        m_empty->setVisible(!m_open);
    });

    auto editOn = [this](auto *sender, auto signal, const QString &what, int key) {
        connect(sender, signal, this, [this, what, key] {
            if (m_open)
                edit(fromFields(), what, key);
        });
    };
    editOn(m_title, &QLineEdit::textEdited, tr("Edit title"), TitleField);
    editOn(m_description, &QPlainTextEdit::textChanged, tr("Edit description"), DescriptionField);
    editOn(m_hasDue, &QCheckBox::toggled, tr("Change due"), DueField);
    editOn(m_due, &QDateTimeEdit::dateTimeChanged, tr("Change due"), DueField);
    editOn(m_allDay, &QCheckBox::toggled, tr("Change due"), DueField);
    editOn(m_priority, &QComboBox::currentIndexChanged, tr("Change priority"), PriorityField);
    editOn(m_contact, &QComboBox::currentIndexChanged, tr("Change contact"), ContactField);
    editOn(m_deal, &QComboBox::currentIndexChanged, tr("Change deal"), DealField);
    editOn(m_executor, &QComboBox::currentTextChanged, tr("Change executor"), ExecutorField);
    editOn(m_check, &QCheckBox::toggled, tr("Change check"), CheckField);
    editOn(m_repeat, &RepeatRuleEditor::ruleChanged, tr("Change repeat"), RepeatField);
    connect(m_chooseClient, &QToolButton::clicked, this, &TaskEditor::chooseClient);
    connect(m_clearClient, &QToolButton::clicked, this, [this] {
        Task t = fromFields();
        t.clientId = 0;
        t.clientName.clear();
        t.contactId = 0;
        t.dealId = 0;
        edit(t, tr("Change client"), ClientField);
    });
    connect(m_save, &QPushButton::clicked, this, &TaskEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &TaskEditor::revert);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_save->setEnabled(!clean || (m_open && m_buffer.id == 0));
        m_revert->setEnabled(!clean);
        Q_EMIT modifiedChanged(!clean);
    });
    closeTask();
}

bool TaskEditor::isModified() const
{
    return m_open && (!m_undo->isClean() || m_buffer.id == 0);
}

void TaskEditor::edit(const Task &after, const QString &text, int mergeKey)
{
    if (after.title == m_buffer.title && after.description == m_buffer.description &&
        after.dueAt == m_buffer.dueAt && after.allDay == m_buffer.allDay &&
        after.priority == m_buffer.priority && after.clientId == m_buffer.clientId &&
        after.contactId == m_buffer.contactId && after.dealId == m_buffer.dealId &&
        after.executor == m_buffer.executor && after.checkRequired == m_buffer.checkRequired &&
        after.repeatRule == m_buffer.repeatRule)
        return;
    m_undo->push(new EditTaskCommand(this, m_buffer, after, text, mergeKey));
}

Task TaskEditor::fromFields() const
{
    Task t = m_buffer;
    t.title = m_title->text();
    t.description = m_description->toPlainText();
    t.allDay = m_allDay->isChecked();
    if (!m_hasDue->isChecked())
        t.dueAt.clear();
    else if (t.allDay)
        t.dueAt = m_due->date().toString(Qt::ISODate);
    else
        t.dueAt = m_due->dateTime().toUTC().toString(Qt::ISODate);
    t.priority = m_priority->currentData().toString();
    t.contactId = m_contact->currentData().toLongLong();
    t.dealId = m_deal->currentData().toLongLong();
    t.executor = m_executor->currentText().simplified();
    t.checkRequired = m_check->isChecked();
    t.repeatRule = m_repeat->rule().toRrule();
    return t;
}

void TaskEditor::applyBuffer(const Task &task)
{
    const bool clientChanged = task.clientId != m_buffer.clientId || !m_open;
    m_buffer = task;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_title),   QSignalBlocker(m_description), QSignalBlocker(m_hasDue),
        QSignalBlocker(m_due),     QSignalBlocker(m_allDay),      QSignalBlocker(m_priority),
        QSignalBlocker(m_contact), QSignalBlocker(m_deal),        QSignalBlocker(m_executor),
        QSignalBlocker(m_check),   QSignalBlocker(m_repeat)};
    if (m_title->text() != task.title)
        m_title->setText(task.title);
    if (m_description->toPlainText() != task.description)
        m_description->setPlainText(task.description);
    m_hasDue->setChecked(!task.dueAt.isEmpty());
    m_allDay->setChecked(task.allDay);
    // Without a due, the date offered when one is wanted: today, end of the working day.
    if (task.dueAt.isEmpty())
        m_due->setDateTime(QDateTime(QDate::currentDate(), QTime(18, 0)));
    else
        m_due->setDateTime(task.allDay
                               ? QDateTime(QDate::fromString(task.dueAt, Qt::ISODate), QTime(9, 0))
                               : QDateTime::fromString(task.dueAt, Qt::ISODate).toLocalTime());
    m_due->setDisplayFormat(task.allDay ? UiFormat::dateFormat() : UiFormat::dateTimeFormat());
    m_due->setEnabled(!task.dueAt.isEmpty());
    m_allDay->setEnabled(!task.dueAt.isEmpty());
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(task.priority)));
    if (clientChanged)
        fillLinks();
    m_client->setText(task.clientId ? task.clientName : tr("none"));
    m_clearClient->setEnabled(task.clientId != 0);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(task.contactId)));
    m_deal->setCurrentIndex(std::max(0, m_deal->findData(task.dealId)));
    if (m_executor->currentText() != task.executor)
        m_executor->setCurrentText(task.executor);
    m_check->setChecked(task.checkRequired);
    m_repeat->setRule(RepeatRule::fromRrule(task.repeatRule).value_or(RepeatRule()));
    m_heading->setText(task.id ? task.title : tr("New task"));
    m_status->setText(task.id ? tr("%1 · given by %2 on %3")
                                    .arg(TaskRepository::statusText(task.status), task.author,
                                         UiFormat::date(task.createdAt))
                              : QString());
}

void TaskEditor::fillLinks()
{
    m_contact->clear();
    m_deal->clear();
    m_contact->addItem(tr("none"), qint64(0));
    m_deal->addItem(tr("none"), qint64(0));
    if (!m_buffer.clientId)
        return;
    if (const std::optional<Client> c = m_clients.load(m_buffer.clientId))
        for (const ContactPerson &p : c->contacts)
            m_contact->addItem(p.fullName(), p.id);
    for (const Deal &d : DealRepository(m_db).forClient(m_buffer.clientId))
        m_deal->addItem(d.title, d.id);
}

void TaskEditor::fillExecutors()
{
    const QSignalBlocker block(m_executor);
    m_executor->clear();
    QStringList names = PersonRepository(m_db).activeNames();
    if (!names.contains(m_tasks.user(), Qt::CaseInsensitive))
        names.prepend(m_tasks.user());
    m_executor->addItems(names);
}

void TaskEditor::chooseClient()
{
    ClientPickerDialog picker(m_clients, 0, false, this);
    if (picker.exec() != QDialog::Accepted || !picker.selectedId())
        return;
    Task t = fromFields();
    t.clientId = picker.selectedId();
    t.clientName = picker.selectedName();
    t.contactId = 0;
    t.dealId = 0;
    edit(t, tr("Change client"), ClientField);
}

void TaskEditor::showHistory()
{
    m_history->clear();
    // A new task has no history yet: no empty table under the form.
    m_history->setVisible(m_buffer.id != 0);
    m_historyLabel->setVisible(m_buffer.id != 0);
    if (!m_buffer.id)
        return;
    for (const TaskHistoryEntry &e : m_tasks.history(m_buffer.id)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, UiFormat::dateTime(e.at));
        item->setText(1, e.actor);
        item->setText(2, TaskRepository::actionText(e.action));
        item->setText(3, e.comment);
        item->setToolTip(3, e.comment);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_history->resizeColumnToContents(2);
}

bool TaskEditor::openTask(qint64 id)
{
    const std::optional<Task> t = m_tasks.load(id);
    if (!t)
        return false;
    m_open = false;
    fillExecutors();
    m_undo->clear();
    applyBuffer(*t);
    m_open = true;
    showHistory();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT modifiedChanged(false);
    return true;
}

void TaskEditor::newTask(const Task &defaults)
{
    m_open = false;
    fillExecutors();
    m_undo->clear();
    Task t = defaults;
    t.id = 0;
    if (t.executor.isEmpty())
        t.executor = m_tasks.user();
    applyBuffer(t);
    m_open = true;
    showHistory();
    m_save->setEnabled(true);
    m_revert->setEnabled(false);
    Q_EMIT modifiedChanged(true);
}

void TaskEditor::closeTask()
{
    m_open = false;
    m_buffer = Task();
    m_undo->clear();
    m_history->clear();
    Q_EMIT modifiedChanged(false);
}

void TaskEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool TaskEditor::save()
{
    if (!m_open)
        return false;
    Task t = fromFields();
    QString error;
    const bool ok = t.id ? m_tasks.update(t, &error) : m_tasks.create(t, &error);
    if (!ok) {
        m_messenger.error(this, tr("Cannot save the task"), error);
        return false;
    }
    openTask(t.id);
    Q_EMIT saved(t.id);
    return true;
}

void TaskEditor::revert()
{
    if (m_buffer.id)
        openTask(m_buffer.id);
    else
        closeTask();
}

bool TaskEditor::settle()
{
    if (!isModified())
        return true;
    switch (
        m_messenger.askSave(this, tr("Unsaved changes"),
                            tr("The task «%1» has unsaved changes. Save them?")
                                .arg(m_buffer.title.isEmpty() ? tr("New task") : m_buffer.title))) {
    case Messenger::Answer::Save:
        return save();
    case Messenger::Answer::Discard:
        revert();
        return true;
    case Messenger::Answer::Cancel:
        return false;
    }
    return false;
}

void TaskEditor::reloadFromDatabase()
{
    if (m_open && m_buffer.id && !isModified())
        openTask(m_buffer.id);
}
