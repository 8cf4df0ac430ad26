#include "reminderwindow.h"

#include "calendar/clock.h"
#include "calendar/reminderrepository.h"
#include "common/messenger.h"
#include "common/uiformat.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ReminderWindow::ReminderWindow(const Database &db, const Clock &clock, Messenger &messenger,
                               QWidget *parent)
    : QWidget(parent, Qt::Window), m_db(db), m_clock(clock), m_messenger(messenger),
      m_tree(new QTreeWidget(this)), m_open(new QPushButton(tr("Open"), this)),
      m_snooze(new QToolButton(this)), m_dismiss(new QPushButton(tr("Dismiss"), this)),
      m_dismissAll(new QPushButton(tr("Dismiss all"), this))
{
    setObjectName(QStringLiteral("reminderWindow"));
    setWindowTitle(tr("Reminders"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("appointment-soon"),
                                   QIcon::fromTheme(QStringLiteral("alarm-symbolic"))));
    m_tree->setObjectName(QStringLiteral("remindersTreeWidget"));
    m_open->setObjectName(QStringLiteral("openReminderPushButton"));
    m_snooze->setObjectName(QStringLiteral("snoozeToolButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissPushButton"));
    m_dismissAll->setObjectName(QStringLiteral("dismissAllPushButton"));

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Reminder"), tr("When"), tr("Due")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_dismiss->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok")));
    m_snooze->setText(tr("Snooze"));
    m_snooze->setIcon(QIcon::fromTheme(QStringLiteral("chronometer"),
                                       QIcon::fromTheme(QStringLiteral("appointment-soon"))));
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_snooze);
    auto add = [this, menu](const QString &text, const QString &name, auto slot) {
        QAction *a = menu->addAction(text, this, slot);
        a->setObjectName(name);
    };
    add(tr("5 minutes"), QStringLiteral("snooze5Action"), [this] { snoozeSelected(5 * 60); });
    add(tr("15 minutes"), QStringLiteral("snooze15Action"), [this] { snoozeSelected(15 * 60); });
    add(tr("1 hour"), QStringLiteral("snooze60Action"), [this] { snoozeSelected(60 * 60); });
    add(tr("Tomorrow morning"), QStringLiteral("snoozeTomorrowAction"),
        [this] { snoozeTomorrowMorning(); });
    add(tr("Custom…"), QStringLiteral("snoozeCustomAction"), [this] { snoozeCustom(); });
    m_snooze->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_snooze);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_dismissAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    resize(620, 300);

    connect(m_open, &QPushButton::clicked, this, &ReminderWindow::openSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderWindow::dismissSelected);
    connect(m_dismissAll, &QPushButton::clicked, this, &ReminderWindow::dismissAll);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ReminderWindow::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    updateButtons();
}

void ReminderWindow::addReminders(const QList<Reminder> &reminders)
{
    for (const Reminder &r : reminders) {
        auto same = std::find_if(m_reminders.begin(), m_reminders.end(),
                                 [&r](const Reminder &o) { return o.id == r.id; });
        if (same != m_reminders.end())
            *same = r;
        else
            m_reminders.append(r);
    }
    std::stable_sort(m_reminders.begin(), m_reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.dueAt < b.dueAt; });
    rebuild();
    if (!m_reminders.isEmpty()) {
        show();
        raise();
        if (m_tree->selectedItems().isEmpty())
            selectRow(0);
    }
}

