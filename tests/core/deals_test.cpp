// Deals through the stages of the three kinds, closing, reopening, line
// items and the board's columns.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "deals/dealrepository.h"
#include "deals/lossreasonrepository.h"
#include "deals/money.h"
#include "deals/pipelinerepository.h"
#include "demo/demogenerator.h"
#include "tasks/taskrepository.h"

#include <QFile>
#include <QSqlQuery>

namespace {
qint64 addClient(Database &db, const QString &name, const QStringList &tags = {})
{
    ClientRepository clients(db);
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    c.tags = tags;
    REQUIRE(clients.save(c));
    return c.id;
}

qint64 openTotal(Database &db, qint64 clientId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT open_deals_amount FROM clients WHERE id = ?"));
    q.addBindValue(clientId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

Pipeline defaults(Database &db)
{
    PipelineRepository pipelines(db);
    QString error;
    REQUIRE(pipelines.ensureDefaults(&error));
    const QList<Pipeline> all = pipelines.pipelines();
    REQUIRE(all.size() == 1);
    return all.first();
}
} // namespace

TEST_CASE("A new base gets the default pipeline, its stages and loss reasons once", "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    CHECK(p.name == QStringLiteral("Sales"));
    QStringList names;
    QList<int> probabilities;
    for (const Stage &s : p.stages) {
        names << s.name;
        probabilities << s.probability;
    }
    CHECK(names == QStringList{QStringLiteral("First contact"), QStringLiteral("Needs analysis"),
                               QStringLiteral("Proposal"), QStringLiteral("Negotiation"),
                               QStringLiteral("Contract"), QStringLiteral("Payment"),
                               QStringLiteral("Shipment")});
    CHECK(probabilities == QList<int>{10, 20, 40, 60, 80, 90, 95});
    CHECK(LossReasonRepository(t.db()).reasons().size() == 6);
    // Again: nothing more.
    REQUIRE(PipelineRepository(t.db()).ensureDefaults());
    CHECK(PipelineRepository(t.db()).pipelines().size() == 1);
    CHECK(LossReasonRepository(t.db()).reasons().size() == 6);
    CHECK(PipelineRepository(t.db()).findStage(p.id, QStringLiteral("negotiation"))->name ==
          QStringLiteral("Negotiation"));
}

TEST_CASE("A manual deal moves, is won, reopened and lost, with its history", "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    const qint64 client = addClient(t.db(), QStringLiteral("ООО «Ромашка»"));
    DealRepository deals(t.db(), QStringLiteral("anna"));
    Deal d;
    d.clientId = client;
    d.title = QStringLiteral("Поставка бумаги");
    d.amount = *Money::parse(QStringLiteral("150 000,50"));
    QString error;
    REQUIRE(deals.create(d, &error));
    CHECK(d.stageId == p.stages.at(0).id);
    CHECK(d.probability == 10);
    CHECK(openTotal(t.db(), client) == 15000050);

    REQUIRE(deals.move(d.id, p.stages.at(2).id, QString(), &error));
    Deal loaded = *deals.load(d.id);
    CHECK(loaded.stageName == QStringLiteral("Proposal"));
    CHECK(loaded.probability == 40);
    QList<StageStay> h = deals.history(d.id);
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).stageName == QStringLiteral("First contact"));
    CHECK_FALSE(h.at(0).leftAt.isEmpty());
    CHECK(h.at(1).stageName == QStringLiteral("Proposal"));
    CHECK(h.at(1).leftAt.isEmpty());
    CHECK(h.at(1).user == QStringLiteral("anna"));

    REQUIRE(deals.win(d.id, 14000000, &error));
    loaded = *deals.load(d.id);
    CHECK(loaded.status == Deal::Status::Won);
    CHECK(loaded.finalAmount == 14000000);
    CHECK_FALSE(loaded.closedAt.isEmpty());
    CHECK(openTotal(t.db(), client) == 0);
    CHECK_FALSE(deals.move(d.id, p.stages.at(3).id, QString(), &error));
    CHECK(error.contains(QStringLiteral("closed")));
    CHECK(deals.history(d.id).last().status == QStringLiteral("won"));

