// The Reports section's other pages as the owner reads them: interactions
// by type, result and person with the clients nobody called, deal
// efficiency by month, source and responsible, channels and mailings, and
// the ABC/XYZ client classes written into importance; each with a period
// changed and a row double-clicked down to the deals or the client behind
// it; and the dashboard as the home screen.
#include "catchqt.h"
#include "reportsfixture.h"
#include "testdatabase.h"
#include "testmessenger.h"

#include "audit/auditrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientlistpane.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/dealssection.h"
#include "deals/dealtablemodel.h"
#include "deals/lossreasonrepository.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"
#include "demo/demogenerator.h"
#include "documents/companyrepository.h"
#include "interactions/interactionrepository.h"
#include "mailing/campaignrepository.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/outboxrepository.h"
#include "mainwindow/mainwindow.h"
#include "reports/abcpage.h"
#include "reports/channelpage.h"
#include "reports/efficiencypage.h"
#include "reports/interactionpage.h"
#include "reports/reportfilterbar.h"
#include "reports/reportssection.h"
#include "reports/reporttablemodel.h"
#include "settings/localsettings.h"
#include "settings/settingsrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTranslator>

namespace {
const QString kAnna = QStringLiteral("Анна Смирнова");
const QString kBoris = QStringLiteral("Борис Ким");
const QString kWebsite = QStringLiteral("Сайт");
const QString kReferral = QStringLiteral("Рекомендация");

enum SidebarRow
{
    ClientsRow = 0,
    DealsRow = 1,
    ReportsRow = 7
};

// A base with three clients, five deals closed in the first quarter of
// 2025 and five interactions then (amounts in kopecks):
//   D1 Ромашка  Сайт          Анна   won  100 000  created 5 Jan,  closed 15 Jan (10 days)
//   D2 Ромашка  Сайт          Борис  lost  50 000  created 10 Jan, closed 20 Jan
//   D3 Петров   Рекомендация  Анна   won  300 000  created 1 Feb,  closed 21 Feb (20 days)
//   D4 Петров   Рекомендация  Борис  lost  20 000  created 3 Feb,  closed 10 Feb
//   D5 Лютик    (no source)   Анна   won   60 000  created 1 Mar,  closed 11 Mar (10 days)
// Ромашка came from the website on 2 January, Петров by referral on 2
// February; Лютик was added today.
struct Fixture : ReportsFixture
{
    qint64 romashka = 0, petrov = 0, lyutik = 0;

    Fixture()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        romashka = addClient(QStringLiteral("ООО Ромашка"), kWebsite, QDate(2025, 1, 2));
        petrov = addClient(QStringLiteral("ИП Петров"), kReferral, QDate(2025, 2, 2));
        lyutik = addClient(QStringLiteral("АО Лютик"), QString(), QDate());
    }
    ~Fixture() { QLocale::setDefault(QLocale::system()); }

    qint64 addClient(const QString &name, const QString &source, const QDate &created)
    {
        Client c;
        c.name = name;
        c.source = source;
        REQUIRE(clients.save(c));
        if (created.isValid())
            exec(QStringLiteral("UPDATE clients SET created_at = ? WHERE id = ?"),
                 {utcNoon(created), c.id});
        return c.id;
    }

    // Test data dated back: the repositories stamp everything with now.
    void exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(tdb.db().connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        REQUIRE(q.exec());
    }

    qint64 addDeal(const QString &title, qint64 clientId, const QString &source,
                   const QString &responsible, bool won, qint64 amount, const QDate &created,
                   const QDate &closed)
    {
        Deal d;
        d.clientId = clientId;
        d.title = title;
        d.amount = amount;
        d.source = source;
        d.responsible = responsible;
        d.stageId = pipeline.stages.at(0).id;
        QString error;
        REQUIRE(deals.create(d, &error));
        if (won)
            REQUIRE(deals.win(d.id));
        else
            REQUIRE(deals.lose(d.id, LossReasonRepository(tdb.db()).reasons().first().first));
        exec(QStringLiteral("UPDATE deals SET created_at = ?, closed_at = ? WHERE id = ?"),
             {utcNoon(created), utcNoon(closed), d.id});
        return d.id;
    }