void ReminderWindow::rebuild()
{
    const QLocale locale;
    const QDate today = m_clock.now().toLocalTime().date();
    m_tree->clear();
    for (const Reminder &r : m_reminders) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, r.title);
        item->setIcon(0, QIcon::fromTheme(r.eventId ? QStringLiteral("appointment-new")
                                                    : QStringLiteral("view-task")));
        QString when;
        if (r.occurrenceStart.isValid()) {
            const QDateTime local = r.occurrenceStart.toLocalTime();
            const QString date = local.date() == today
                                     ? tr("today")
                                     : locale.toString(local.date(), QLocale::ShortFormat);
            when = r.allDay ? date : date + QLatin1Char(' ') + UiFormat::time(local.time());
        }
        item->setText(1, when);
        const QDateTime due = r.dueAt.toLocalTime();
        const QString dueText =
            (due.date() == today
                 ? QString()
                 : locale.toString(due.date(), QLocale::ShortFormat) + QLatin1Char(' ')) +
            UiFormat::time(due.time());
        if (r.missed) {
            item->setText(2, tr("missed, due %1").arg(dueText));
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
            item->setForeground(2, QColor(0xc0, 0x39, 0x2b));
        } else {
            item->setText(2, dueText);
        }
    }
    updateButtons();
}

void ReminderWindow::selectRow(int row)
{
    m_tree->clearSelection();
    if (QTreeWidgetItem *item = m_tree->topLevelItem(row)) {
        item->setSelected(true);
        m_tree->setCurrentItem(item);
    }
}

QList<int> ReminderWindow::selectedRows() const
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        rows << m_tree->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReminderWindow::removeRows(const QList<int> &rows)
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_reminders.removeAt(*it);
    rebuild();
    if (m_reminders.isEmpty())
        hide();
    else
        selectRow(std::min(rows.isEmpty() ? 0 : rows.first(), int(m_reminders.size()) - 1));
    Q_EMIT remindersChanged();
}

void ReminderWindow::snoozeSelected(qint64 seconds)
{
    snoozeSelectedUntil(m_clock.now().addSecs(seconds));
}

void ReminderWindow::snoozeTomorrowMorning()
{
    const QDate tomorrow = m_clock.now().toLocalTime().date().addDays(1);
    snoozeSelectedUntil(QDateTime(tomorrow, m_workStart).toUTC());
}

void ReminderWindow::snoozeCustom()
{
    QString text = QStringLiteral("30");
    if (!m_messenger.askText(this, tr("Snooze"),
                             tr("Remind again in how many minutes, or at what time today or "
                                "tomorrow (HH:mm)?"),
                             &text))
        return;
    text = text.trimmed();
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (ok && minutes > 0) {
        snoozeSelected(qint64(minutes) * 60);
        return;
    }
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid()) {
        m_messenger.error(
            this, tr("Cannot snooze"),
            tr("\"%1\" is neither a number of minutes nor a time (HH:mm).").arg(text));
        return;
    }
    const QDateTime now = m_clock.now().toLocalTime();
    QDateTime until(now.date(), time);
    if (until <= now)
        until = until.addDays(1); // a time already past today means tomorrow
    snoozeSelectedUntil(until.toUTC());
}

void ReminderWindow::snoozeSelectedUntil(const QDateTime &until)
{
    ReminderRepository repository(m_db);
    applyToSelected(tr("Cannot snooze the reminder"), [&](qint64 id, QString *error) {
        return repository.snooze(id, until.toUTC(), error);
    });
}

void ReminderWindow::applyToSelected(const QString &errorTitle,
                                     const std::function<bool(qint64, QString *)> &step)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    for (int row : rows) {
        QString error;
        if (!step(m_reminders.at(row).id, &error)) {
            m_messenger.error(this, errorTitle, error);
            return;
        }
    }
    removeRows(rows);
}

void ReminderWindow::dismissSelected()
{
    ReminderRepository repository(m_db);
    applyToSelected(tr("Cannot dismiss the reminder"), [&](qint64 id, QString *error) {
        return repository.dismiss(id, m_clock.now(), error);
    });
}

void ReminderWindow::dismissAll()
{
    m_tree->selectAll();
    dismissSelected();
}

void ReminderWindow::openSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        Q_EMIT openRequested(m_reminders.at(rows.first()));
}

void ReminderWindow::updateButtons()
{
    const bool any = !m_tree->selectedItems().isEmpty();
    m_open->setEnabled(any);
    m_snooze->setEnabled(any);
    m_dismiss->setEnabled(any);
    m_dismissAll->setEnabled(!m_reminders.isEmpty());
}
