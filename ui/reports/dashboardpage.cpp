#include "dashboardpage.h"

#include "calendar/calendaritem.h"
#include "calendar/calendarrepository.h"
#include "common/messenger.h"
#include "funnelchartview.h"
#include "reportformat.h"
#include "reports/dashboardreport.h"
#include "reports/funnelreport.h"
#include "reports/reportdeals.h"
#include "reporttablemodel.h"
#include "tasks/taskrepository.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

DashboardPage::DashboardPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_today(QDate::currentDate()),
      m_open(figureButton(QStringLiteral("openDealsPushButton"))),
      m_wonThis(figureButton(QStringLiteral("wonThisMonthPushButton"))),
      m_wonLast(figureButton(QStringLiteral("wonLastMonthPushButton"))),
      m_tasks(figureButton(QStringLiteral("overdueTasksPushButton"))),
      m_calendar(figureButton(QStringLiteral("todayEventsPushButton"))),
      m_chart(new FunnelChartView(this))
{
    setObjectName(QStringLiteral("dashboardPageWidget"));
    m_chart->setObjectName(QStringLiteral("dashboardFunnelChartView"));
    m_chart->setCompact(true);
    m_open->setToolTip(tr("Open the deals board"));
    m_wonThis->setToolTip(tr("The deals won this month"));
    m_wonLast->setToolTip(tr("The deals won last month"));
    m_tasks->setToolTip(tr("Open My tasks"));
    m_calendar->setToolTip(tr("Open today in the calendar"));
    // Named before the figures arrive, read in the background.
    const QString waiting = QStringLiteral("…");
    m_open->setText(tr("Open deals: %1").arg(waiting));
    m_wonThis->setText(tr("Won this month: %1").arg(waiting));
    m_wonLast->setText(tr("Won last month: %1").arg(waiting));
    m_tasks->setText(tr("Overdue tasks: %1").arg(waiting));
    m_calendar->setText(tr("Events today: %1").arg(waiting));

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout;
    grid->addWidget(m_open, 0, 0);
    grid->addWidget(m_wonThis, 0, 1);
    grid->addWidget(m_wonLast, 0, 2);
    grid->addWidget(m_tasks, 1, 0);
    grid->addWidget(m_calendar, 1, 1);
    auto *funnelTitle = new QLabel(tr("Open deals by stage"), content);
    QFont bold = funnelTitle->font();
    bold.setBold(true);
    funnelTitle->setFont(bold);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 8, 0);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(funnelTitle);
    layout->addWidget(m_chart, 1);
    setContent(content);
    // The figures are the buttons; the table is there for export and print.
    tableView()->hide();

    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT sectionRequested(QStringLiteral("deals")); });
    connect(m_tasks, &QPushButton::clicked, this,
            [this] { Q_EMIT sectionRequested(QStringLiteral("tasks")); });
    connect(m_calendar, &QPushButton::clicked, this,
            [this] { Q_EMIT sectionRequested(QStringLiteral("calendar")); });
    connect(m_wonThis, &QPushButton::clicked, this,
            [this] { openWon(QDate(m_today.year(), m_today.month(), 1)); });
    connect(m_wonLast, &QPushButton::clicked, this,
            [this] { openWon(QDate(m_today.year(), m_today.month(), 1).addMonths(-1)); });
    connect(m_chart, &FunnelChartView::stageActivated, this, [this](int row) {
        if (row < 0 || row >= m_funnel.stages.size())
            return;
        ReportFilter f;
        f.pipelineId = m_funnel.pipelineId;
        QString error;
        const std::optional<QList<qint64>> ids = ReportDeals(m_db).funnelStage(
            f, Funnel::Mode::Snapshot, m_funnel.stages.at(row).stageId, &error);
        if (!ids) {
            m_messenger.error(this, tr("Cannot find the deals"), error);
            return;
        }
        Q_EMIT dealsRequested(*ids, tr("Open deals in «%1»").arg(m_funnel.stages.at(row).name));
    });
}

