#include "dealsbench.h"
#include "timings.h"

#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <chrono>
#include <random>

namespace {
constexpr int kColumnPage = 50; // what a board column reads at a time
constexpr int kTablePage = 100; // what the table reads at a time
constexpr int kSamples = 60;
constexpr int kWarmUp = 5;
constexpr int kScrollPages = 200;

template <typename Work> Timings timed(Work work)
{
    return timedRuns(kWarmUp, kSamples, work);
}
} // namespace

int DealsBench::openBoard(const DealRepository &deals, const Pipeline &p, const DealFilter &filter)
{
    int cards = 0;
    DealFilter f = filter;
    f.pipelineId = p.id;
    f.status = Deal::Status::Open;
    deals.matchText(f); // as DealBoard::setFilter does
    const QList<StageTotals> totals = deals.totals(p.id, f);
    for (const Stage &s : p.stages)
        cards += int(deals.column(s.id, f, std::nullopt, kColumnPage).size());
    return cards + int(totals.size());
}

bool DealsBench::generate(const QString &path, int clients, int openDeals, quint64 seed,
                          QString *error)
{
    Database db(path);
    if (!db.open(Database::Mode::ReadWrite, error))
        return false;
    DemoGenerator::Options o;
    o.clients = clients;
    o.deals = openDeals;
    o.openDealsPercent = 100;
    o.seed = seed;
    return DemoGenerator(db).generate(o, {}, error);
}

bool DealsBench::run(const QString &path, quint64 seed, Figures *f, QString *error)
{
    Database db(path);
    const BenchClock::time_point openStart = BenchClock::now();
    if (!db.open(Database::Mode::ReadOnly, error))
        return false;
    const DealRepository deals(db);
    const QList<Pipeline> pipelines = PipelineRepository(db).pipelines();
    if (pipelines.isEmpty()) {
        *error = QStringLiteral("the base %1 has no pipeline").arg(path);
        return false;
    }
    const Pipeline p = pipelines.first();
    openBoard(deals, p, {});
    f->firstOpenMs = msSince(openStart);

    for (const StageTotals &t : deals.totals(p.id, {}))
        f->openDeals += t.count;

    std::mt19937_64 rng(seed);
    // Words people type to find a deal: of the titles and of clients' names.
    const QStringList words = {
        QStringLiteral("ноут"),  QStringLiteral("сервер"),  QStringLiteral("crm"),
        QStringLiteral("склад"), QStringLiteral("мебель"),  QStringLiteral("пилот"),
        QStringLiteral("ром"),   QStringLiteral("альфа"),   QStringLiteral("иванов"),
        QStringLiteral("smith"), QStringLiteral("обучени"), QStringLiteral("филиал")};

    f->open = timed([&](int) { openBoard(deals, p, {}); });
    f->textFilter = timed([&](int i) {
        DealFilter filter;
        filter.text = words.at(i % words.size());
        openBoard(deals, p, filter);
    });
    f->amountFilter = timed([&](int) {
        DealFilter filter;
        filter.minAmount = qint64(rng() % 1000) * 100000;
        filter.maxAmount = filter.minAmount + qint64(rng() % 2000 + 100) * 100000;
        openBoard(deals, p, filter);
    });

    // Scrolling the fullest column down, a page at a time, as fetchMore does.
    DealFilter all;
    all.pipelineId = p.id;
    StageTotals fullest;
    for (const StageTotals &t : deals.totals(p.id, all))
        if (t.count > fullest.count)
            fullest = t;
    QList<double> samples;
    std::optional<DealCardKey> after;
    for (int page = 0; page < kScrollPages; ++page) {
        const BenchClock::time_point start = BenchClock::now();
        const QList<DealCard> cards = deals.column(fullest.stageId, all, after, kColumnPage);
        samples << msSince(start);
        if (cards.size() < kColumnPage)
            break;
        after = DealCardKey{cards.last().stageEnteredAt, cards.last().id};
    }
    f->scroll = Timings::of(samples);

    const QList<DealSort> sorts = {DealSort::Created, DealSort::Amount, DealSort::Title,
                                   DealSort::Client, DealSort::Stage};
    f->table = timed([&](int i) {
        DealFilter open;
        open.pipelineId = p.id;
        open.status = Deal::Status::Open;
        const QList<qint64> ids = deals.ids(open, sorts.at(i % sorts.size()), i % 2 == 0);
        deals.rows(ids.mid(0, kTablePage));
    });
    f->sidebarCount = timed([&](int) { deals.openCount(); });
    f->peakRssMb = peakRssMb();
    return true;
}
