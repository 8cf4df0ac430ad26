#include "mainwindow.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"

#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/backupsettingspage.h"
#include "calendar/calendarsection.h"
#include "calendar/calendarsettingspage.h"
#include "calendar/reminderscheduler.h"
#include "calendar/reminderwindow.h"
#include "clients/clientcard.h"
#include "clients/clientlistmodel.h"
#include "clients/clientlistpane.h"
#include "clients/clientrepository.h"
#include "clients/duplicatesdialog.h"
#include "common/messenger.h"
#include "db/database.h"
#include "deals/dealfilterbar.h"
#include "deals/dealform.h"
#include "deals/dealrepository.h"
#include "deals/dealssection.h"
#include "demo/demogenerator.h"
#include "importer/exportdialog.h"
#include "importer/importhistorydialog.h"
#include "importer/importwizard.h"
#include "interactions/interactionrepository.h"
#include "mailing/composedialog.h"
#include "mailing/mailingssection.h"
#include "mailing/mailsettingspage.h"
#include "mailing/templatesdialog.h"
#include "people/currentuser.h"
#include "reports/reportssection.h"
#include "settings/companysettingspage.h"
#include "settings/generalsettingspage.h"
#include "settings/localsettings.h"
#include "settings/peopledialog.h"
#include "settings/salessettingsdialog.h"
#include "settings/settingsdialog.h"
#include "settings/settingsrepository.h"
#include "sidebardelegate.h"
#include "tasks/taskeditor.h"
#include "tasks/taskssection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent>

namespace {
enum Section
{
    ClientsRow,
    DealsRow,
    MyTasksRow,
    AssignedRow,
    ToCheckRow,
    CalendarRow,
    MailingsRow,
    ReportsRow,
    ArchiveRow
};
// The pages of the window beside the sidebar.
enum Page
{
    ClientsPage,
    DealsPage,
    TasksPage,
    CalendarPage,
    MailingsPage,
    ReportsPage
};

bool isTaskRow(int row)
{
    return row == MyTasksRow || row == AssignedRow || row == ToCheckRow;
}

TaskView viewOf(int row)
{
    return row == AssignedRow  ? TaskView::Assigned
           : row == ToCheckRow ? TaskView::ToCheck
                               : TaskView::Mine;
}
} // namespace