    REQUIRE(deals.reopen(d.id, &error));
    loaded = *deals.load(d.id);
    CHECK(loaded.status == Deal::Status::Open);
    CHECK(loaded.closedAt.isEmpty());
    CHECK(loaded.stageName == QStringLiteral("Proposal"));
    CHECK(deals.history(d.id).last().reason == QStringLiteral("Reopened"));
    CHECK(openTotal(t.db(), client) == 15000050);

    // Lost needs a reason from the directory.
    CHECK_FALSE(deals.lose(d.id, 0, QString(), &error));
    CHECK(error.contains(QStringLiteral("loss reason")));
    const qint64 price = LossReasonRepository(t.db()).find(QStringLiteral("price"));
    REQUIRE(price != 0);
    REQUIRE(deals.lose(d.id, price, QStringLiteral("дороже на 10 %"), &error));
    loaded = *deals.load(d.id);
    CHECK(loaded.status == Deal::Status::Lost);
    CHECK(loaded.lossReason == QStringLiteral("Price"));
    CHECK(loaded.lossComment == QStringLiteral("дороже на 10 %"));
    CHECK(deals.history(d.id).last().reason == QStringLiteral("Price: дороже на 10 %"));
    h = deals.history(d.id);
    CHECK(h.size() == 5);
    for (int i = 0; i + 1 < h.size(); ++i)
        CHECK_FALSE(h.at(i).leftAt.isEmpty());
}

TEST_CASE("A process deal creates its stage's tasks and moves on when the required are done",
          "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    PipelineRepository pipelines(t.db());
    QList<RouteStep> first = {{0, 0, QStringLiteral("Позвонить клиенту"), 1, true},
                              {0, 0, QStringLiteral("Отправить каталог"), 3, false}};
    REQUIRE(pipelines.setRouteSteps(p.stages.at(0).id, first));
    QList<RouteStep> second = {{0, 0, QStringLiteral("Выявить потребности"), 2, true}};
    REQUIRE(pipelines.setRouteSteps(p.stages.at(1).id, second));

    DealRepository deals(t.db());
    Deal d;
    d.clientId = addClient(t.db(), QStringLiteral("Nordwind GmbH"));
    d.title = QStringLiteral("Pilot");
    d.kind = Deal::Kind::Process;
    d.responsible = QStringLiteral("Иван");
    QString error;
    REQUIRE(deals.create(d, &error));
    TaskRepository tasks(t.db());
    QList<Task> list = tasks.forDeal(d.id);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).title == QStringLiteral("Позвонить клиенту"));
    CHECK(list.at(0).required);
    CHECK(list.at(0).executor == QStringLiteral("Иван"));
    const QDateTime created = QDateTime::fromString(d.createdAt, Qt::ISODate);
    CHECK(QDateTime::fromString(list.at(0).dueAt, Qt::ISODate) == created.addDays(1));
    CHECK(QDateTime::fromString(list.at(1).dueAt, Qt::ISODate) == created.addDays(3));

    // By hand only with a reason while a required task is open.
    CHECK(deals.blockingTasks(d.id) == QStringList{QStringLiteral("Позвонить клиенту")});
    CHECK_FALSE(deals.move(d.id, p.stages.at(1).id, QString(), &error));
    CHECK(error.contains(QStringLiteral("Позвонить клиенту")));

    // Done: the deal moves on by itself; the optional task of the stage left is cancelled.
    REQUIRE(deals.completeTask(list.at(0).id, &error));
    Deal loaded = *deals.load(d.id);
    CHECK(loaded.stageName == QStringLiteral("Needs analysis"));
    list = tasks.forDeal(d.id);
    REQUIRE(list.size() == 3);
    QStringList states;
    for (const Task &task : list)
        states << task.title + QLatin1Char('=') + task.status;
    states.sort();
    CHECK(states == QStringList{QStringLiteral("Выявить потребности=open"),
                                QStringLiteral("Отправить каталог=cancelled"),
                                QStringLiteral("Позвонить клиенту=done")});

    // With a reason it moves, and the reason is in the history.
    REQUIRE(deals.move(d.id, p.stages.at(3).id, QStringLiteral("клиент торопится"), &error));
    CHECK(deals.history(d.id).last().reason == QStringLiteral("клиент торопится"));
    CHECK(deals.load(d.id)->stageName == QStringLiteral("Negotiation"));
}

