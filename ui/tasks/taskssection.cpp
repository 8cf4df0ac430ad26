#include "taskssection.h"

#include "common/messenger.h"
#include "common/uiformat.h"
#include "taskeditor.h"
#include "tasks/taskrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Enough for a day's work; the rest waits for the filter of a later issue.
constexpr int kLimit = 2000;

enum Column
{
    TitleColumn,
    LinkColumn,
    DueColumn,
    PriorityColumn,
    StatusColumn,
    PersonColumn
};

QString bucketText(TaskBucket b)
{
    switch (b) {
    case TaskBucket::Overdue:
        return TasksSection::tr("Overdue");
    case TaskBucket::Today:
        return TasksSection::tr("Today");
    case TaskBucket::Upcoming:
        return TasksSection::tr("Upcoming");
    case TaskBucket::NoDate:
        break;
    }
    return TasksSection::tr("No date");
}
} // namespace

TasksSection::TasksSection(const Database &db, const ClientRepository &clients,
                           Messenger &messenger, QUndoStack *undoStack, const QString &user,
                           QWidget *parent)
    : QWidget(parent), m_tasks(std::make_unique<TaskRepository>(db, user)), m_messenger(messenger),
      m_toolBar(new QToolBar(this)), m_stack(new QStackedWidget(this)),
      m_tree(new QTreeWidget(this)), m_empty(new QWidget(this)), m_emptyText(new QLabel(this)),
      m_emptyNew(
          new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New task"), this)),
      m_editor(new TaskEditor(db, clients, *m_tasks, messenger, undoStack, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("tasksSection"));
    m_tree->setObjectName(QStringLiteral("tasksTreeWidget"));
    m_toolBar->setObjectName(QStringLiteral("tasksToolBar"));
    m_empty->setObjectName(QStringLiteral("tasksEmptyWidget"));
    m_emptyText->setObjectName(QStringLiteral("tasksEmptyLabel"));
    m_emptyNew->setObjectName(QStringLiteral("tasksEmptyNewPushButton"));
    m_splitter->setObjectName(QStringLiteral("tasksSplitter"));

    auto make = [this](const QString &icon, const QString &text, const QString &name) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        return a;
    };
    m_new = make(QStringLiteral("list-add"), tr("&New task"), QStringLiteral("newTaskAction"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_start = make(QStringLiteral("media-playback-start"), tr("S&tart"),
                   QStringLiteral("startTaskAction"));
    m_done = make(QStringLiteral("dialog-ok-apply"), tr("&Done"), QStringLiteral("doneTaskAction"));
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_accept = make(QStringLiteral("checkmark"), tr("&Accept"), QStringLiteral("acceptTaskAction"));
    m_accept->setIcon(QIcon::fromTheme(QStringLiteral("checkmark"),
                                       QIcon::fromTheme(QStringLiteral("dialog-ok"))));
    m_return =
        make(QStringLiteral("edit-undo"), tr("&Return…"), QStringLiteral("returnTaskAction"));
    m_return->setToolTip(tr("Send the task back to its executor with a comment"));
    m_cancel = make(QStringLiteral("dialog-cancel"), tr("&Cancel task"),
                    QStringLiteral("cancelTaskAction"));
    m_reopen =
        make(QStringLiteral("view-refresh"), tr("Re&open"), QStringLiteral("reopenTaskAction"));
    m_openClient = make(QStringLiteral("x-office-address-book"), tr("Open c&lient"),
                        QStringLiteral("openTaskClientAction"));
    m_openDeal = make(QStringLiteral("view-financial-list"), tr("Open d&eal"),
                      QStringLiteral("openTaskDealAction"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_new);
    m_toolBar->addSeparator();
    for (QAction *a : {m_start, m_done, m_accept, m_return, m_cancel, m_reopen})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openClient);
    m_toolBar->addAction(m_openDeal);

    m_tree->setHeaderLabels(
        {tr("Task"), tr("Client / deal"), tr("Due"), tr("Priority"), tr("Status"), tr("Executor")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LinkColumn, QHeaderView::Interactive);
    header->resizeSection(LinkColumn, 150);
    for (int c = DueColumn; c <= PersonColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_toolBar);
    leftLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 520});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_new, &QAction::triggered, this, [this] { newTask(); });
    connect(m_emptyNew, &QPushButton::clicked, this, [this] { newTask(); });
    connect(m_start, &QAction::triggered, this, [this] { step(Step::Start); });
    connect(m_done, &QAction::triggered, this, [this] { step(Step::Done); });
    connect(m_accept, &QAction::triggered, this, [this] { step(Step::Accept); });
    connect(m_return, &QAction::triggered, this, [this] { step(Step::Return); });
    connect(m_cancel, &QAction::triggered, this, [this] { step(Step::Cancel); });
    connect(m_reopen, &QAction::triggered, this, [this] { step(Step::Reopen); });
    connect(m_openClient, &QAction::triggered, this, [this] {
        if (m_editor->buffer().clientId)
            Q_EMIT clientOpenRequested(m_editor->buffer().clientId);
    });
    connect(m_openDeal, &QAction::triggered, this, [this] {
        if (m_editor->buffer().dealId)
            Q_EMIT dealOpenRequested(m_editor->buffer().dealId);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TasksSection::showCurrent);
    connect(m_editor, &TaskEditor::saved, this, [this](qint64 id) {
        refresh();
        selectTask(id);
        Q_EMIT tasksChanged();
    });
    connect(m_editor, &TaskEditor::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    updateActions();
}

TasksSection::~TasksSection() = default;

void TasksSection::setUser(const QString &user)
{
    m_tasks->setUser(user);
    refresh();
}

const QString &TasksSection::user() const
{
    return m_tasks->user();
}

void TasksSection::setView(TaskView view)
{
    m_view = view;
    m_tree->headerItem()->setText(PersonColumn,
                                  view == TaskView::Mine ? tr("Author") : tr("Executor"));
    refresh();
}

TaskCounts TasksSection::counts() const
{
    return m_tasks->counts(m_tasks->user(), QDateTime::currentDateTimeUtc());
}

QString TasksSection::dueText(const Task &t, const QDateTime &now) const
{
    if (t.dueAt.isEmpty())
        return QString();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    QDate date;
    QString time;
    if (t.allDay) {
        date = QDate::fromString(t.dueAt, Qt::ISODate);
    } else {
        const QDateTime local = QDateTime::fromString(t.dueAt, Qt::ISODate).toLocalTime();
        date = local.date();
        time = UiFormat::time(local.time());
    }
    // Relative where it helps: near days by name, the rest as dates.
    const qint64 days = today.daysTo(date);
    QString day;
    if (days == 0)
        day = tr("today");
    else if (days == 1)
        day = tr("tomorrow");
    else if (days == -1)
        day = tr("yesterday");
    else
        day = locale.toString(date, QLocale::ShortFormat);
    return time.isEmpty() ? day : day + QLatin1Char(' ') + time;
}

void TasksSection::refresh()
{
    const qint64 current = currentId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_shown = m_tasks->list(m_view, m_tasks->user(), now, QTimeZone::systemTimeZone(), kLimit);
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    int groupBucket = -1;
    int groupCount = 0;
    auto closeGroup = [&] {
        if (group)
            group->setText(TitleColumn, bucketText(TaskBucket(groupBucket)) + QStringLiteral("  ") +
                                            QLocale().toString(groupCount));
    };
    const QColor overdue = QColor(0xc0, 0x39, 0x2b);
    for (const Task &t : m_shown) {
        const TaskBucket b = TaskRepository::bucket(t, now);
        if (int(b) != groupBucket) {
            closeGroup();
            group = new QTreeWidgetItem(m_tree);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(TitleColumn);
            bold.setBold(true);
            group->setFont(TitleColumn, bold);
            group->setFirstColumnSpanned(true);
            if (b == TaskBucket::Overdue)
                group->setForeground(TitleColumn, overdue);
            group->setExpanded(true);
            groupBucket = int(b);
            groupCount = 0;
        }
        ++groupCount;
        auto *item = new QTreeWidgetItem(group);
        item->setData(TitleColumn, Qt::UserRole, t.id);
        item->setText(TitleColumn, t.title);
        item->setToolTip(TitleColumn, t.description.isEmpty() ? t.title : t.description);
        QStringList links;
        if (!t.clientName.isEmpty())
            links << t.clientName;
        if (!t.dealTitle.isEmpty())
            links << t.dealTitle;
        item->setText(LinkColumn, links.join(QStringLiteral(" · ")));
        item->setToolTip(LinkColumn, item->text(LinkColumn));
        item->setText(DueColumn, dueText(t, now));
        if (b == TaskBucket::Overdue)
            item->setForeground(DueColumn, overdue);
        item->setText(PriorityColumn, TaskRepository::priorityText(t.priority));
        if (t.priority == QLatin1String("high")) {
            QFont bold = item->font(PriorityColumn);
            bold.setBold(true);
            item->setFont(PriorityColumn, bold);
        }
        item->setText(StatusColumn, TaskRepository::statusText(t.status));
        item->setText(PersonColumn, m_view == TaskView::Mine ? t.author : t.executor);
    }
    closeGroup();
    m_tree->expandAll();
    const QString texts[] = {
        tr("Nothing to do: the tasks given to you, and the steps of your process deals, come "
           "here, overdue first."),
        tr("You have not given anyone a task. Give one with New task and choose the executor; "
           "it stays here until it is done."),
        tr("Nothing to check. Tasks you gave with a check come here when their executor marks "
           "them done.")};
    m_emptyText->setText(texts[int(m_view)]);
    m_stack->setCurrentWidget(m_shown.isEmpty() ? m_empty : static_cast<QWidget *>(m_tree));
    if (!selectTask(current)) {
        // The task shown left the list (or none was chosen): the first one,
        // so the card beside never shows what the list does not.
        if (!m_editor->isModified() && !m_shown.isEmpty())
            selectTask(m_shown.first().id);
        else if (m_editor->buffer().id && !m_editor->isModified())
            m_editor->reloadFromDatabase();
    }
    updateActions();
}

bool TasksSection::selectTask(qint64 id)
{
    if (!id)
        return false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(TitleColumn, Qt::UserRole).toLongLong() == id) {
                m_tree->setCurrentItem(group->child(i));
                showCurrent();
                return true;
            }
    }
    return false;
}

