// The Reports section as the owner reads it on Friday: the dashboard's
// figures and where they lead, the sales funnel in both modes, the loss
// reasons, a period changed, a row double-clicked down to its deals, the
// report saved as CSV and PDF and read back.
#include "catchqt.h"
#include "reportsfixture.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "audit/auditrepository.h"
#include "calendar/eventrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/dealssection.h"
#include "deals/dealtablemodel.h"
#include "deals/lossreasonrepository.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"
#include "demo/demogenerator.h"
#include "interactions/interactionrepository.h"
#include "mainwindow/mainwindow.h"
#include "reports/dashboardpage.h"
#include "reports/funnelchartview.h"
#include "reports/funnelpage.h"
#include "reports/losspage.h"
#include "reports/reportfilterbar.h"
#include "reports/reportssection.h"
#include "reports/reporttablemodel.h"
#include "settings/settingsrepository.h"
#include "tasks/taskrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kAnna = QStringLiteral("Анна Смирнова");

enum SidebarRow
{
    DealsRow = 1,
    MyTasksRow = 2,
    CalendarRow = 5,
    ReportsRow = 7
};

// A base with known deals of the default pipeline, the main window on Reports.
struct Fixture : ReportsFixture
{
    qint64 clientId = 0;

    Fixture()
    {
        // Numbers as an English reader sees them, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Client c;
        c.name = QStringLiteral("ООО Ромашка");
        REQUIRE(clients.save(c));
        clientId = c.id;
    }
    ~Fixture() { QLocale::setDefault(QLocale::system()); }

    qint64 addDeal(const QString &title, qint64 amount, int stage = 0)
    {
        Deal d;
        d.clientId = clientId;
        d.title = title;
        d.amount = amount;
        d.stageId = pipeline.stages.at(0).id;
        QString error;
        REQUIRE(deals.create(d, &error));
        // Through the stages one by one, as a salesperson moves it.
        for (int s = 1; s <= stage; ++s)
            REQUIRE(deals.move(d.id, pipeline.stages.at(s).id, {}, &error));
        return d.id;
    }

    // Created and closed on `day` instead of now: the history's dates follow.
    void dateBack(qint64 id, const QDate &day)
    {
        QSqlQuery q(tdb.db().connection());
        q.prepare(QStringLiteral("UPDATE deals SET created_at = ?, closed_at = CASE WHEN "
                                 "closed_at IS NULL THEN NULL ELSE ? END WHERE id = ?"));
        q.addBindValue(utcNoon(day));
        q.addBindValue(utcNoon(day));
        q.addBindValue(id);
        REQUIRE(q.exec());
    }

    void open(ReportsSection::Report report) const
    {
        reports()->setReport(report);
        settle(reports()->currentPage());
    }

    // The table as the user reads it: the row whose first cell is `name`.
    static QStringList row(ReportPage *page, const QString &name)
    {
        const QAbstractItemModel *m = page->tableView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() != name)
                continue;
            QStringList cells;
            for (int c = 0; c < m->columnCount(); ++c)
                cells << m->index(r, c).data().toString();
            return cells;
        }
        FAIL("no row " << name.toStdString());
        return {};
    }

    static void doubleClickRow(ReportPage *page, const QString &name)
    {
        QTableView *view = page->tableView();
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() != name)
                continue;
            const QRect cell = view->visualRect(m->index(r, 0));
            // A view takes a double-click on the row it was pressed on.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            return;
        }
        FAIL("no row " << name.toStdString());
    }

    // The titles the Deals section's table shows.
    QStringList dealTitles() const
    {
        DealsSection *s = window->deals();
        QStringList out;
        for (int r = 0; r < s->tableModel()->rowCount(); ++r)
            out << s->tableModel()->index(r, DealTableModel::Title).data().toString();
        out.sort();
        return out;
    }

    QString money(qint64 minor) const { return Money::format(minor); }
};

// The base every case starts from (amounts in kopecks):
//   Lead         open, 100 000      (this month)
//   Qualified    open, 200 000      (this month, moved once)
//   third stage  open, 300 000      (this month, moved twice)
//   Won          50 000             (this month)
//   Lost         70 000, reason 1   (this month, lost in the first stage)
//   Lost         30 000, reason 2   (created and lost on 10 March 2025)
//   Won          40 000             (created and won mid last month)
struct Sales
{
    qint64 lead, qualified, third, won, lost, oldLost, lastMonth;
    QString reason1, reason2;
};