TEST_CASE("A simple deal records only its start and its end", "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    DealRepository deals(t.db());
    Deal d;
    d.clientId = addClient(t.db(), QStringLiteral("Horizon Ltd"));
    d.title = QStringLiteral("Quick sale");
    d.kind = Deal::Kind::Simple;
    QString error;
    REQUIRE(deals.create(d, &error));
    REQUIRE(deals.move(d.id, p.stages.at(2).id, QString(), &error));
    REQUIRE(deals.move(d.id, p.stages.at(4).id, QString(), &error));
    CHECK(deals.history(d.id).size() == 1);
    REQUIRE(deals.win(d.id, std::nullopt, &error));
    const QList<StageStay> h = deals.history(d.id);
    REQUIRE(h.size() == 2);
    CHECK(h.at(0).status == QStringLiteral("open"));
    CHECK_FALSE(h.at(0).leftAt.isEmpty());
    CHECK(h.at(1).status == QStringLiteral("won"));
}

TEST_CASE("Line items: totals, discount and VAT inside the price, money text", "[deals]")
{
    DealItem paper{0,
                   0,
                   QStringLiteral("Бумага А4"),
                   QStringLiteral("P-A4"),
                   QStringLiteral("пач."),
                   2500,
                   35050,
                   550,
                   20};
    // 2.5 × 350.50 = 876.25, less 5.5 % = 828.06 (828.05625 rounded).
    CHECK(paper.total() == 82806);
    // VAT inside: 828.06 × 20 / 120 = 138.01.
    CHECK(paper.vat() == 13801);
    DealItem service{0, 0, QStringLiteral("Доставка"), {}, {}, 1000, 50000, 0, -1};
    CHECK(service.vat() == 0);

    CHECK(Money::parse(QStringLiteral("1234.50")) == 123450);
    CHECK(Money::parse(QStringLiteral("1 234,5")) == 123450);
    CHECK(Money::parse(QStringLiteral("1\u00a0234")) == 123400);
    CHECK(Money::parse(QStringLiteral("-5")) == -500);
    CHECK_FALSE(Money::parse(QStringLiteral("12.345")));
    CHECK_FALSE(Money::parse(QStringLiteral("abc")));
    CHECK(Money::toPlain(123450) == QStringLiteral("1234.50"));
    CHECK(Money::toPlain(-5) == QStringLiteral("-0.05"));
    CHECK(Money::format(123456789, QStringLiteral("RUB"), QLocale(QLocale::Russian)) ==
          QStringLiteral("1\u00a0234\u00a0567,89 ₽"));

    TestDatabase t;
    defaults(t.db());
    DealRepository deals(t.db());
    Deal d;
    d.clientId = addClient(t.db(), QStringLiteral("Ромашка"));
    d.title = QStringLiteral("Бумага");
    d.items = {paper, service};
    QString error;
    REQUIRE(deals.create(d, &error));
    const Deal loaded = *deals.load(d.id);
    REQUIRE(loaded.items.size() == 2);
    CHECK(loaded.items.at(0).name == QStringLiteral("Бумага А4"));
    CHECK(loaded.items.at(0).discount == 550);
    CHECK(loaded.items.at(1).vatPercent == -1);
    CHECK(loaded.itemsTotal() == 82806 + 50000);

    Deal bad = loaded;
    bad.items[0].quantity = 0;
    CHECK_FALSE(deals.update(bad, &error));
    CHECK(error.contains(QStringLiteral("Бумага А4")));
}

