#pragma once

#include "reportexporter.h"

#include <QWidget>

class AbcPage;
class ChannelPage;
class Database;
class DashboardPage;
class EfficiencyPage;
class FunnelPage;
class InteractionPage;
class LossPage;
class Messenger;
class QAction;
class QListWidget;
class QStackedWidget;
class QToolBar;
class ReportFilterBar;
class ReportPage;

// The Reports section: the list of reports on the left, the chosen one on
// the right under the period and filters it shares with the others, and
// the toolbar that exports or prints it.
class ReportsSection : public QWidget
{
    Q_OBJECT

public:
    // The rows of the list; a new report is one more page and one more row.
    enum Report
    {
        DashboardView,
        FunnelView,
        LossView,
        InteractionView,
        EfficiencyView,
        ChannelView,
        AbcView
    };

    ReportsSection(const Database &db, Messenger &messenger, const QString &user,
                   QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QListWidget *reportList() const { return m_list; }
    ReportFilterBar *filterBar() const { return m_filters; }
    DashboardPage *dashboard() const { return m_dashboard; }
    FunnelPage *funnel() const { return m_funnel; }
    LossPage *losses() const { return m_losses; }
    InteractionPage *interactions() const { return m_interactions; }
    EfficiencyPage *efficiency() const { return m_efficiency; }
    ChannelPage *channels() const { return m_channels; }
    AbcPage *clientClasses() const { return m_abc; }
    ReportPage *currentPage() const;

    void setReport(Report report);
    void setUser(const QString &user);
    // Reads the filters' choices and the report shown again.
    void refresh();

    // The report shown, as a file: false with the error told when it failed.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

Q_SIGNALS:
    // The deals behind a figure, for the Deals section.
    void dealsRequested(const QList<qint64> &ids, const QString &caption);
    // The client behind a row, for its card.
    void clientRequested(qint64 id);
    // Clients' importance was written from the ABC report.
    void clientsChanged();
    // "deals", "tasks" or "calendar" (today), from the dashboard.
    void sectionRequested(const QString &name);

private:
    void addPage(ReportPage *page, const QString &icon);
    void showReport(int row);
    void runCurrent();
    // The file to export to, asked; empty when cancelled.
    QString savePath(const QString &suffix, const QString &filter);
    void chooseCsv();
    void choosePdf();
    void print();
    ReportExporter::Document document() const;

    Messenger &m_messenger;
    QToolBar *m_toolBar;
    QListWidget *m_list;
    ReportFilterBar *m_filters;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    FunnelPage *m_funnel;
    LossPage *m_losses;
    InteractionPage *m_interactions;
    EfficiencyPage *m_efficiency;
    ChannelPage *m_channels;
    AbcPage *m_abc;
    QAction *m_refreshAction;
    QAction *m_csvAction;
    QAction *m_pdfAction;
    QAction *m_printAction;
};