Sales addSales(Fixture &f)
{
    Sales s;
    const QList<QPair<qint64, QString>> reasons = LossReasonRepository(f.tdb.db()).reasons();
    REQUIRE(reasons.size() >= 2);
    s.reason1 = reasons.at(0).second;
    s.reason2 = reasons.at(1).second;
    s.lead = f.addDeal(QStringLiteral("Lead deal"), 10000000);
    s.qualified = f.addDeal(QStringLiteral("Qualified deal"), 20000000, 1);
    s.third = f.addDeal(QStringLiteral("Third-stage deal"), 30000000, 2);
    s.won = f.addDeal(QStringLiteral("Won deal"), 5000000, 1);
    REQUIRE(f.deals.win(s.won));
    s.lost = f.addDeal(QStringLiteral("Lost deal"), 7000000);
    REQUIRE(f.deals.lose(s.lost, reasons.at(0).first));
    s.oldLost = f.addDeal(QStringLiteral("Old lost deal"), 3000000);
    REQUIRE(f.deals.lose(s.oldLost, reasons.at(1).first));
    f.dateBack(s.oldLost, QDate(2025, 3, 10));
    s.lastMonth = f.addDeal(QStringLiteral("Last month's deal"), 4000000, 3);
    REQUIRE(f.deals.win(s.lastMonth));
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    f.dateBack(s.lastMonth, thisMonth.addMonths(-1).addDays(14));
    return s;
}
} // namespace