    void addInteraction(qint64 clientId, Interaction::Type type, const QString &result,
                        const QString &user, const QDateTime &at)
    {
        Interaction i;
        i.clientId = clientId;
        i.type = type;
        i.result = result;
        i.user = user;
        i.occurredAt = at;
        i.subject = QStringLiteral("Разговор");
        REQUIRE(interactions.save(i));
    }

    void addSales()
    {
        addDeal(QStringLiteral("D1"), romashka, kWebsite, kAnna, true, 10000000, {2025, 1, 5},
                {2025, 1, 15});
        addDeal(QStringLiteral("D2"), romashka, kWebsite, kBoris, false, 5000000, {2025, 1, 10},
                {2025, 1, 20});
        addDeal(QStringLiteral("D3"), petrov, kReferral, kAnna, true, 30000000, {2025, 2, 1},
                {2025, 2, 21});
        addDeal(QStringLiteral("D4"), petrov, kReferral, kBoris, false, 2000000, {2025, 2, 3},
                {2025, 2, 10});
        addDeal(QStringLiteral("D5"), lyutik, QString(), kAnna, true, 6000000, {2025, 3, 1},
                {2025, 3, 11});
    }

    static QDateTime noon(const QDate &day) { return QDateTime(day, QTime(12, 0)).toUTC(); }

    // Outgoing calls, a meeting and an e-mail in the quarter; Лютик was
    // called ten days ago, after the quarter.
    void addTalks()
    {
        using T = Interaction::Type;
        addInteraction(romashka, T::CallOut, QStringLiteral("Договорились"), kAnna,
                       noon({2025, 1, 10}));
        addInteraction(petrov, T::CallOut, QStringLiteral("Договорились"), kAnna,
                       noon({2025, 1, 20}));
        addInteraction(romashka, T::CallOut, QStringLiteral("Не ответил"), kBoris,
                       noon({2025, 2, 5}));
        addInteraction(petrov, T::Meeting, QStringLiteral("Договорились"), kAnna,
                       noon({2025, 2, 12}));
        addInteraction(romashka, T::Email, QString(), kBoris, noon({2025, 3, 3}));
        addInteraction(lyutik, T::CallIn, QStringLiteral("Вопрос"), kAnna,
                       QDateTime::currentDateTimeUtc().addDays(-10));
    }

    // The report, for the first quarter of 2025.
    void open(ReportsSection::Report report) const
    {
        reports()->setReport(report);
        reports()->filterBar()->setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
        settle(reports()->currentPage());
    }

    void period(const QDate &from, const QDate &to) const
    {
        reports()->filterBar()->setPeriod(from, to);
        settle(reports()->currentPage());
    }

    // The row of `view` whose first cell is `name`, as the user reads it.
    static QStringList row(QTableView *view, const QString &name)
    {
        const QAbstractItemModel *m = view->model();
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

    static QStringList firstColumn(QTableView *view)
    {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, 0).data().toString();
        return out;
    }

    static void doubleClickRow(QTableView *view, const QString &name)
    {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() != name)
                continue;
            view->scrollTo(m->index(r, 0));
            const QRect cell = view->visualRect(m->index(r, 0));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            return;
        }
        FAIL("no row " << name.toStdString());
    }

    QStringList dealTitles() const
    {
        REQUIRE(QTest::qWaitFor([this] { return window->deals()->isVisible(); }));
        DealsSection *s = window->deals();
        QStringList out;
        for (int r = 0; r < s->tableModel()->rowCount(); ++r)
            out << s->tableModel()->index(r, DealTableModel::Title).data().toString();
        out.sort();
        return out;
    }

    // The client whose card is shown after a double-click.
    qint64 shownClient() const
    {
        REQUIRE(QTest::qWaitFor([this] { return sidebar()->currentRow() == ClientsRow; }));
        return window->listPane()->currentId();
    }

    QString importance(qint64 clientId)
    {
        QSqlQuery q(tdb.db().connection());
        q.prepare(QStringLiteral("SELECT importance FROM clients WHERE id = ?"));
        q.addBindValue(clientId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    static QString money(qint64 minor) { return Money::format(minor); }
};
} // namespace

