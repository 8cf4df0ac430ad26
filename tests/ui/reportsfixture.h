#pragma once

#include "windowfixture.h"

#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "reports/reportpage.h"
#include "reports/reportssection.h"

#include <QApplication>
#include <QDateTime>

// The reports' UI tests: the default pipeline, the window as the user given
// on the Reports section, and a wait for a report read off the GUI thread.
struct ReportsFixture : WindowFixture
{
    static constexpr int ReportsSidebarRow = 7;
    DealRepository deals{tdb.db()};
    Pipeline pipeline;

    ReportsFixture()
    {
        PipelineRepository pipelines(tdb.db());
        REQUIRE(pipelines.ensureDefaults());
        pipeline = pipelines.pipelines().first();
    }

    void showReports(const QString &user)
    {
        openWindow(user, QSize(1500, 900));
        sidebar()->setCurrentRow(ReportsSidebarRow);
        REQUIRE(reports()->isVisible());
    }

    ReportsSection *reports() const { return window->reports(); }

    // Waits for the page's report to be read off the GUI thread.
    static void settle(ReportPage *page)
    {
        REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, 10000));
        QApplication::processEvents();
    }
};

// Midday of a day, as the database keeps times.
inline QString utcNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toUTC().toString(Qt::ISODate);
}