TEST_CASE("Board columns page by time in the stage and sum what the filter keeps", "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    const qint64 vip = addClient(t.db(), QStringLiteral("ООО «Ёлка»"), {QStringLiteral("VIP")});
    const qint64 other = addClient(t.db(), QStringLiteral("Nordwind GmbH"));
    DealRepository deals(t.db());
    QString error;
    for (int i = 0; i < 25; ++i) {
        Deal d;
        d.clientId = i % 5 == 0 ? vip : other;
        d.title = i % 5 == 0 ? QStringLiteral("Поставка ЁЛОК %1").arg(i)
                             : QStringLiteral("Service %1").arg(i);
        d.amount = (i + 1) * 10000;
        d.stageId = p.stages.at(i % 2).id;
        d.source = i % 3 == 0 ? QStringLiteral("Выставка") : QString();
        REQUIRE(deals.create(d, &error));
    }
    // Paging through the first column: 13 deals in pages of 5, no repeats.
    QList<qint64> seen;
    std::optional<DealCardKey> after;
    for (;;) {
        const QList<DealCard> page = deals.column(p.stages.at(0).id, {}, after, 5);
        for (const DealCard &c : page)
            seen << c.id;
        if (page.size() < 5)
            break;
        after = DealCardKey{page.last().stageEnteredAt, page.last().id};
    }
    CHECK(seen.size() == 13);
    CHECK(QSet<qint64>(seen.begin(), seen.end()).size() == 13);

    const QList<StageTotals> all = deals.totals(p.id, {});
    REQUIRE(all.size() == 2);
    qint64 sum = 0;
    int count = 0;
    for (const StageTotals &s : all) {
        sum += s.sum;
        count += s.count;
        if (s.stageId == p.stages.at(1).id)
            CHECK(s.weighted == s.sum * 20 / 100);
    }
    CHECK(count == 25);
    CHECK(sum == 10000 * 25 * 26 / 2);

    // Cyrillic in another case, ё typed as е; a tag; an amount range; a source.
    DealFilter f;
    f.text = QStringLiteral("елок");
    CHECK(deals.ids(f).size() == 5);
    f = {};
    f.clientTag = QStringLiteral("VIP");
    CHECK(deals.ids(f).size() == 5);
    f = {};
    f.text = QStringLiteral("ёлка"); // the client's name
    CHECK(deals.ids(f).size() == 5);
    f = {};
    f.minAmount = 100000;
    f.maxAmount = 150000;
    CHECK(deals.ids(f).size() == 6);
    f = {};
    f.source = QStringLiteral("Выставка");
    int fromShow = 0;
    for (const StageTotals &s : deals.totals(p.id, f))
        fromShow += s.count;
    CHECK(fromShow == 9);
    // Sorted by amount, highest first.
    const QList<Deal> top = deals.rows(deals.ids({}, DealSort::Amount, true, 3));
    REQUIRE(top.size() == 3);
    CHECK(top.at(0).amount == 250000);
    CHECK(top.at(2).amount == 230000);
}