TEST_CASE("Interactions: by type and result, by person, by week or month; the quiet clients",
          "[ui][reports]")
{
    Fixture f;
    f.addTalks();
    f.showReports(kAnna);
    f.open(ReportsSection::InteractionView);
    InteractionPage *page = f.reports()->interactions();
    REQUIRE(page->isVisible());
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester peopleTester(page->peopleView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester quietTester(page->quietView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = page->tableView();
    // Two of the five were outgoing calls that agreed on something.
    CHECK(Fixture::row(table, QStringLiteral("Outgoing call")) ==
          QStringList{QStringLiteral("Outgoing call"), QStringLiteral("Договорились"),
                      QStringLiteral("2"), QStringLiteral("40.0%")});
    CHECK(Fixture::firstColumn(table) ==
          QStringList{QStringLiteral("Outgoing call"), QStringLiteral("Outgoing call"),
                      QStringLiteral("E-mail"), QStringLiteral("Meeting"),
                      QStringLiteral("Total")});
    CHECK(table->model()->index(2, 1).data().toString() == QStringLiteral("not given"));
    CHECK(Fixture::row(table, QStringLiteral("Total")).at(2) == QStringLiteral("5"));
    CHECK(table->model()->index(0, 2).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    // A column per type, a row per person.
    QTableView *people = page->peopleView();
    CHECK(people->model()->headerData(1, Qt::Horizontal).toString() ==
          QStringLiteral("Outgoing\ncall"));
    CHECK(Fixture::row(people, kAnna) == QStringList{kAnna, QStringLiteral("2"),
                                                     QStringLiteral("1"), QStringLiteral("0"),
                                                     QStringLiteral("3")});
    CHECK(Fixture::row(people, kBoris) == QStringList{kBoris, QStringLiteral("1"),
                                                      QStringLiteral("0"), QStringLiteral("1"),
                                                      QStringLiteral("2")});
    // Months: one bar of calls and others per month of the quarter.
    QChart *chart = page->chartView()->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    REQUIRE(axis != nullptr);
    CHECK(axis->categories() ==
          QStringList{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar")});

    // Not contacted for 30 days: Ромашка and Петров (last talked to in the
    // quarter), not Лютик (called ten days ago).
    auto *days = f.find<QSpinBox>("quietDaysSpinBox");
    CHECK(days->value() == 30);
    // English as the program loads it, with its plural forms.
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(CLIENTELE_QM_DIR "/clientele_en.qm")));
    QCoreApplication::installTranslator(&english);
    Fixture::settle(page);
    QTableView *quiet = page->quietView();
    CHECK(f.find<QLabel>("quietCountLabel")->text() ==
          QStringLiteral("Clients with no contact for 30 days: 2"));
    CHECK(Fixture::firstColumn(quiet) ==
          QStringList{QStringLiteral("ИП Петров"), QStringLiteral("ООО Ромашка")});

    SECTION("Five days: Лютик too")
    {
        days->setValue(5);
        Fixture::settle(page);
        CHECK(f.find<QLabel>("quietCountLabel")->text() ==
              QStringLiteral("Clients with no contact for 5 days: 3"));
        CHECK(Fixture::firstColumn(quiet).size() == 3);
        days->setValue(1);
        Fixture::settle(page);
        CHECK(f.find<QLabel>("quietCountLabel")
                  ->text()
                  .startsWith(QStringLiteral("Clients with no contact for 1 day: ")));
    }

    SECTION("February by week")
    {
        f.period(QDate(2025, 2, 1), QDate(2025, 2, 28));
        CHECK(Fixture::row(table, QStringLiteral("Total")).at(2) == QStringLiteral("2"));
        CHECK(Fixture::row(people, kAnna).last() == QStringLiteral("1"));
        f.find<QRadioButton>("weekRadioButton")->click();
        Fixture::settle(page);
        CHECK(page->stats().bucket == InteractionStats::Bucket::Week);
        // From the Monday before 1 February to the last week of the month.
        axis = qobject_cast<QBarCategoryAxis *>(
            page->chartView()->chart()->axes(Qt::Horizontal).value(0));
        REQUIRE(axis != nullptr);
        CHECK(axis->categories().size() == 5);
        CHECK(axis->categories().first() == QStringLiteral("27 Jan"));
        QStringList weeks;
        for (const InteractionStats::Count &c : page->stats().byPeriod)
            weeks << c.key;
        CHECK(weeks == QStringList{QStringLiteral("2025-02-03"), QStringLiteral("2025-02-10")});
    }

    SECTION("Double-click a quiet client: the client card")
    {
        Fixture::doubleClickRow(quiet, QStringLiteral("ИП Петров"));
        CHECK(f.shownClient() == f.petrov);
    }
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Deal efficiency: win rate, average deal and cycle by month, source and person",
          "[ui][reports]")
{
    Fixture f;
    f.addSales();
    f.showReports(kAnna);
    f.open(ReportsSection::EfficiencyView);
    EfficiencyPage *page = f.reports()->efficiency();
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = page->tableView();
    CHECK(Fixture::row(table, QStringLiteral("Jan 2025")) ==
          QStringList{QStringLiteral("Jan 2025"), QStringLiteral("2"), QStringLiteral("1"),
                      QStringLiteral("50.0%"), f.money(10000000), f.money(10000000),
                      QStringLiteral("10.0")});
    CHECK(Fixture::row(table, QStringLiteral("Feb 2025")).mid(1) ==
          QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50.0%"),
                      f.money(30000000), f.money(30000000), QStringLiteral("20.0")});
    CHECK(Fixture::row(table, QStringLiteral("Mar 2025")).mid(1, 3) ==
          QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("100.0%")});
    // Sources and people, the most revenue first, each under its heading.
    const QStringList names = Fixture::firstColumn(table);
    CHECK(names == QStringList{QStringLiteral("By month"), QStringLiteral("Jan 2025"),
                               QStringLiteral("Feb 2025"), QStringLiteral("Mar 2025"),
                               QStringLiteral("By source"), kReferral, kWebsite,
                               QStringLiteral("Source not given"), QStringLiteral("By responsible"),
                               kAnna, kBoris, QStringLiteral("Total")});
    // Анна won all three: 460 000 in all, 153 333.33 on average, in 13.3 days.
    CHECK(Fixture::row(table, kAnna).mid(1) ==
          QStringList{QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("100.0%"),
                      f.money(46000000), f.money(15333333), QStringLiteral("13.3")});
    CHECK(Fixture::row(table, kBoris).mid(1, 4) == QStringList{QStringLiteral("2"),
                                                               QStringLiteral("0"),
                                                               QStringLiteral("0.0%"), f.money(0)});
    CHECK(Fixture::row(table, QStringLiteral("Total")).mid(1, 4) ==
          QStringList{QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("60.0%"),
                      f.money(46000000)});
    CHECK(f.money(46000000).contains(QStringLiteral("460,000.00")));
    // Three months of bars and a line of the win rate.
    CHECK(page->chartView()->chart()->series().size() == 2);

    SECTION("February alone")
    {
        f.period(QDate(2025, 2, 1), QDate(2025, 2, 28));
        CHECK(Fixture::row(table, QStringLiteral("Total")).mid(1, 4) ==
              QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50.0%"),
                          f.money(30000000)});
        CHECK_FALSE(Fixture::firstColumn(table).contains(kWebsite));
    }
    SECTION("A month opens the deals closed in it")
    {
        Fixture::doubleClickRow(table, QStringLiteral("Feb 2025"));
        CHECK(f.dealTitles() == QStringList{QStringLiteral("D3"), QStringLiteral("D4")});
        CHECK(f.find<QLabel>("someDealsLabel")->text().contains(QStringLiteral("Feb 2025")));
    }
    SECTION("A source opens its closed deals")
    {
        Fixture::doubleClickRow(table, kWebsite);
        CHECK(f.dealTitles() == QStringList{QStringLiteral("D1"), QStringLiteral("D2")});
    }
    SECTION("Deals with no source given")
    {
        Fixture::doubleClickRow(table, QStringLiteral("Source not given"));
        CHECK(f.dealTitles() == QStringList{QStringLiteral("D5")});
    }
    SECTION("A person opens their closed deals")
    {
        Fixture::doubleClickRow(table, kBoris);
        CHECK(f.dealTitles() == QStringList{QStringLiteral("D2"), QStringLiteral("D4")});
    }
    SECTION("A heading opens nothing")
    {
        Fixture::doubleClickRow(table, QStringLiteral("By source"));
        QApplication::processEvents();
        CHECK(f.sidebar()->currentRow() == ReportsRow);
    }
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Channels and campaigns: sources and a mailing's cost and return", "[ui][reports]")
{
    Fixture f;
    f.addSales();
    // A mailing in January with a cost of 10 000: Петров got it on 25
    // January and bought D3 a week later; Ромашка's message failed; Лютик
    // has no address.
    MessageTemplate t;
    t.channel = QStringLiteral("email");
    t.name = QStringLiteral("Новости");
    t.subject = QStringLiteral("Новости");
    t.body = QStringLiteral("<p>Здравствуйте!</p>");
    REQUIRE(MessageTemplateRepository(f.tdb.db()).save(t));
    Audience audience;
    RecipientData toPetrov;
    toPetrov.clientId = f.petrov;
    toPetrov.address = QStringLiteral("petrov@example.org");
    toPetrov.clientName = QStringLiteral("ИП Петров");
    RecipientData toRomashka;
    toRomashka.clientId = f.romashka;
    toRomashka.address = QStringLiteral("info@romashka.example");
    toRomashka.clientName = QStringLiteral("ООО Ромашка");
    audience.recipients = {toPetrov, toRomashka};
    audience.excluded = {{f.lyutik, 0, QStringLiteral("no_address"), QString()}};
    Campaign c;
    c.name = QStringLiteral("Январская рассылка");
    c.cost = 1000000;
    QString error;
    const bool created =
        CampaignRepository(f.tdb.db())
            .create(c, t, audience, CompanyRepository(f.tdb.db()).profile(), &error);
    INFO(error.toStdString());
    REQUIRE(created);
    f.exec(QStringLiteral("UPDATE campaigns SET created_at = ? WHERE id = ?"),
           {utcNoon({2025, 1, 24}), c.id});
    OutboxRepository outbox(f.tdb.db());
    for (const OutboxMessage &m : outbox.list(c.id)) {
        REQUIRE(outbox.claim(m.id));
        SendResult result;
        result.outcome =
            m.clientId == f.petrov ? SendResult::Outcome::Sent : SendResult::Outcome::Permanent;
        REQUIRE(outbox.finish(*outbox.load(m.id), result, Fixture::noon({2025, 1, 25})));
    }

    f.showReports(kAnna);
    f.open(ReportsSection::ChannelView);
    ChannelPage *page = f.reports()->channels();
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester mailingTester(page->mailingsView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = page->tableView();
    CHECK(Fixture::firstColumn(table) == QStringList{kReferral, kWebsite,
                                                     QStringLiteral("Source not given"),
                                                     QStringLiteral("Total")});
    CHECK(Fixture::row(table, kReferral) == QStringList{kReferral, QStringLiteral("1"),
                                                        QStringLiteral("2"), QStringLiteral("1"),
                                                        f.money(30000000)});
    CHECK(Fixture::row(table, kWebsite).mid(1) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                      f.money(10000000)});
    // Лютик came today, after the quarter: no new client without a source.
    CHECK(Fixture::row(table, QStringLiteral("Source not given")).mid(1) ==
          QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"),
                      f.money(6000000)});
    CHECK(Fixture::row(table, QStringLiteral("Total")).mid(1) ==
          QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("3"),
                      f.money(46000000)});
    // Sent 1, failed 1, excluded 1; 10 000 spent, D3's 300 000 came back:
    // a return of 29 times the cost.
    CHECK(Fixture::row(page->mailingsView(), c.name) ==
          QStringList{c.name, QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"),
                      QStringLiteral("1"), f.money(1000000), QStringLiteral("1"), f.money(30000000),
                      QStringLiteral("2,900.0%"), f.money(1000000)});
    CHECK(page->chartView()->chart()->series().size() == 1);

    SECTION("January alone")
    {
        f.period(QDate(2025, 1, 1), QDate(2025, 1, 31));
        CHECK(Fixture::firstColumn(table) == QStringList{kWebsite, QStringLiteral("Total")});
        CHECK(Fixture::row(table, kWebsite).mid(1) ==
              QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                          f.money(10000000)});
    }
    SECTION("A source opens its won deals")
    {
        Fixture::doubleClickRow(table, kReferral);
        CHECK(f.dealTitles() == QStringList{QStringLiteral("D3")});
        CHECK(f.find<QLabel>("someDealsLabel")->text().contains(kReferral));
    }
    SECTION("Total opens every won deal")
    {
        Fixture::doubleClickRow(table, QStringLiteral("Total"));
        CHECK(f.dealTitles() ==
              QStringList{QStringLiteral("D1"), QStringLiteral("D3"), QStringLiteral("D5")});
    }
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Client analytics: ABC and XYZ with thresholds, written into importance", "[ui][reports]")
{
    Fixture f;
    f.addSales();
    f.showReports(kAnna);
    f.open(ReportsSection::AbcView);
    AbcPage *page = f.reports()->clientClasses();
    QAbstractItemModelTester tester(page->tableView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester matrixTester(page->matrixView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = page->tableView();
    // 460 000 in all: Петров 300 000 (65.2%), Ромашка 100 000 (87.0% with
    // Петров), Лютик 60 000. Each bought in one month of three: Z.
    CHECK(Fixture::row(table, QStringLiteral("ИП Петров")) ==
          QStringList{QStringLiteral("ИП Петров"), QStringLiteral("1"), f.money(30000000),
                      QStringLiteral("65.2%"), QStringLiteral("65.2%"), QStringLiteral("A"),
                      QStringLiteral("Z"), QStringLiteral("141.4%")});
    CHECK(Fixture::row(table, QStringLiteral("ООО Ромашка")).mid(3, 4) ==
          QStringList{QStringLiteral("21.7%"), QStringLiteral("87.0%"), QStringLiteral("A"),
                      QStringLiteral("Z")});
    CHECK(Fixture::row(table, QStringLiteral("АО Лютик")).at(5) == QStringLiteral("B"));
    QTableView *matrix = page->matrixView();
    CHECK(Fixture::row(matrix, QStringLiteral("A")) ==
          QStringList{QStringLiteral("A"), QStringLiteral("0"), QStringLiteral("0"),
                      QStringLiteral("2"), QStringLiteral("2")});
    CHECK(Fixture::row(matrix, QStringLiteral("B")).last() == QStringLiteral("1"));
    CHECK(Fixture::row(matrix, QStringLiteral("C")).last() == QStringLiteral("0"));

    // A at 60 %: Ромашка starts at 65.2 %, in B; Лютик at 87.0 %, past 60 + 15: C.
    auto *a = f.find<QSpinBox>("abcThresholdASpinBox");
    a->setValue(60);
    Fixture::settle(page);
    CHECK(Fixture::row(table, QStringLiteral("ООО Ромашка")).at(5) == QStringLiteral("B"));
    CHECK(Fixture::row(table, QStringLiteral("АО Лютик")).at(5) == QStringLiteral("C"));
    // B cannot take more than A leaves.
    a->setValue(90);
    Fixture::settle(page);
    CHECK(f.find<QSpinBox>("abcThresholdBSpinBox")->maximum() == 10);
    CHECK(f.find<QSpinBox>("abcThresholdBSpinBox")->value() == 10);
    a->setValue(60);
    Fixture::settle(page);
    // X above 141 %: every client buys regularly enough for X.
    f.find<QSpinBox>("xyzThresholdYSpinBox")->setValue(200);
    f.find<QSpinBox>("xyzThresholdXSpinBox")->setValue(150);
    Fixture::settle(page);
    CHECK(Fixture::row(matrix, QStringLiteral("A")).mid(1, 3) ==
          QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")});

    auto *apply = f.find<QPushButton>("applyImportancePushButton");
    SECTION("Write the classes: asked first, then each client's importance is its class")
    {
        apply->click();
        CHECK(f.messenger.confirmations == 1);
        CHECK(f.importance(f.petrov) == QStringLiteral("A"));
        CHECK(f.importance(f.romashka) == QStringLiteral("B"));
        CHECK(f.importance(f.lyutik) == QStringLiteral("C"));
        REQUIRE(f.messenger.infos.size() == 1);
        CHECK(f.messenger.infos.first().contains(QStringLiteral("3 client")));
        Fixture::settle(page);
        // Again: nothing left to change.
        apply->click();
        CHECK(f.messenger.infos.last().contains(QStringLiteral("0 client")));
    }
    SECTION("Answered no: nothing written")
    {
        f.messenger.confirmAnswer = false;
        apply->click();
        CHECK(f.messenger.confirmations == 1);
        CHECK(f.importance(f.petrov).isEmpty());
        CHECK(f.messenger.infos.isEmpty());
    }
    SECTION("February alone: Петров is all the revenue")
    {
        f.period(QDate(2025, 2, 1), QDate(2025, 2, 28));
        CHECK(Fixture::firstColumn(table) == QStringList{QStringLiteral("ИП Петров")});
        CHECK(Fixture::row(table, QStringLiteral("ИП Петров")).at(3) == QStringLiteral("100.0%"));
    }
    SECTION("Double-click a client: the card")
    {
        Fixture::doubleClickRow(table, QStringLiteral("ООО Ромашка"));
        CHECK(f.shownClient() == f.romashka);
    }
    CHECK(f.messenger.errors.isEmpty());
}

TEST_CASE("Figures beside the bars stay inside a narrow chart on its background", "[ui][reports]")
{
    Fixture f;
    f.addSales();
    f.showReports(kAnna);
    f.open(ReportsSection::AbcView);
    QChart *chart = f.reports()->clientClasses()->charts().first()->chart();
    // The share and revenue of each class ("65.2% · 300,000 ₽"), and the
    // background patch under each, if shown.
    struct Figure
    {
        QRectF rect;
        bool onPatch = false;
    };
    const auto figures = [chart] {
        QList<Figure> out;
        const QList<QGraphicsItem *> items = chart->childItems();
        for (QGraphicsItem *item : items) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            if (!text || !text->text().contains(QStringLiteral(" · ")))
                continue;
            Figure figure{text->mapRectToParent(text->boundingRect())};
            for (QGraphicsItem *other : items) {
                auto *patch = dynamic_cast<QGraphicsRectItem *>(other);
                if (patch && patch->isVisible() && patch->pos() == text->pos() &&
                    patch->brush() == chart->backgroundBrush())
                    figure.onPatch = true;
            }
            out << figure;
        }
        return out;
    };
    for (const qreal width : {900.0, 240.0}) {
        INFO("chart width " << width);
        chart->resize(QSizeF(width, 320));
        QApplication::processEvents();
        const QList<Figure> shown = figures();
        REQUIRE(shown.size() == 3);
        int moved = 0;
        for (const Figure &figure : shown) {
            CHECK(figure.rect.left() >= 0);
            CHECK(figure.rect.right() <= chart->rect().right());
            moved += figure.onPatch ? 1 : 0;
        }
        // Wide, every figure fits beside its bar; narrow, A's runs back over it.
        if (width > 500)
            CHECK(moved == 0);
        else
            CHECK(moved >= 1);
    }
}

TEST_CASE("The dashboard as the home screen, when set", "[ui][reports]")
{
    Fixture f;
    LocalSettings::setStartSection(LocalSettings::StartSection::Clients);
    f.showReports(kAnna);
    f.window.reset();

    // Not set: the client list first.
    f.window = std::make_unique<MainWindow>(
        Services{f.tdb.db(), f.clients, f.interactions, f.attachments, f.audit, f.settings},
        f.messenger);
    CHECK(f.sidebar()->currentRow() == ClientsRow);
    f.window.reset();
    LocalSettings::setStartSection(LocalSettings::StartSection::Dashboard);

    // Set: a new window opens on Reports › Dashboard, and --section still wins.
    f.window = std::make_unique<MainWindow>(
        Services{f.tdb.db(), f.clients, f.interactions, f.attachments, f.audit, f.settings},
        f.messenger);
    CHECK(f.sidebar()->currentRow() == ReportsRow);
    CHECK(f.find<QListWidget>("reportListWidget")->currentRow() == ReportsSection::DashboardView);
    f.window->openSection(QStringLiteral("efficiency"));
    CHECK(f.find<QListWidget>("reportListWidget")->currentRow() == ReportsSection::EfficiencyView);
    f.window.reset();
    LocalSettings::setStartSection(LocalSettings::StartSection::Clients);
}

namespace {
// The Russian catalogue, as the program loads it.
std::unique_ptr<QTranslator> russian()
{
    auto t = std::make_unique<QTranslator>();
    REQUIRE(t->load(QStringLiteral(CLIENTELE_QM_DIR "/clientele_ru.qm")));
    return t;
}
} // namespace

// Each new page on demo data, in English and Russian, and two in a dark
// palette; run with CLIENTELE_SCREENSHOT_DIR set, then look at them.
TEST_CASE("More reports screens", "[.screens]")
{
    const QString shots = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    const QList<std::pair<ReportsSection::Report, const char *>> pages = {
        {ReportsSection::InteractionView, "interactions"},
        {ReportsSection::EfficiencyView, "efficiency"},
        {ReportsSection::ChannelView, "channels"},
        {ReportsSection::AbcView, "abc"}};
    for (const char *language : {"en", "ru"}) {
        std::unique_ptr<QTranslator> translator;
        if (QLatin1String(language) == QLatin1String("ru")) {
            translator = russian();
            QApplication::installTranslator(translator.get());
        }
        Fixture f;
        QLocale::setDefault(QLocale(
            QLatin1String(language) == QLatin1String("ru") ? QLocale::Russian : QLocale::English));
        DemoGenerator::Options o;
        o.clients = 300;
        o.deals = 600;
        REQUIRE(DemoGenerator(f.tdb.db()).generate(o));
        f.showReports(kAnna);
        f.reports()->filterBar()->setPeriod(ReportFilterBar::ThisYear);
        for (const auto &[report, name] : pages) {
            f.reports()->setReport(report);
            Fixture::settle(f.reports()->currentPage());
            QApplication::processEvents();
            REQUIRE(f.window->grab().save(
                QDir(shots).filePath(QStringLiteral("reports-%1-%2.png")
                                         .arg(QLatin1String(name), QLatin1String(language)))));
        }
        if (QLatin1String(language) == QLatin1String("en")) {
            // Dark: the charts follow the palette.
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, Qt::white);
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
            dark.setColor(QPalette::Text, Qt::white);
            dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::ButtonText, Qt::white);
            dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            const QPalette light = QApplication::palette();
            QApplication::setPalette(dark);
            for (const auto &[report, name] :
                 {std::pair{ReportsSection::FunnelView, "funnel"},
                  std::pair{ReportsSection::EfficiencyView, "efficiency"}}) {
                f.reports()->setReport(report);
                Fixture::settle(f.reports()->currentPage());
                QApplication::processEvents();
                REQUIRE(f.window->grab().save(QDir(shots).filePath(
                    QStringLiteral("reports-%1-dark.png").arg(QLatin1String(name)))));
            }
            QApplication::setPalette(light);
        }
        f.window.reset();
        if (translator)
            QApplication::removeTranslator(translator.get());
    }
}