MainWindow::MainWindow(Services services, Messenger &messenger, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_messenger(messenger),
      m_undo(new QUndoStack(this)), m_dealUndo(new QUndoStack(this)),
      m_undoGroup(new QUndoGroup(this)), m_sections(new QListWidget(this)),
      m_list(new ClientListPane(services.clients, this)),
      m_card(new ClientCard(services, m_undo, messenger, this)),
      m_deals(new DealsSection(services.db, services.clients, messenger, m_dealUndo, this)),
      m_tasks(nullptr), m_taskUndo(new QUndoStack(this)), m_calendarUndo(new QUndoStack(this)),
      m_calendar(nullptr), m_mailings(nullptr), m_reports(nullptr), m_scheduler(nullptr),
      m_reminderWindow(nullptr), m_user(CurrentUser::resolve()),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_clientsSplitter(new QSplitter(Qt::Horizontal, this)), m_pages(new QStackedWidget(this)),
      m_fileLabel(new QLabel(this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Clientele"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/clientele.svg")));
    m_sections->setObjectName(QStringLiteral("sectionsListWidget"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_clientsSplitter->setObjectName(QStringLiteral("clientsSplitter"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_undoGroup->addStack(m_undo);
    m_undoGroup->addStack(m_dealUndo);
    m_undoGroup->addStack(m_taskUndo);
    m_undoGroup->addStack(m_calendarUndo);
    m_calendar = new CalendarSection(services.db, services.clients, m_clock, messenger,
                                     m_calendarUndo, this);
    m_tasks = new TasksSection(services.db, services.clients, messenger, m_taskUndo, m_user, this);
    m_mailings = new MailingsSection(services.db, m_secrets, messenger, m_user, this);
    m_reports = new ReportsSection(services.db, messenger, m_user, this);
    m_deals->setUser(m_user);
    m_services.interactions.setUser(m_user);
    m_undoGroup->setActiveStack(m_undo);

    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("x-office-address-book")), tr("Clients"),
                        m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-financial-list"),
                                         QIcon::fromTheme(QStringLiteral("office-chart-bar"))),
                        tr("Deals"), m_sections);
    new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("view-task"), QIcon::fromTheme(QStringLiteral("task-due"))),
        tr("My tasks"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("mail-forward"),
                                         QIcon::fromTheme(QStringLiteral("go-next"))),
                        tr("Assigned by me"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("task-complete"),
                                         QIcon::fromTheme(QStringLiteral("dialog-ok"))),
                        tr("To check"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-calendar"),
                                         QIcon::fromTheme(QStringLiteral("x-office-calendar"))),
                        tr("Calendar"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("mail-send"),
                                         QIcon::fromTheme(QStringLiteral("mail-message"))),
                        tr("Mailings"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("office-chart-bar"),
                                         QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"))),
                        tr("Reports"), m_sections);
    new QListWidgetItem(QIcon::fromTheme(QStringLiteral("archive-extract"),
                                         QIcon::fromTheme(QStringLiteral("folder"))),
                        tr("Archive"), m_sections);
    m_sections->setIconSize(QSize(22, 22));
    m_sections->setSpacing(2);
    m_sections->setCurrentRow(ClientsRow);
    m_sections->setMinimumWidth(190);
    m_sections->setItemDelegate(new SidebarDelegate(m_sections));

    m_clientsSplitter->addWidget(m_list);
    m_clientsSplitter->addWidget(m_card);
    m_clientsSplitter->setStretchFactor(0, 1);
    m_clientsSplitter->setStretchFactor(1, 1);
    m_clientsSplitter->setSizes({560, 720});
    m_clientsSplitter->setChildrenCollapsible(false);
    m_pages->addWidget(m_clientsSplitter);
    m_pages->addWidget(m_deals);
    m_pages->addWidget(m_tasks);
    m_pages->addWidget(m_calendar);
    m_pages->addWidget(m_mailings);
    m_pages->addWidget(m_reports);
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 1240});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_fileLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(services.db.path())));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();

    connect(m_sections, &QListWidget::currentRowChanged, this, &MainWindow::switchSection);
    connect(m_list, &ClientListPane::currentClientChanged, this, &MainWindow::showClient);
    connect(m_list, &ClientListPane::openRequested, this, [this](qint64 id) {
        showClient(id);
        m_card->focusFirstField();
    });
    connect(m_list, &ClientListPane::addClientRequested, this, &MainWindow::newClient);
    connect(m_list, &ClientListPane::demoRequested, this, [this] { loadDemoData(); });
    connect(m_list, &ClientListPane::importRequested, this,
            [this](const QString &path) { openImportWizard(path); });
    connect(m_card, &ClientCard::saved, this, [this](qint64 id) {
        m_shownId = id;
        m_list->refresh();
        m_list->selectId(id);
        updateCounts();
        statusBar()->showMessage(tr("Saved."), 3000);
    });
    connect(m_card, &ClientCard::databaseChanged, this, [this] { m_list->refresh(); });
    connect(m_card, &ClientCard::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_card, &ClientCard::dealOpenRequested, this, &MainWindow::openDeal);
    connect(m_card, &ClientCard::newDealRequested, this, &MainWindow::newDealFor);
    connect(m_deals, &DealsSection::dealsChanged, this, &MainWindow::afterDealsChanged);
    connect(m_deals, &DealsSection::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_tasks, &TasksSection::tasksChanged, this, [this] {
        updateCounts();
        m_deals->markStale(); // a deal task done may have moved its deal
    });
    connect(m_tasks, &TasksSection::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_tasks, &TasksSection::dealOpenRequested, this, &MainWindow::openDeal);
    connect(m_tasks, &TasksSection::clientOpenRequested, this, &MainWindow::openClient);
    connect(m_calendar, &CalendarSection::eventsChanged, this, &MainWindow::updateCounts);
    connect(m_calendar, &CalendarSection::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_calendar, &CalendarSection::dealOpenRequested, this, &MainWindow::openDeal);
    connect(m_calendar, &CalendarSection::taskOpenRequested, this, [this](qint64 id) {
        openSection(QStringLiteral("tasks"));
        if (isTaskRow(m_section))
            m_tasks->selectTask(id);
    });
    connect(m_calendar, &CalendarSection::clientOpenRequested, this, &MainWindow::openClient);
    connect(m_card, &ClientCard::composeRequested, this,
            [this](const QString &channel, qint64 clientId, qint64 contactId) {
                compose(channel, clientId, contactId, 0);
            });
    connect(m_deals->form(), &DealForm::composeRequested, this,
            [this](const QString &channel, qint64 dealId) {
                const std::optional<Deal> deal = DealRepository(m_services.db).load(dealId);
                if (deal)
                    compose(channel, deal->clientId, 0, dealId);
            });
    connect(m_mailings, &MailingsSection::mailingsChanged, this, &MainWindow::updateCounts);
    connect(m_mailings, &MailingsSection::mailSettingsRequested, this,
            [this] { openSettings(SettingsPageId::Mail); });
    connect(m_mailings, &MailingsSection::templatesRequested, this, &MainWindow::openTemplates);
    connect(m_mailings, &MailingsSection::mailingFinished, this, [this] {
        // Sent messages are in the clients' history now.
        m_card->interactionsChanged();
    });
    connect(m_reports, &ReportsSection::dealsRequested, this,
            [this](const QList<qint64> &ids, const QString &caption) {
                openSection(QStringLiteral("deals"));
                if (m_section == DealsRow)
                    m_deals->showDeals(ids, caption);
            });
    connect(m_reports, &ReportsSection::sectionRequested, this, [this](const QString &name) {
        openSection(name);
        if (name == QLatin1String("calendar") && m_section == CalendarRow)
            m_calendar->setDate(QDate::currentDate());
    });
    connect(m_deals, &DealsSection::clientOpenRequested, this, &MainWindow::openClient);
    connect(m_reports, &ReportsSection::clientRequested, this, &MainWindow::openClient);
    // The ABC report wrote the clients' importance: the card must not keep the old one.
    connect(m_reports, &ReportsSection::clientsChanged, this, &MainWindow::afterBulkChange);

    startReminders();
    // Rows left sending become unknown; a mailing that was running goes on.
    QTimer::singleShot(0, m_mailings, &MailingsSection::resumeAtStart);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainwindow/splitter")).toByteArray());
    m_clientsSplitter->restoreState(
        settings.value(QStringLiteral("clients/splitter")).toByteArray());
    m_list->restoreHeaderState(settings.value(QStringLiteral("clients/header")).toByteArray());
    if (!settings.contains(QStringLiteral("mainwindow/geometry"))) {
        // The first start: 1440 x 860 where it fits; on a smaller screen (a
        // 1366 x 768 laptop) maximised, rather than 1440 x 860 past its edges.
        const QSize wanted(1440, 860);
        const QSize room = screen() ? screen()->availableGeometry().size() : wanted;
        resize(wanted.boundedTo(room));
        if (room.width() < wanted.width() || room.height() < wanted.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    // A narrow window folds a toolbar's last buttons behind Qt's » button,
    // which has no name of its own for a screen reader.
    const QList<QToolBar *> bars = findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
            more->setAccessibleName(tr("More buttons"));
            more->setToolTip(tr("More buttons"));
        }
    }

    updateCounts();
    updateActions();
    if (m_list->model()->rowCount() > 0)
        m_list->view()->selectRow(0);
    m_list->searchEdit()->setFocus();
    if (LocalSettings::startSection() == LocalSettings::StartSection::Dashboard)
        openSection(QStringLiteral("reports"));
}