QPushButton *DashboardPage::figureButton(const QString &objectName)
{
    auto *b = new QPushButton(this);
    b->setObjectName(objectName);
    b->setCursor(Qt::PointingHandCursor);
    b->setMinimumHeight(72);
    QFont big = b->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    b->setFont(big);
    return b;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::setUser(const QString &user)
{
    m_user = user;
}

void DashboardPage::refresh()
{
    struct Result
    {
        Dashboard figures;
        Funnel funnel;
        int overdue = 0;
        int events = 0;
    };
    m_today = QDate::currentDate(); // the program may stay open past midnight
    auto result = std::make_shared<Result>();
    run(
        [db = &m_db, today = m_today, user = m_user, result](QString *error) {
            std::optional<Dashboard> d = DashboardReport(*db).run(today, error);
            if (!d)
                return false;
            result->figures = *d;
            ReportFilter thisMonth; // the first pipeline's open deals now
            thisMonth.from = QDate(today.year(), today.month(), 1);
            thisMonth.to = thisMonth.from.addMonths(1).addDays(-1);
            std::optional<Funnel> f = FunnelReport(*db).run(thisMonth, Funnel::Mode::Snapshot);
            if (f)
                result->funnel = *f;
            const QDateTime now = QDateTime::currentDateTime();
            result->overdue = TaskRepository(*db).counts(user, now).overdue;
            result->events = int(CalendarRepository(*db)
                                     .items(QDateTime(today, QTime(0, 0)).toUTC(),
                                            QDateTime(today.addDays(1), QTime(0, 0)).toUTC(),
                                            CalendarItem::Events)
                                     .size());
            return true;
        },
        [this, result] {
            m_figures = result->figures;
            m_funnel = result->funnel;
            m_overdue = result->overdue;
            m_events = result->events;
            show();
        });
}

void DashboardPage::show()
{
    const Dashboard &d = m_figures;
    m_open->setText(tr("Open deals: %1\n%2\nweighted %3")
                        .arg(ReportFormat::count(d.openCount),
                             ReportFormat::wholeMoney(d.openAmount),
                             ReportFormat::wholeMoney(d.openWeighted)));
    QString change;
    if (d.wonLastMonthAmount > 0) {
        const double ratio =
            double(d.wonThisMonthAmount - d.wonLastMonthAmount) / double(d.wonLastMonthAmount);
        change = (ratio >= 0 ? QStringLiteral(" ▲ ") : QStringLiteral(" ▼ ")) +
                 ReportFormat::percent(std::abs(ratio));
    }
    m_wonThis->setText(tr("Won this month: %1\n%2%3")
                           .arg(ReportFormat::count(d.wonThisMonthCount),
                                ReportFormat::wholeMoney(d.wonThisMonthAmount), change));
    m_wonLast->setText(tr("Won last month: %1\n%2")
                           .arg(ReportFormat::count(d.wonLastMonthCount),
                                ReportFormat::wholeMoney(d.wonLastMonthAmount)));
    m_tasks->setText(tr("Overdue tasks: %1").arg(ReportFormat::count(m_overdue)));
    m_tasks->setIcon(
        QIcon::fromTheme(m_overdue ? QStringLiteral("task-due") : QStringLiteral("task-complete")));
    m_calendar->setText(tr("Events today: %1").arg(ReportFormat::count(m_events)));
    m_calendar->setIcon(QIcon::fromTheme(QStringLiteral("view-calendar")));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("view-financial-list"),
                                     QIcon::fromTheme(QStringLiteral("office-chart-bar"))));
    m_wonThis->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_wonLast->setIcon(QIcon::fromTheme(QStringLiteral("view-history")));
    m_chart->setFunnel(m_funnel);

    const ReportTable plain = table();
    QList<ReportTableModel::Row> rows;
    for (int i = 0; i < plain.rows.size(); ++i)
        rows << ReportTableModel::Row{plain.rows.at(i), {}, i, false};
    model()->setTable(plain.headers, plain.numeric, rows);
}

ReportTable DashboardPage::table() const
{
    const Dashboard &d = m_figures;
    ReportTable t;
    t.headers = {tr("Figure"), tr("Deals"), tr("Amount")};
    t.numeric = {false, true, true};
    t.rows << QStringList{tr("Open deals"), ReportFormat::count(d.openCount),
                          ReportFormat::money(d.openAmount)};
    t.rows << QStringList{tr("Open deals, weighted"), QString(),
                          ReportFormat::money(d.openWeighted)};
    t.rows << QStringList{tr("Won this month"), ReportFormat::count(d.wonThisMonthCount),
                          ReportFormat::money(d.wonThisMonthAmount)};
    t.rows << QStringList{tr("Won last month"), ReportFormat::count(d.wonLastMonthCount),
                          ReportFormat::money(d.wonLastMonthAmount)};
    t.rows << QStringList{tr("Overdue tasks"), ReportFormat::count(m_overdue), QString()};
    t.rows << QStringList{tr("Events today"), ReportFormat::count(m_events), QString()};
    return t;
}

QList<QChartView *> DashboardPage::charts() const
{
    return {m_chart};
}

void DashboardPage::drill(const QVariant &key)
{
    switch (key.toInt()) {
    case OpenDeals:
    case OpenWeighted:
        Q_EMIT sectionRequested(QStringLiteral("deals"));
        break;
    case WonThisMonth:
        openWon(QDate(m_today.year(), m_today.month(), 1));
        break;
    case WonLastMonth:
        openWon(QDate(m_today.year(), m_today.month(), 1).addMonths(-1));
        break;
    case OverdueTasks:
        Q_EMIT sectionRequested(QStringLiteral("tasks"));
        break;
    default:
        Q_EMIT sectionRequested(QStringLiteral("calendar"));
    }
}

void DashboardPage::openWon(const QDate &firstDay)
{
    ReportFilter f;
    f.from = firstDay;
    f.to = firstDay.addMonths(1).addDays(-1);
    QString error;
    const std::optional<QList<qint64>> ids = ReportDeals(m_db).closed(
        f, QStringLiteral("won"), ReportDeals::ClosedBy::ClosedAt, {}, &error);
    if (!ids) {
        m_messenger.error(this, tr("Cannot find the deals"), error);
        return;
    }
    Q_EMIT dealsRequested(*ids, tr("Won in %1").arg(ReportFormat::month(firstDay)));
}
