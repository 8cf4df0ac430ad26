#include "dealtaskspage.h"

#include "common/messenger.h"
#include "common/uiformat.h"
#include "dealactions.h"
#include "dealcarddelegate.h"
#include "dealform.h"
#include "tasks/taskrepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString statusText(const QString &status)
{
    if (status == QLatin1String("done"))
        return DealTasksPage::tr("done");
    if (status == QLatin1String("cancelled"))
        return DealTasksPage::tr("cancelled");
    if (status == QLatin1String("checking"))
        return DealTasksPage::tr("waiting for the check");
    if (status == QLatin1String("returned"))
        return DealTasksPage::tr("returned");
    return DealTasksPage::tr("open");
}
} // namespace

DealTasksPage::DealTasksPage(DealForm *form, QWidget *parent)
    : QWidget(parent), m_form(form), m_tree(new QTreeWidget(this)),
      m_empty(
          new QLabel(tr("No tasks yet. Plan the next step, so the deal does not stall."), this)),
      m_newTitle(new QLineEdit(this)), m_newDue(new QDateEdit(this)),
      m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add task"), this))
{
    m_tree->setObjectName(QStringLiteral("dealTasksTreeWidget"));
    m_newTitle->setObjectName(QStringLiteral("newTaskLineEdit"));
    m_newDue->setObjectName(QStringLiteral("newTaskDateEdit"));
    m_add->setObjectName(QStringLiteral("addTaskPushButton"));
    m_tree->setHeaderLabels({tr("Task"), tr("Due"), tr("Executor"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_newTitle->setPlaceholderText(tr("Next step, e.g. Call back about the contract"));
    m_newDue->setCalendarPopup(true);
    m_newDue->setDate(QDate::currentDate().addDays(1));
    m_add->setEnabled(false);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newTitle, 1);
    addRow->addWidget(m_newDue);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addLayout(addRow);

    connect(m_newTitle, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_newTitle, &QLineEdit::returnPressed, this, &DealTasksPage::addTask);
    connect(m_add, &QPushButton::clicked, this, &DealTasksPage::addTask);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0 || item->checkState(0) != Qt::Checked)
            return;
        // After the click returns: completing reloads the list this item is in.
        const qint64 taskId = item->data(0, Qt::UserRole).toLongLong();
        QMetaObject::invokeMethod(
            this, [this, taskId] { m_form->completeTask(taskId); }, Qt::QueuedConnection);
    });
}

void DealTasksPage::reload()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const Deal &deal = m_form->buffer();
    const QList<Task> tasks = deal.id ? m_form->tasks().forDeal(deal.id) : QList<Task>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Task &t : tasks) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, t.id);
        item->setText(0, t.required ? tr("%1 (required)").arg(t.title) : t.title);
        item->setToolTip(0, t.description);
        const bool closed =
            t.status == QLatin1String("done") || t.status == QLatin1String("cancelled");
        item->setCheckState(0, t.status == QLatin1String("done") ? Qt::Checked : Qt::Unchecked);
        if (closed)
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        item->setText(1, UiFormat::dateTime(t.dueAt));
        const QDateTime due = QDateTime::fromString(t.dueAt, Qt::ISODate);
        if (!closed && due.isValid() && due < now) {
            item->setForeground(1, DealCardDelegate::overdueColor(m_tree->palette()));
            item->setToolTip(1, tr("Overdue"));
        }
        item->setText(2, t.executor);
        item->setText(3, statusText(t.status));
    }
    m_empty->setVisible(tasks.isEmpty());
    const bool canAdd = deal.id != 0;
    m_newTitle->setEnabled(canAdd);
    m_newDue->setEnabled(canAdd);
}

void DealTasksPage::addTask()
{
    const Deal &deal = m_form->buffer();
    if (deal.id == 0 || m_newTitle->text().trimmed().isEmpty())
        return;
    Task t;
    t.title = m_newTitle->text().trimmed();
    t.dealId = deal.id;
    t.clientId = deal.clientId;
    // Due at the end of the working day chosen.
    t.dueAt = QDateTime(m_newDue->date(), QTime(18, 0)).toUTC().toString(Qt::ISODate);
    t.author = m_form->tasks().user();
    t.executor = deal.responsible.isEmpty() ? t.author : deal.responsible;
    QString error;
    if (!m_form->tasks().create(t, &error)) {
        m_form->actions().messenger().error(this, tr("Cannot add the task"), error);
        return;
    }
    m_newTitle->clear();
    reload();
    Q_EMIT m_form->actions().dealChanged(deal.id);
}