void MainWindow::startReminders()
{
    m_scheduler = new ReminderScheduler(m_services.db, m_clock, this);
    m_reminderWindow = new ReminderWindow(m_services.db, m_clock, m_messenger, this);
    m_reminderWindow->setWorkStart(m_calendar->workStart());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("reminderTrayIcon"));
        m_tray->setToolTip(tr("Clientele"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_reminderWindow, [this] {
            m_reminderWindow->show();
            m_reminderWindow->raise();
            m_reminderWindow->activateWindow();
        });
        m_tray->show();
    }
    connect(m_scheduler, &ReminderScheduler::remindersDue, this, &MainWindow::remindersDue);
    connect(m_scheduler, &ReminderScheduler::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Reminders: %1").arg(error), 10000);
    });
    connect(m_reminderWindow, &ReminderWindow::remindersChanged, m_scheduler,
            &ReminderScheduler::reschedule);
    connect(m_reminderWindow, &ReminderWindow::openRequested, this, [this](const Reminder &r) {
        if (r.taskId) {
            openSection(QStringLiteral("tasks"));
            if (isTaskRow(m_section))
                m_tasks->selectTask(r.taskId);
        } else {
            openSection(QStringLiteral("calendar"));
            m_calendar->setDate(r.occurrenceStart.toLocalTime().date());
            m_calendar->editEvent(r.eventId);
        }
        activateWindow();
    });
    // Whatever changes tasks or events may change what is due next.
    connect(m_tasks, &TasksSection::tasksChanged, m_scheduler, &ReminderScheduler::reschedule);
    connect(m_calendar, &CalendarSection::eventsChanged, m_scheduler,
            &ReminderScheduler::reschedule);
    connect(m_deals, &DealsSection::dealsChanged, m_scheduler, &ReminderScheduler::reschedule);
    // Back from suspend the timer may be late or the clock may have jumped:
    // look again whenever the program becomes active.
    connect(qApp, &QGuiApplication::applicationStateChanged, m_scheduler,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_scheduler->checkNow();
            });
    // Missed reminders are shown once the window is up.
    QTimer::singleShot(0, m_scheduler, &ReminderScheduler::start);
}

void MainWindow::remindersDue(const QList<Reminder> &reminders)
{
    m_reminderWindow->setWorkStart(m_calendar->workStart());
    m_reminderWindow->addReminders(reminders);
    if (m_tray && !reminders.isEmpty()) {
        const QString text = reminders.size() == 1
                                 ? reminders.first().title
                                 : tr("%n reminder(s) due", nullptr, int(reminders.size()));
        m_tray->showMessage(tr("Reminder"), text, QSystemTrayIcon::Information, 15000);
    }
}

