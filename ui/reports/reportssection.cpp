#include "reportssection.h"

#include "abcpage.h"
#include "channelpage.h"
#include "common/messenger.h"
#include "dashboardpage.h"
#include "efficiencypage.h"
#include "funnelpage.h"
#include "interactionpage.h"
#include "losspage.h"
#include "reportexporter.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

ReportsSection::ReportsSection(const Database &db, Messenger &messenger, const QString &user,
                               QWidget *parent)
    : QWidget(parent), m_messenger(messenger), m_toolBar(new QToolBar(tr("Reports"), this)),
      m_list(new QListWidget(this)), m_filters(new ReportFilterBar(db, this)),
      m_pages(new QStackedWidget(this)), m_dashboard(new DashboardPage(db, messenger, this)),
      m_funnel(new FunnelPage(db, messenger, this)), m_losses(new LossPage(db, messenger, this)),
      m_interactions(new InteractionPage(db, messenger, this)),
      m_efficiency(new EfficiencyPage(db, messenger, this)),
      m_channels(new ChannelPage(db, messenger, this)), m_abc(new AbcPage(db, messenger, this))
{
    setObjectName(QStringLiteral("reportsSectionWidget"));
    m_toolBar->setObjectName(QStringLiteral("reportsToolBar"));
    m_list->setObjectName(QStringLiteral("reportListWidget"));
    m_pages->setObjectName(QStringLiteral("reportPagesStackedWidget"));
    m_dashboard->setUser(user);

    m_refreshAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                           tr("&Refresh"), this, &ReportsSection::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshReportAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_toolBar->addSeparator();
    m_csvAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("text-csv"),
                                              QIcon::fromTheme(QStringLiteral("document-export"))),
                             tr("Export &CSV…"), this, &ReportsSection::chooseCsv);
    m_csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_csvAction->setToolTip(tr("Save the report's table as a CSV file"));
    m_pdfAction =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("application-pdf"),
                                              QIcon::fromTheme(QStringLiteral("document-export"))),
                             tr("Export &PDF…"), this, &ReportsSection::choosePdf);
    m_pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_pdfAction->setToolTip(tr("Save the report with its chart as a PDF file"));
    m_printAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                         tr("&Print…"), this, &ReportsSection::print);
    m_printAction->setObjectName(QStringLiteral("printReportAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    addPage(m_dashboard, QStringLiteral("view-statistics"));
    addPage(m_funnel, QStringLiteral("office-chart-bar"));
    addPage(m_losses, QStringLiteral("office-chart-pie"));
    addPage(m_interactions, QStringLiteral("call-start"));
    addPage(m_efficiency, QStringLiteral("office-chart-line"));
    addPage(m_channels, QStringLiteral("mail-send"));
    addPage(m_abc, QStringLiteral("system-users"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 24);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filters);
    rightLayout->addWidget(m_pages, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_list->sizeHintForColumn(0) + 40, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    // The dashboard first, read when the section is shown (refresh()).
    m_list->setCurrentRow(DashboardView);
    m_filters->hide();
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsSection::showReport);
    connect(m_filters, &ReportFilterBar::filterChanged, this, &ReportsSection::runCurrent);
    connect(m_dashboard, &DashboardPage::sectionRequested, this, &ReportsSection::sectionRequested);
    connect(m_abc, &AbcPage::clientsChanged, this, &ReportsSection::clientsChanged);
}

void ReportsSection::addPage(ReportPage *page, const QString &icon)
{
    new QListWidgetItem(
        QIcon::fromTheme(icon, QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"))),
        page->title(), m_list);
    m_pages->addWidget(page);
    connect(page, &ReportPage::dealsRequested, this, &ReportsSection::dealsRequested);
    connect(page, &ReportPage::clientRequested, this, &ReportsSection::clientRequested);
}

ReportPage *ReportsSection::currentPage() const
{
    return static_cast<ReportPage *>(m_pages->currentWidget());
}

void ReportsSection::setReport(Report report)
{
    m_list->setCurrentRow(report);
}

void ReportsSection::setUser(const QString &user)
{
    m_dashboard->setUser(user);
}

void ReportsSection::showReport(int row)
{
    if (row < 0)
        return;
    m_pages->setCurrentIndex(row);
    ReportPage *page = currentPage();
    m_filters->setVisible(page->usesFilter());
    m_filters->setPipelineRequired(page->needsPipeline());
    m_filters->setDealFiltersShown(page->usesDealFilters());
    runCurrent();
}

void ReportsSection::refresh()
{
    m_filters->loadChoices();
    runCurrent();
}

void ReportsSection::runCurrent()
{
    if (ReportPage *page = currentPage())
        page->setFilter(m_filters->filter());
}

bool ReportsSection::exportCsv(const QString &path)
{
    QString error;
    if (!ReportExporter::writeCsv(currentPage()->table(), path, &error)) {
        m_messenger.error(this, tr("Cannot export the report"), error);
        return false;
    }
    return true;
}

ReportExporter::Document ReportsSection::document() const
{
    ReportPage *page = currentPage();
    return {page->title(), page->usesFilter() ? m_filters->describe() : QString(), page->charts(),
            page->model(), page->moreTables()};
}

bool ReportsSection::exportPdf(const QString &path)
{
    QString error;
    if (!ReportExporter::writePdf(document(), path, &error)) {
        m_messenger.error(this, tr("Cannot export the report"), error);
        return false;
    }
    return true;
}

QString ReportsSection::savePath(const QString &suffix, const QString &filter)
{
    return QFileDialog::getSaveFileName(
        this, tr("Export the report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(currentPage()->title() + suffix),
        filter);
}

void ReportsSection::chooseCsv()
{
    const QString path = savePath(QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsSection::choosePdf()
{
    const QString path = savePath(QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsSection::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportExporter::paint(document(), &printer);
}