TEST_CASE("Sales funnel: the table shows each stage's figures, a new period changes them",
          "[ui][reports]")
{
    Fixture f;
    const Sales s = addSales(f);
    f.showReports(kAnna);
    f.open(ReportsSection::FunnelView);
    FunnelPage *page = f.reports()->funnel();
    REQUIRE(page->isVisible());
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString lead = f.pipeline.stages.at(0).name;
    const QString second = f.pipeline.stages.at(1).name;
    const QString third = f.pipeline.stages.at(2).name;

    // Snapshot: the open deals now; won and lost: closed this month.
    const QAbstractItemModel *m = page->tableView()->model();
    CHECK(m->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Stage"));
    // Long headers on two lines, so that the table fits beside the chart.
    CHECK(m->headerData(4, Qt::Horizontal).toString() == QStringLiteral("To next\nstage"));
    CHECK(m->rowCount() == f.pipeline.stages.size() + 2);
    // This month's new deals: 5 in the first stage, 3 got to the second
    // (the won one too), 2 to the third.
    CHECK(Fixture::row(page, lead) ==
          QStringList{lead, QStringLiteral("1"), f.money(10000000),
                      f.money(10000000 * f.pipeline.stages.at(0).probability / 100),
                      QStringLiteral("60.0%"), QStringLiteral("20.0%"),
                      Fixture::row(page, lead).at(6)});
    CHECK(Fixture::row(page, second).mid(1, 2) ==
          QStringList{QStringLiteral("1"), f.money(20000000)});
    CHECK(Fixture::row(page, second).at(4) == QStringLiteral("66.7%"));
    CHECK(Fixture::row(page, third).mid(1, 2) ==
          QStringList{QStringLiteral("1"), f.money(30000000)});
    CHECK(Fixture::row(page, QStringLiteral("Won")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), f.money(5000000)});
    CHECK(Fixture::row(page, QStringLiteral("Lost")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), f.money(7000000)});
    CHECK(f.money(10000000).contains(QStringLiteral("100,000.00")));
    // Numbers to the right.
    CHECK(m->index(0, 2).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));

    SECTION("Flow: the period's new deals, by how far they got")
    {
        f.find<QRadioButton>("flowRadioButton")->click();
        Fixture::settle(page);
        CHECK(page->funnel().mode == Funnel::Mode::Flow);
        CHECK(Fixture::row(page, lead).mid(1, 2) ==
              QStringList{QStringLiteral("5"),
                          f.money(10000000 + 20000000 + 30000000 + 5000000 + 7000000)});
        CHECK(Fixture::row(page, second).at(1) == QStringLiteral("3"));
        CHECK(Fixture::row(page, third).at(1) == QStringLiteral("2"));
        // The chart has a bar for every stage and one for the won deals.
        CHECK(page->chartView()->chart()->series().size() == 1);

        // Double-click a row: the Deals table with the deals behind it.
        Fixture::doubleClickRow(page, second);
        REQUIRE(QTest::qWaitFor([&] { return f.window->deals()->isVisible(); }));
        CHECK(f.sidebar()->currentRow() == DealsRow);
        CHECK(f.window->deals()->isShowingSome());
        CHECK(f.dealTitles() == QStringList{QStringLiteral("Qualified deal"),
                                            QStringLiteral("Third-stage deal"),
                                            QStringLiteral("Won deal")});
        CHECK(f.find<QLabel>("someDealsLabel")->text().contains(second));
        f.find<QPushButton>("showAllDealsPushButton")->click();
        CHECK_FALSE(f.window->deals()->isShowingSome());
    }

    SECTION("Double-click the Lost row: this month's lost deal")
    {
        Fixture::doubleClickRow(page, QStringLiteral("Lost"));
        REQUIRE(QTest::qWaitFor([&] { return f.window->deals()->isVisible(); }));
        CHECK(f.dealTitles() == QStringList{QStringLiteral("Lost deal")});
    }

    SECTION("Last month: the deal won then, none lost")
    {
        auto *period = f.find<QComboBox>("periodComboBox");
        period->setCurrentIndex(period->findData(ReportFilterBar::LastMonth));
        Q_EMIT period->activated(period->currentIndex());
        Fixture::settle(page);
        CHECK(Fixture::row(page, QStringLiteral("Won")).mid(1, 2) ==
              QStringList{QStringLiteral("1"), f.money(4000000)});
        CHECK(Fixture::row(page, QStringLiteral("Lost")).at(1) == QStringLiteral("0"));
        // The open deals are the same whatever the period.
        CHECK(Fixture::row(page, lead).at(1) == QStringLiteral("1"));
    }

    SECTION("A custom period in March 2025")
    {
        f.reports()->filterBar()->setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        Fixture::settle(page);
        CHECK(Fixture::row(page, QStringLiteral("Lost")).mid(1, 2) ==
              QStringList{QStringLiteral("1"), f.money(3000000)});
        CHECK(Fixture::row(page, QStringLiteral("Won")).at(1) == QStringLiteral("0"));
        CHECK(f.find<QDateEdit>("fromDateEdit")->date() == QDate(2025, 3, 1));
    }

    SECTION("CSV and PDF")
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("funnel.csv"));
        REQUIRE(f.reports()->exportCsv(csvPath));
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF")); // so that a spreadsheet reads UTF-8
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == f.pipeline.stages.size() + 3);
        CHECK(lines.at(0) == QStringLiteral("Stage,Deals,Amount,Weighted,To next stage,To won,"
                                            "Days in stage"));
        CHECK(lines.at(1).startsWith(lead + QStringLiteral(",1,100000.00,")));
        CHECK(lines.at(1).contains(QStringLiteral(",0.6000,0.2000,")));
        CHECK(lines.at(lines.size() - 2) == QStringLiteral("Won,1,50000.00,,,,"));
        CHECK(lines.last() == QStringLiteral("Lost,1,70000.00,,,,"));

        const QString pdfPath = dir.filePath(QStringLiteral("funnel.pdf"));
        REQUIRE(f.reports()->exportPdf(pdfPath));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
        CHECK(pdf.contains(QStringLiteral("Sales funnel")));
        CHECK(pdf.contains(f.pipeline.name));
        CHECK(pdf.contains(second));
        CHECK(pdf.contains(QStringLiteral("To next")));
        CHECK(pdf.contains(QStringLiteral("100,000.00")));
    }
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Loss reasons: per reason and by month, down to the deals", "[ui][reports]")
{
    Fixture f;
    const Sales s = addSales(f);
    f.showReports(kAnna);
    f.open(ReportsSection::LossView);
    LossPage *page = f.reports()->losses();
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(Fixture::row(page, s.reason1) ==
          QStringList{s.reason1, QStringLiteral("1"), f.money(7000000), QStringLiteral("100.0%")});
    CHECK(Fixture::row(page, QStringLiteral("Total")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), f.money(7000000)});
    CHECK(page->losses().months.size() == 1);

    // From January 2025 to today: both reasons, every month between.
    f.reports()->filterBar()->setPeriod(QDate(2025, 1, 1), QDate::currentDate());
    Fixture::settle(page);
    CHECK(Fixture::row(page, QStringLiteral("Total")).mid(1, 2) ==
          QStringList{QStringLiteral("2"), f.money(10000000)});
    CHECK(Fixture::row(page, s.reason2).mid(1, 3) ==
          QStringList{QStringLiteral("1"), f.money(3000000), QStringLiteral("50.0%")});
    CHECK(page->losses().months.first().month == QDate(2025, 1, 1));
    CHECK(page->trendChart()->chart()->series().size() == 1);

    Fixture::doubleClickRow(page, s.reason2);
    REQUIRE(QTest::qWaitFor([&] { return f.window->deals()->isVisible(); }));
    CHECK(f.dealTitles() == QStringList{QStringLiteral("Old lost deal")});
    CHECK(f.find<QLabel>("someDealsLabel")->text().contains(s.reason2));
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Dashboard: open deals, won this month and last, overdue tasks, today's events",
          "[ui][reports]")
{
    Fixture f;
    addSales(f);
    TaskRepository tasks(f.tdb.db(), kAnna);
    Task late;
    late.title = QStringLiteral("Call back");
    late.dueAt = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate);
    REQUIRE(tasks.create(late));
    Event meeting;
    meeting.title = QStringLiteral("Meeting");
    meeting.start = QDateTime(QDate::currentDate(), QTime(12, 0)).toUTC();
    meeting.end = meeting.start.addSecs(3600);
    REQUIRE(EventRepository(f.tdb.db()).create(meeting));
    f.showReports(kAnna);
    // The first page of the section.
    CHECK(f.find<QListWidget>("reportListWidget")->currentRow() == ReportsSection::DashboardView);
    DashboardPage *page = f.reports()->dashboard();
    Fixture::settle(page);
    CHECK(page->figures().openCount == 3);
    CHECK(page->figures().openAmount == 60000000);
    auto *open = f.find<QPushButton>("openDealsPushButton");
    CHECK(open->text().contains(QStringLiteral("Open deals: 3")));
    CHECK(open->text().contains(QStringLiteral("600,000")));
    CHECK(f.find<QPushButton>("wonThisMonthPushButton")->text().contains(QStringLiteral("50,000")));
    CHECK(f.find<QPushButton>("wonLastMonthPushButton")->text().contains(QStringLiteral("40,000")));
    CHECK(f.find<QPushButton>("overdueTasksPushButton")->text() ==
          QStringLiteral("Overdue tasks: 1"));
    CHECK(f.find<QPushButton>("todayEventsPushButton")->text() ==
          QStringLiteral("Events today: 1"));

    SECTION("Won this month opens that deal")
    {
        f.find<QPushButton>("wonThisMonthPushButton")->click();
        REQUIRE(QTest::qWaitFor([&] { return f.window->deals()->isVisible(); }));
        CHECK(f.dealTitles() == QStringList{QStringLiteral("Won deal")});
    }
    SECTION("Won last month opens last month's deal")
    {
        f.find<QPushButton>("wonLastMonthPushButton")->click();
        REQUIRE(QTest::qWaitFor([&] { return f.window->deals()->isVisible(); }));
        CHECK(f.dealTitles() == QStringList{QStringLiteral("Last month's deal")});
    }
    SECTION("Overdue tasks open My tasks")
    {
        f.find<QPushButton>("overdueTasksPushButton")->click();
        CHECK(f.sidebar()->currentRow() == MyTasksRow);
    }
    SECTION("Events today open the calendar")
    {
        f.find<QPushButton>("todayEventsPushButton")->click();
        CHECK(f.sidebar()->currentRow() == CalendarRow);
    }
    SECTION("Open deals open the board")
    {
        open->click();
        CHECK(f.sidebar()->currentRow() == DealsRow);
        CHECK_FALSE(f.window->deals()->isShowingSome());
    }
    CHECK(f.messenger.errors.isEmpty());
}

// Screenshots of every report page on demo data, for the eye; run with
// CLIENTELE_SCREENSHOT_DIR set.
TEST_CASE("Reports screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    Fixture f;
    QLocale::setDefault(QLocale::system());
    DemoGenerator::Options o;
    o.clients = 300;
    o.deals = 600;
    REQUIRE(DemoGenerator(f.tdb.db()).generate(o));
    f.showReports(kAnna);
    auto save = [&](const char *name) {
        QApplication::processEvents();
        REQUIRE(f.window->grab().save(QDir(shots).filePath(QLatin1String(name))));
    };
    Fixture::settle(f.reports()->dashboard());
    save("reports-dashboard.png");
    f.reports()->filterBar()->setPeriod(ReportFilterBar::ThisYear);
    f.open(ReportsSection::FunnelView);
    save("reports-funnel.png");
    f.find<QRadioButton>("flowRadioButton")->click();
    Fixture::settle(f.reports()->funnel());
    save("reports-funnel-flow.png");
    // The PDF as it leaves the program, for the eye too.
    REQUIRE(f.reports()->exportPdf(QDir(shots).filePath(QStringLiteral("reports-funnel.pdf"))));
    f.open(ReportsSection::LossView);
    save("reports-losses.png");
}