void MainWindow::switchSection(int row)
{
    const int previous = m_section;
    if (row == previous)
        return;
    const bool left = previous == DealsRow  ? m_deals->form()->settle()
                      : isTaskRow(previous) ? m_tasks->editor()->settle()
                                            : confirmLeaveCard();
    if (!left) {
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(previous);
        return;
    }
    m_section = row;
    if (row == DealsRow) {
        m_deals->markStale(); // read afresh as it shows
        m_pages->setCurrentIndex(DealsPage);
        m_undoGroup->setActiveStack(m_dealUndo);
    } else if (isTaskRow(row)) {
        m_tasks->setView(viewOf(row));
        m_pages->setCurrentIndex(TasksPage);
        m_undoGroup->setActiveStack(m_taskUndo);
    } else if (row == CalendarRow) {
        m_calendar->refresh(); // tasks, deals or settings may have changed meanwhile
        m_pages->setCurrentIndex(CalendarPage);
        m_undoGroup->setActiveStack(m_calendarUndo);
        m_calendar->setFocus();
    } else if (row == MailingsRow) {
        m_mailings->refresh();
        m_pages->setCurrentIndex(MailingsPage);
        m_undoGroup->setActiveStack(m_undo);
    } else if (row == ReportsRow) {
        m_pages->setCurrentIndex(ReportsPage);
        m_undoGroup->setActiveStack(m_undo);
        m_reports->refresh(); // deals, tasks and events may have changed meanwhile
    } else {
        m_pages->setCurrentIndex(ClientsPage);
        m_undoGroup->setActiveStack(m_undo);
        if ((previous == DealsRow || isTaskRow(previous) || previous == CalendarRow ||
             previous == MailingsRow || previous == ReportsRow) &&
            m_list->archiveMode() == (row == ArchiveRow)) {
            // Back from the deals: the clients' open totals may have changed.
            m_list->refresh();
        } else {
            m_undo->clear();
            m_shownId = -1; // the card reloads: the client may have moved in or out of the archive
            m_list->setArchiveMode(row == ArchiveRow);
        }
    }
    updateActions();
}

void MainWindow::openSection(const QString &name)
{
    static const QHash<QString, ReportsSection::Report> report = {
        {QStringLiteral("funnel"), ReportsSection::FunnelView},
        {QStringLiteral("losses"), ReportsSection::LossView},
        {QStringLiteral("interactions"), ReportsSection::InteractionView},
        {QStringLiteral("efficiency"), ReportsSection::EfficiencyView},
        {QStringLiteral("channels"), ReportsSection::ChannelView},
        {QStringLiteral("abc"), ReportsSection::AbcView}};
    const int row = name == QLatin1String("deals")                              ? DealsRow
                    : name == QLatin1String("archive")                          ? ArchiveRow
                    : name == QLatin1String("tasks")                            ? MyTasksRow
                    : name == QLatin1String("assigned")                         ? AssignedRow
                    : name == QLatin1String("check")                            ? ToCheckRow
                    : name == QLatin1String("calendar")                         ? CalendarRow
                    : name == QLatin1String("mailings")                         ? MailingsRow
                    : name == QLatin1String("reports") || report.contains(name) ? ReportsRow
                                                                                : ClientsRow;
    m_sections->setCurrentRow(row);
    if (m_section == ReportsRow)
        m_reports->setReport(report.value(name, ReportsSection::DashboardView));
}

void MainWindow::openClient(qint64 id)
{
    openSection(QStringLiteral("clients"));
    if (m_section != ClientsRow)
        return;
    m_list->selectId(id);
    showClient(id);
}

void MainWindow::openDeal(qint64 id)
{
    openSection(QStringLiteral("deals"));
    if (m_section == DealsRow)
        m_deals->openDeal(id);
}

void MainWindow::newDealFor(qint64 clientId, const QString &clientName)
{
    if (m_deals->newDeal(clientId, clientName))
        statusBar()->showMessage(tr("Deal created; it is on the board in Deals."), 5000);
}

