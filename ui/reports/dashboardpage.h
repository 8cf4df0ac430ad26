#pragma once

#include "reportpage.h"
#include "reports/dashboard.h"
#include "reports/funnel.h"

class FunnelChartView;
class QPushButton;

// The home screen of the reports: open deals (sum and weighted), won this
// month against last month, overdue tasks, today's events and a small
// funnel. Each figure is a button that opens the list behind it.
class DashboardPage : public ReportPage
{
    Q_OBJECT

public:
    DashboardPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;
    bool usesFilter() const override { return false; }

    // Whose overdue tasks it counts.
    void setUser(const QString &user);

    const Dashboard &figures() const { return m_figures; }
    int overdueTasks() const { return m_overdue; }
    int todayEvents() const { return m_events; }

Q_SIGNALS:
    // "deals", "tasks" or "calendar" (today).
    void sectionRequested(const QString &name);

protected:
    void refresh() override;
    void drill(const QVariant &key) override;

private:
    // The rows of the table, what double-clicking one opens.
    enum Figure
    {
        OpenDeals,
        OpenWeighted,
        WonThisMonth,
        WonLastMonth,
        OverdueTasks,
        TodayEvents
    };
    void show();
    QPushButton *figureButton(const QString &objectName);
    void openWon(const QDate &firstDay);

    QString m_user;
    QDate m_today;
    Dashboard m_figures;
    Funnel m_funnel;
    int m_overdue = 0;
    int m_events = 0;
    QPushButton *m_open;
    QPushButton *m_wonThis;
    QPushButton *m_wonLast;
    QPushButton *m_tasks;
    QPushButton *m_calendar;
    FunnelChartView *m_chart;
};