qint64 TasksSection::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toLongLong() : 0;
}

void TasksSection::showCurrent()
{
    const qint64 id = currentId();
    if (id && id == m_editor->buffer().id && !m_editor->isModified()) {
        m_editor->openTask(id); // afresh: its status may have moved on
    } else if (id && id != m_editor->buffer().id) {
        if (!m_editor->settle())
            return;
        m_editor->openTask(id);
    }
    updateActions();
}

void TasksSection::newTask(const Task &defaults)
{
    if (!m_editor->settle())
        return;
    m_tree->setCurrentItem(nullptr);
    m_editor->newTask(defaults);
    m_editor->focusTitle();
    updateActions();
}

void TasksSection::updateActions()
{
    const Task &t = m_editor->buffer();
    const bool saved = m_editor->hasTask() && t.id != 0 && !m_editor->isModified();
    const QString &me = m_tasks->user();
    const bool author = t.author.compare(me, Qt::CaseInsensitive) == 0;
    const bool executor = t.executor.compare(me, Qt::CaseInsensitive) == 0;
    const bool waiting = t.status == QLatin1String("open") || t.status == QLatin1String("returned");
    m_start->setEnabled(saved && waiting && (executor || author));
    m_done->setEnabled(saved && !t.isFinished() && t.status != QLatin1String("checking") &&
                       (executor || author));
    m_accept->setEnabled(saved && t.status == QLatin1String("checking") && author);
    m_return->setEnabled(saved && t.status == QLatin1String("checking") && author);
    m_cancel->setEnabled(saved && !t.isFinished() && author);
    m_reopen->setEnabled(saved && t.isFinished() && (executor || author));
    m_openClient->setEnabled(m_editor->hasTask() && t.clientId != 0);
    m_openDeal->setEnabled(m_editor->hasTask() && t.dealId != 0);
}

void TasksSection::step(Step step)
{
    const qint64 id = m_editor->buffer().id;
    if (!id || !m_editor->settle())
        return;
    QString error;
    bool ok = false;
    switch (step) {
    case Step::Start:
        ok = m_tasks->start(id, &error);
        break;
    case Step::Done:
        ok = m_tasks->done(id, &error);
        break;
    case Step::Accept:
        ok = m_tasks->accept(id, &error);
        break;
    case Step::Return: {
        QString comment;
        if (!m_messenger.askText(this, tr("Return the task"),
                                 tr("What is to be done again? %1 sees this comment.")
                                     .arg(m_editor->buffer().executor),
                                 &comment))
            return;
        ok = m_tasks->returnTask(id, comment, &error);
        break;
    }
    case Step::Cancel:
        ok = m_tasks->cancel(id, &error);
        break;
    case Step::Reopen:
        ok = m_tasks->reopen(id, &error);
        break;
    }
    if (!ok) {
        m_messenger.error(this, tr("The task did not change"), error);
        return;
    }
    m_editor->openTask(id);
    refresh();
    selectTask(id);
    Q_EMIT tasksChanged();
}