void MainWindow::afterDealsChanged()
{
    updateCounts();
    m_card->dealsChanged();
    if (m_section != DealsRow)
        m_list->refresh();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QString &name) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        return a;
    };
    m_newAction =
        make(QStringLiteral("contact-new"), tr("&New client"), QStringLiteral("newClientAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = make(QStringLiteral("document-save"), tr("&Save"), QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction = make(QStringLiteral("document-revert"), tr("&Revert changes"),
                          QStringLiteral("revertAction"));
    m_archiveAction =
        make(QStringLiteral("archive-insert"), tr("&Archive"), QStringLiteral("archiveAction"));
    m_archiveAction->setIcon(QIcon::fromTheme(QStringLiteral("archive-insert"),
                                              QIcon::fromTheme(QStringLiteral("edit-delete"))));
    m_archiveAction->setToolTip(tr("Move the client to the archive (Delete)"));
    m_archiveAction->setShortcut(QKeySequence::Delete);
    // Delete archives only from the list, never while editing a field.
    m_archiveAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->view()->addAction(m_archiveAction);
    m_restoreAction =
        make(QStringLiteral("edit-undo-archive"), tr("Res&tore"), QStringLiteral("restoreAction"));
    m_restoreAction->setIcon(QIcon::fromTheme(QStringLiteral("archive-extract"),
                                              QIcon::fromTheme(QStringLiteral("edit-redo"))));
    m_deleteAction = make(QStringLiteral("edit-delete"), tr("Delete for &good…"),
                          QStringLiteral("deleteForeverAction"));
    m_findAction = make(QStringLiteral("edit-find"), tr("&Find"), QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_demoAction = make(QStringLiteral("document-import"), tr("Load &demo data"),
                        QStringLiteral("demoAction"));
    m_duplicatesAction = make(QStringLiteral("edit-copy"), tr("Find &duplicates…"),
                              QStringLiteral("findDuplicatesAction"));
    m_importHistoryAction = make(QStringLiteral("view-history"), tr("Import &history…"),
                                 QStringLiteral("importHistoryAction"));
    m_exportAction =
        make(QStringLiteral("document-export"), tr("&Export…"), QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Save clients as CSV, vCard or JSON"));
    m_importAction =
        make(QStringLiteral("document-import"), tr("&Import…"), QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import clients from a CSV or vCard file (Ctrl+I)"));
    m_mailSelectedAction = make(QStringLiteral("mail-send"), tr("&Mailing to selected…"),
                                QStringLiteral("mailSelectedAction"));
    m_mailSelectedAction->setToolTip(tr("A mailing to the clients selected in the list"));
    // The list's context menu offers it beside Archive.
    m_list->view()->addAction(m_mailSelectedAction);
    m_list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_quitAction =
        make(QStringLiteral("application-exit"), tr("&Quit"), QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newClient);
    // Save and Revert act on the card of the section shown.
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_section == DealsRow)
            m_deals->form()->save();
        else if (isTaskRow(m_section))
            m_tasks->editor()->save();
        else
            m_card->save();
    });
    connect(m_revertAction, &QAction::triggered, this, [this] {
        if (m_section == DealsRow)
            m_deals->form()->revert();
        else if (isTaskRow(m_section))
            m_tasks->editor()->revert();
        else
            m_card->revert();
    });
    connect(m_archiveAction, &QAction::triggered, this, &MainWindow::archiveCurrent);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteCurrentForever);
    connect(m_findAction, &QAction::triggered, this, [this] {
        QLineEdit *search =
            m_section == DealsRow ? m_deals->filterBar()->searchEdit() : m_list->searchEdit();
        search->setFocus();
        search->selectAll();
    });
    connect(m_demoAction, &QAction::triggered, this, [this] { loadDemoData(); });
    connect(m_duplicatesAction, &QAction::triggered, this, &MainWindow::findDuplicates);
    connect(m_importHistoryAction, &QAction::triggered, this, &MainWindow::showImportHistory);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportClients);
    connect(m_importAction, &QAction::triggered, this, [this] { openImportWizard(); });
    connect(m_mailSelectedAction, &QAction::triggered, this, &MainWindow::mailingToSelected);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_backups = new BackupActions(m_services.db, m_messenger, m_clock, this);
    m_backups->setLeaveCheck([this] { return settleEdits(); });
    connect(m_backups, &BackupActions::restoreRequested, this, &MainWindow::restoreRequested);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_saveAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_importHistoryAction);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_backups->backupNowAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    QMenu *client = menuBar()->addMenu(tr("&Client"));
    client->addAction(m_archiveAction);
    client->addAction(m_restoreAction);
    client->addAction(m_deleteAction);
    client->addSeparator();
    client->addAction(m_card->writeEmailAction());
    client->addAction(m_card->sendSmsAction());
    client->addAction(m_mailSelectedAction);
    client->addSeparator();
    client->addAction(m_duplicatesAction);
    QMenu *deal = menuBar()->addMenu(tr("&Deal"));
    deal->setObjectName(QStringLiteral("dealMenu"));
    deal->addAction(m_deals->newDealAction());
    deal->addSeparator();
    deal->addAction(m_deals->form()->winAction());
    deal->addAction(m_deals->form()->loseAction());
    deal->addAction(m_deals->form()->reopenAction());
    deal->addAction(m_deals->form()->proposalAction());
    deal->addAction(m_deals->form()->writeEmailAction());
    deal->addAction(m_deals->form()->sendSmsAction());
    deal->addSeparator();
    deal->addAction(m_deals->form()->deleteAction());
    deal->addSeparator();
    deal->addAction(m_deals->boardAction());
    deal->addAction(m_deals->tableAction());
    QMenu *task = menuBar()->addMenu(tr("&Task"));
    task->setObjectName(QStringLiteral("taskMenu"));
    task->addActions(m_tasks->toolBar()->actions());
    QMenu *calendar = menuBar()->addMenu(tr("Ca&lendar"));
    calendar->setObjectName(QStringLiteral("calendarMenu"));
    for (QAction *a : m_calendar->menuActions()) {
        if (a)
            calendar->addAction(a);
        else
            calendar->addSeparator();
    }
    QMenu *mailing = menuBar()->addMenu(tr("&Mailing"));
    mailing->setObjectName(QStringLiteral("mailingMenu"));
    mailing->addActions(m_mailings->toolBar()->actions());
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->setObjectName(QStringLiteral("reportsMenu"));
    reports->addActions(m_reports->toolBar()->actions());
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    const auto addPage = [this, settingsMenu](const char *icon, const QString &text,
                                              const char *objectName, SettingsPageId page) {
        QAction *a = settingsMenu->addAction(QIcon::fromTheme(QLatin1String(icon)), text, this,
                                             [this, page] { openSettings(page); });
        a->setObjectName(QLatin1String(objectName));
        return a;
    };
    QAction *preferences = addPage("preferences-system", tr("&Preferences…"), "preferencesAction",
                                   SettingsPageId::General);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    addPage("document-properties", tr("Our &company and documents…"), "companySettingsAction",
            SettingsPageId::Company);
    addPage("mail-send", tr("&Mail and SMS…"), "mailSettingsAction", SettingsPageId::Mail);
    addPage("x-office-calendar", tr("Calendar and &reminders…"), "calendarSettingsAction",
            SettingsPageId::Calendar);
    addPage("document-save", tr("&Backups…"), "backupSettingsAction", SettingsPageId::Backups);
    settingsMenu->addSeparator();
    QAction *sales =
        settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("view-process-tree")),
                                tr("&Sales: pipelines, loss reasons, products…"), this, [this] {
                                    SalesSettingsDialog dialog(m_services.db, m_messenger, this);
                                    dialog.exec();
                                    // Stages, their names and colours may have changed.
                                    m_deals->refresh();
                                    updateCounts();
                                });
    sales->setObjectName(QStringLiteral("salesSettingsAction"));
    QAction *templates =
        settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("text-html")),
                                tr("Message &templates…"), this, &MainWindow::openTemplates);
    templates->setObjectName(QStringLiteral("templatesSettingsAction"));
    QAction *people = settingsMenu->addAction(
        QIcon::fromTheme(QStringLiteral("system-users")), tr("P&eople…"), this, [this] {
            PeopleDialog dialog(m_services.db, m_messenger, this);
            dialog.exec();
            // Names may have changed: the lists show them.
            m_deals->refresh();
            m_tasks->refresh();
            m_tasks->editor()->reloadFromDatabase();
        });
    people->setObjectName(QStringLiteral("peopleSettingsAction"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(
        QIcon::fromTheme(QStringLiteral("input-keyboard")), tr("&Keyboard shortcuts"), this,
        [this] {
            ShortcutsDialog dialog(menuBar(), {{tr("Calendar"), CalendarSection::keyHelp()}}, this);
            dialog.exec();
        });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                     tr("&About Clientele"), this, [this] {
                                         AboutDialog dialog(this);
                                         dialog.exec();
                                     });
    about->setObjectName(QStringLiteral("aboutAction"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_deals->newDealAction());
    bar->addAction(m_saveAction);
    bar->addAction(m_revertAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_archiveAction);
    bar->addAction(m_restoreAction);
    bar->addAction(m_deleteAction);
    m_importSeparator = bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_mailSelectedAction);
    bar->addAction(m_deals->boardAction());
    bar->addAction(m_deals->tableAction());
}