TEST_CASE("The client list sorts and pages by the total of open deals", "[deals][paging]")
{
    TestDatabase t;
    defaults(t.db());
    ClientRepository clients(t.db());
    DealRepository deals(t.db());
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << addClient(t.db(), QStringLiteral("Клиент %1").arg(i));
    // Totals 0, 1000, 2000 ... with ties at 3000: the id breaks them.
    for (int i = 1; i < 12; ++i) {
        Deal d;
        d.clientId = ids.at(i);
        d.title = QStringLiteral("Сделка");
        d.amount = std::min(i, 3) * 100000;
        REQUIRE(deals.create(d));
    }
    // A closed deal does not count.
    Deal won;
    won.clientId = ids.at(0);
    won.title = QStringLiteral("Закрытая");
    won.amount = 99900000;
    REQUIRE(deals.create(won));
    REQUIRE(deals.win(won.id));

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        ClientListQuery q;
        q.sort = ClientListQuery::SortColumn::OpenDeals;
        q.order = order;
        QList<qint64> walked;
        QList<qint64> amounts;
        std::optional<ClientSortKey> from;
        for (int guard = 0; guard < 20; ++guard) {
            const QList<ClientListRow> page = clients.page(q, from, false, 0, 5);
            if (page.isEmpty())
                break;
            for (const ClientListRow &r : page) {
                walked << r.id;
                amounts << r.openDealsAmount;
            }
            from = ClientSortKey{page.last().sortValue, page.last().id};
        }
        QList<qint64> want = ids;
        if (order == Qt::DescendingOrder)
            std::reverse(want.begin(), want.end());
        CHECK(walked == want);
        CHECK(amounts.first() == (order == Qt::AscendingOrder ? 0 : 300000));
    }

    QSqlQuery plan(t.db().connection());
    REQUIRE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM clients c WHERE c.archived = 0 AND "
        "(c.open_deals_amount, c.id) > (0, 0) ORDER BY c.open_deals_amount, c.id LIMIT 5")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(steps.contains(QStringLiteral("clients_by_open_deals")));
    CHECK_FALSE(steps.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Demo deals: open ones in every stage, half with a next step, totals kept",
          "[deals][demo]")
{
    TestDatabase t;
    DemoGenerator::Options o;
    o.clients = 40;
    o.deals = 300;
    o.openDealsPercent = 100;
    o.seed = 3;
    REQUIRE(DemoGenerator(t.db()).generate(o));

    const Pipeline p = PipelineRepository(t.db()).pipelines().first();
    DealRepository deals(t.db());
    int open = 0;
    for (const StageTotals &s : deals.totals(p.id, {})) {
        open += s.count;
        CHECK(s.count > 0);
    }
    CHECK(open == 300);
    CHECK(deals.totals(p.id, {}).size() == p.stages.size());
    CHECK(deals.responsibles().size() == 3);
    // A deal came the way its client did: the clients' ten sources.
    CHECK(deals.sources().size() == 10);

    // Cards show a next step for about half, some of them overdue.
    int withTask = 0;
    int overdue = 0;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Stage &s : p.stages)
        for (const DealCard &c : deals.column(s.id, {}, std::nullopt, 1000)) {
            if (c.nextTaskTitle.isEmpty())
                continue;
            ++withTask;
            overdue += c.nextTaskDue < now ? 1 : 0;
        }
    CHECK(withTask > 100);
    CHECK(withTask < 200);
    CHECK(overdue > 10);

    // The clients' open totals were kept by the triggers, and nothing of the
    // bulk load is in the audit log.
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM clients c WHERE open_deals_amount <> (SELECT COALESCE(SUM(amount), "
        "0) FROM deals WHERE client_id = c.id AND status = 'open')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'deals'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("A file attached to a deal is the deal's and its client's", "[deals][attachments]")
{
    TestDatabase t;
    defaults(t.db());
    const qint64 client = addClient(t.db(), QStringLiteral("ООО «Файл»"));
    DealRepository deals(t.db());
    Deal d;
    d.clientId = client;
    d.title = QStringLiteral("Договор поставки");
    REQUIRE(deals.create(d));
    QFile file(t.dir() + QStringLiteral("/смета.txt"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("итого 1000");
    file.close();

    AttachmentRepository files(t.db());
    Attachment added;
    QString error;
    REQUIRE(files.addDealFile(client, d.id, file.fileName(), &added, &error));
    CHECK(added.dealId == d.id);
    REQUIRE(files.forDeal(d.id).size() == 1);
    CHECK(files.forDeal(d.id).first().name == QStringLiteral("смета.txt"));
    CHECK(files.forClient(client).size() == 1);
    CHECK(files.data(added.id) == QByteArray("итого 1000"));
    CHECK_FALSE(
        files.addDealFile(client, d.id, t.dir() + QStringLiteral("/нет.txt"), nullptr, &error));
    CHECK(error.contains(QStringLiteral("нет.txt")));
}

TEST_CASE("The board's shortcuts give the same cards: words matched once, amounts walked or "
          "sorted, the open count",
          "[deals]")
{
    TestDatabase t;
    const Pipeline p = defaults(t.db());
    const qint64 elka = addClient(t.db(), QStringLiteral("ООО «Ёлка»"));
    const qint64 other = addClient(t.db(), QStringLiteral("Nordwind GmbH"));
    DealRepository deals(t.db());
    for (int i = 0; i < 120; ++i) {
        Deal d;
        d.clientId = i % 7 == 0 ? elka : other;
        d.title = i % 11 == 0 ? QStringLiteral("Поставка ёлок %1").arg(i)
                              : QStringLiteral("Service %1").arg(i);
        d.amount = (i * 37 % 100 + 1) * 100000;
        d.stageId = p.stages.at(i % 3).id;
        REQUIRE(deals.create(d));
    }
    Deal won;
    won.clientId = elka;
    won.title = QStringLiteral("Ёлки закрытые");
    REQUIRE(deals.create(won));
    REQUIRE(deals.win(won.id));
    CHECK(deals.openCount() == 120);

    auto cards = [&](const DealFilter &f) {
        QList<qint64> out;
        for (const Stage &s : p.stages)
            for (const DealCard &c : deals.column(s.id, f, std::nullopt, 1000))
                out << c.id;
        return out;
    };
    auto counts = [&](const DealFilter &f) {
        QList<int> out;
        for (const StageTotals &s : deals.totals(p.id, f))
            out << s.count;
        return out;
    };

    DealFilter text;
    text.pipelineId = p.id;
    text.status = Deal::Status::Open;
    text.text = QStringLiteral("елк"); // the client's name and the titles, ё typed as е
    const QList<qint64> byWords = cards(text);
    const QList<int> countsByWords = counts(text);
    REQUIRE_FALSE(byWords.isEmpty());
    DealFilter matched = text;
    REQUIRE(deals.matchText(matched));
    REQUIRE(matched.matched);
    CHECK(matched.matched->size() == byWords.size());
    CHECK(cards(matched) == byWords);
    CHECK(counts(matched) == countsByWords);
    // Too many matches: left to the columns, which find theirs at once.
    DealFilter dense = text;
    CHECK_FALSE(deals.matchText(dense, 5));
    CHECK_FALSE(dense.matched);
    CHECK(cards(dense) == byWords);

    // Narrow and wide ranges, sorted or walked: what the range holds, in stage order.
    for (const auto &[from, to] : QList<QPair<qint64, qint64>>{
             {500000, 700000}, {100000, 9000000}, {-1, 300000}, {9500000, -1}}) {
        DealFilter range;
        range.pipelineId = p.id;
        range.minAmount = from;
        range.maxAmount = to;
        QList<qint64> want;
        for (const Stage &s : p.stages)
            for (const DealCard &c : deals.column(s.id, {}, std::nullopt, 1000))
                if ((from < 0 || c.amount >= from) && (to < 0 || c.amount <= to))
                    want << c.id;
        INFO("range " << from << ".." << to);
        CHECK(cards(range) == want);
        // And page by page.
        QList<qint64> paged;
        for (const Stage &s : p.stages) {
            std::optional<DealCardKey> after;
            for (;;) {
                const QList<DealCard> page = deals.column(s.id, range, after, 4);
                for (const DealCard &c : page)
                    paged << c.id;
                if (page.size() < 4)
                    break;
                after = DealCardKey{page.last().stageEnteredAt, page.last().id};
            }
        }
        CHECK(paged == want);
    }
}