void MainWindow::setCurrentUser(const QString &name)
{
    m_user = name.simplified();
    m_services.interactions.setUser(m_user);
    m_deals->setUser(m_user);
    m_tasks->setUser(m_user);
    m_mailings->setUser(m_user);
    m_reports->setUser(m_user);
    updateCounts();
}

bool MainWindow::confirmLeaveCard()
{
    if (!m_card->isModified())
        return true;
    switch (m_messenger.askSave(this, tr("Unsaved changes"),
                                tr("The card of «%1» has unsaved changes. Save them?")
                                    .arg(m_card->buffer().displayName()))) {
    case Messenger::Answer::Save:
        return m_card->save();
    case Messenger::Answer::Discard:
        m_undo->clear();
        return true;
    case Messenger::Answer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::showClient(qint64 id)
{
    if (id == m_shownId && m_card->hasClient())
        return;
    if (!confirmLeaveCard()) {
        m_list->selectId(m_shownId);
        return;
    }
    m_shownId = id;
    if (id == 0)
        m_card->closeClient();
    else
        m_card->openClient(id);
    updateActions();
}

void MainWindow::newClient()
{
    if (m_section != ClientsRow)
        m_sections->setCurrentRow(ClientsRow);
    if (m_section != ClientsRow || !confirmLeaveCard())
        return;
    m_shownId = 0;
    m_card->newClient();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool inDeals = m_section == DealsRow;
    const bool open = m_card->hasClient();
    const bool saved = open && m_card->buffer().id != 0;
    const bool archived = saved && m_card->buffer().archived;
    // Sections with a toolbar of their own show none of the client's actions.
    const bool inTasks = isTaskRow(m_section) || m_section == CalendarRow ||
                         m_section == MailingsRow || m_section == ReportsRow;
    const bool modified = inDeals                ? m_deals->form()->isModified()
                          : isTaskRow(m_section) ? m_tasks->editor()->isModified()
                          : inTasks              ? false
                                                 : m_card->isModified();
    m_saveAction->setEnabled(modified);
    m_revertAction->setEnabled(modified);
    m_archiveAction->setEnabled(!inDeals && saved && !archived);
    m_restoreAction->setEnabled(!inDeals && archived);
    m_deleteAction->setEnabled(!inDeals && archived);
    // The toolbar shows the section's own actions.
    m_importAction->setVisible(!inDeals && !inTasks);
    m_importSeparator->setVisible(!inDeals && !inTasks);
    m_archiveAction->setVisible(!inDeals && !inTasks && !m_list->archiveMode());
    m_restoreAction->setVisible(!inDeals && !inTasks && m_list->archiveMode());
    m_deleteAction->setVisible(!inDeals && !inTasks && m_list->archiveMode());
    m_deals->boardAction()->setVisible(inDeals);
    m_deals->tableAction()->setVisible(inDeals);
    m_mailSelectedAction->setVisible(!inDeals && !inTasks && !m_list->archiveMode());
}

void MainWindow::updateCounts()
{
    ClientListQuery active;
    ClientListQuery archived;
    archived.archived = true;
    const int activeCount = m_services.clients.count(active);
    const int archivedCount = m_services.clients.count(archived);
    const QLocale locale;
    m_sections->item(ClientsRow)
        ->setText(tr("Clients") + QStringLiteral("  ") + locale.toString(activeCount));
    m_sections->item(ArchiveRow)
        ->setText(tr("Archive") + QStringLiteral("  ") + locale.toString(archivedCount));
    m_sections->item(DealsRow)->setText(tr("Deals") + QStringLiteral("  ") +
                                        locale.toString(m_deals->openCount()));
    m_sections->item(DealsRow)->setToolTip(tr("Open deals"));
    const TaskCounts tasks = m_tasks->counts();
    m_sections->item(MyTasksRow)
        ->setText(tr("My tasks") + QStringLiteral("  ") + locale.toString(tasks.mine()));
    m_sections->item(MyTasksRow)
        ->setData(SidebarDelegate::BadgeRole,
                  tasks.overdue ? locale.toString(tasks.overdue) : QString());
    m_sections->item(MyTasksRow)
        ->setToolTip(tr("%n overdue", nullptr, tasks.overdue) + QStringLiteral(", ") +
                     tr("%n due today", nullptr, tasks.today));
    m_sections->item(AssignedRow)
        ->setText(tr("Assigned by me") + QStringLiteral("  ") + locale.toString(tasks.assigned));
    m_sections->item(ToCheckRow)
        ->setText(tr("To check") + QStringLiteral("  ") + locale.toString(tasks.toCheck));
    const int events = m_calendar->todayEventCount();
    m_sections->item(CalendarRow)
        ->setText(tr("Calendar") + QStringLiteral("  ") + locale.toString(events));
    m_sections->item(CalendarRow)->setToolTip(tr("%n event(s) today", nullptr, events));
    const int mailings = m_mailings->activeCount();
    m_sections->item(MailingsRow)
        ->setText(tr("Mailings") + QStringLiteral("  ") + locale.toString(mailings));
    m_sections->item(MailingsRow)
        ->setToolTip(tr("%n mailing(s) scheduled, sending or paused", nullptr, mailings));
    m_countLabel->setText(tr("%Ln client(s)", nullptr, activeCount));
}

void MainWindow::compose(const QString &channel, qint64 clientId, qint64 contactId, qint64 dealId)
{
    // The dialog reads the client's addresses from the base: unsaved ones are settled first.
    if (!dealId && !confirmLeaveCard())
        return;
    ComposeDialog::Target target;
    target.channel = channel;
    target.clientId = clientId;
    target.contactId = contactId;
    target.dealId = dealId;
    auto *dialog = new ComposeDialog(m_services.db, m_secrets, m_messenger, m_user, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposeDialog::sendFinished, this, [this, dealId] {
        // The message is an interaction now (and a proposal sent, a file of the deal).
        m_card->interactionsChanged();
        if (dealId)
            m_deals->form()->messageSent();
    });
    dialog->open();
}

void MainWindow::openSettings(SettingsPageId page)
{
    SettingsDialog dialog(this);
    auto *general = new GeneralSettingsPage(m_services.db, m_user);
    connect(general, &GeneralSettingsPage::userChanged, this, &MainWindow::setCurrentUser);
    const QList<SettingsPage *> pages = {
        general, new CompanySettingsPage(m_services.db, m_messenger),
        new MailSettingsPage(m_services.db, m_secrets, m_messenger),
        new CalendarSettingsPage(m_services.db),
        new BackupSettingsPage(m_services.settings,
                               BackupService::defaultFolder(m_services.db.path()), m_messenger)};
    dialog.addPage(pages.at(0), QIcon::fromTheme(QStringLiteral("preferences-system")),
                   tr("General"));
    dialog.addPage(pages.at(1), QIcon::fromTheme(QStringLiteral("document-properties")),
                   tr("Our company"));
    dialog.addPage(pages.at(2), QIcon::fromTheme(QStringLiteral("mail-send")), tr("Mail and SMS"));
    dialog.addPage(pages.at(3), QIcon::fromTheme(QStringLiteral("x-office-calendar")),
                   tr("Calendar and reminders"));
    dialog.addPage(pages.at(4), QIcon::fromTheme(QStringLiteral("document-save")), tr("Backups"));
    dialog.showPage(pages.at(int(page)));
    connect(&dialog, &SettingsDialog::applied, this, [this] {
        // What the rest of the window read from the settings, read again.
        m_services.clients.setPhoneNormalizer(PhoneNormalizer(m_services.settings.phoneRegion()));
        m_calendar->refresh();
        m_reminderWindow->setWorkStart(m_calendar->workStart());
    });
    dialog.resize(900, 640);
    dialog.exec();
}

void MainWindow::openTemplates()
{
    TemplatesDialog dialog(m_services.db, m_services.clients, m_messenger, m_user, this);
    dialog.exec();
}

void MainWindow::mailingToSelected()
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty()) {
        m_messenger.info(this, tr("Mailing to selected"),
                         tr("Select clients in the list first (Ctrl+click, Shift+click or "
                            "Ctrl+A), then choose Mailing to selected…"));
        return;
    }
    openSection(QStringLiteral("mailings"));
    if (m_section == MailingsRow)
        m_mailings->newMailingTo(ids);
}

void MainWindow::archiveCurrent()
{
    const qint64 id = m_card->buffer().id;
    if (id == 0 || !confirmLeaveCard())
        return;
    const QString name = m_card->buffer().displayName();
    QString error;
    if (!m_services.clients.setArchived(id, true, &error)) {
        m_messenger.error(this, tr("Cannot archive the client"), error);
        return;
    }
    m_shownId = -1;
    m_list->refresh();
    updateCounts();
    statusBar()->showMessage(
        tr("«%1» moved to the archive; restore it from the Archive section.").arg(name), 8000);
    showClient(m_list->currentId());
}

void MainWindow::restoreCurrent()
{
    const qint64 id = m_card->buffer().id;
    QString error;
    if (id == 0 || !m_services.clients.setArchived(id, false, &error)) {
        if (!error.isEmpty())
            m_messenger.error(this, tr("Cannot restore the client"), error);
        return;
    }
    const QString name = m_card->buffer().displayName();
    m_shownId = -1;
    m_list->refresh();
    updateCounts();
    statusBar()->showMessage(tr("«%1» is back among the clients.").arg(name), 8000);
    showClient(m_list->currentId());
}

void MainWindow::deleteCurrentForever()
{
    const Client &c = m_card->buffer();
    if (c.id == 0 || !c.archived)
        return;
    if (!m_messenger.confirm(this, tr("Delete for good"),
                             tr("Delete «%1» with its contacts, legal entities, interactions and "
                                "files for good? This cannot be undone.")
                                 .arg(c.displayName()),
                             tr("Delete for good")))
        return;
    QString error;
    if (!m_services.clients.removeForever(c.id, &error)) {
        m_messenger.error(this, tr("Cannot delete the client"), error);
        return;
    }
    m_shownId = -1;
    m_list->refresh();
    updateCounts();
    showClient(m_list->currentId());
}

void MainWindow::exportClients()
{
    ExportDialog dialog(m_services.db, m_messenger, this);
    dialog.setListState(m_list->selectedIds(), m_list->model()->query(),
                        m_list->model()->searchText());
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Exported %n client(s) to %1.", nullptr, int(dialog.exportedCount()))
                .arg(QDir::toNativeSeparators(dialog.fileName())),
            5000);
}

bool MainWindow::loadDemoData(int clients)
{
    QProgressDialog progress(tr("Creating demo clients…"), tr("Cancel"), 0, clients, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    QString error;
    DemoGenerator::Options options;
    options.user = m_user;
    options.clients = clients;
    options.deals = clients / 2; // as the command line's demo: the board and reports have data
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    watcher.setFuture(QtConcurrent::run([&, options] {
        return DemoGenerator(m_services.db)
            .generate(
                options,
                [&](int done, int) {
                    QMetaObject::invokeMethod(
                        &progress, [&progress, done] { progress.setValue(done); },
                        Qt::QueuedConnection);
                    return !cancelled.load();
                },
                &error);
    }));
    loop.exec();
    const bool ok = watcher.result();
    progress.reset();
    if (!ok && !cancelled)
        m_messenger.error(this, tr("Cannot create demo data"), error);
    m_list->refresh();
    m_deals->refresh();
    m_calendar->refresh();
    m_scheduler->reschedule(); // demo tasks and events come with reminders
    updateCounts();
    if (m_list->model()->rowCount() > 0)
        m_list->view()->selectRow(0);
    return ok;
}

ImportWizard *MainWindow::openImportWizard(const QString &path)
{
    // A merge may add to the client on the card; its edits are settled first.
    if (!confirmLeaveCard())
        return nullptr;
    auto *wizard = new ImportWizard(m_services, m_messenger, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        afterBulkChange();
        statusBar()->showMessage(tr("Import done."), 5000);
    });
    wizard->open();
    return wizard;
}

bool MainWindow::settleEdits()
{
    return confirmLeaveCard() && m_deals->form()->settle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    settings.setValue(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("clients/header"), m_list->headerState());
    settings.setValue(QStringLiteral("clients/splitter"), m_clientsSplitter->saveState());
    m_deals->saveSettings();
    event->accept();
}

void MainWindow::afterBulkChange()
{
    // Clients may have come, gone or changed under the card: show them afresh.
    m_undo->clear();
    m_shownId = -1;
    m_list->refresh();
    m_deals->refresh();
    updateCounts();
    if (!m_list->view()->currentIndex().isValid() && m_list->model()->rowCount() > 0)
        m_list->view()->selectRow(0);
    showClient(m_list->currentId());
}

void MainWindow::findDuplicates()
{
    if (!confirmLeaveCard())
        return;
    DuplicatesDialog dialog(m_services, m_messenger, this);
    connect(&dialog, &DuplicatesDialog::databaseChanged, this, &MainWindow::afterBulkChange);
    dialog.exec();
}

void MainWindow::showImportHistory()
{
    if (!confirmLeaveCard())
        return;
    ImportHistoryDialog dialog(m_services, m_messenger, this);
    connect(&dialog, &ImportHistoryDialog::databaseChanged, this, &MainWindow::afterBulkChange);
    dialog.exec();
}
