// clientele-bench: the figures of DESIGN.md section 6 for the client list and
// search, measured through the core and against plain SQLite on the same file;
// the import and the deals board as cases of their own.

#include "calendarbench.h"
#include "dealsbench.h"
#include "demoprogress.h"
#include "floorbench.h"
#include "importbench.h"
#include "largebench.h"
#include "mailingbench.h"
#include "reportsbench.h"
#include "timings.h"

#include "clients/clientlistquery.h"
#include "clients/clientrepository.h"
#include "clients/searchindex.h"
#include "db/database.h"
#include "demo/demogenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <random>

namespace {
constexpr int kPageRows = 100;   // what the list fetches at a time
constexpr int kSearchLimit = 50; // what the search box shows
constexpr int kSamples = 200;
constexpr int kWarmUp = 10; // unmeasured queries before each timed run

struct Figures
{
    double firstPageMs = 0;
    Timings search;
    Timings page;
};

// The list and search case, ours and the floor's, with what the table prints.
struct ListRun
{
    int clients = 0;
    int latinPrefixes = 0;
    Figures ours;
    Figures floor;
    double rssMb = 0;
    QStringList prefixes;
    QList<double> ourSearchMs;
    QList<double> floorSearchMs;
};

struct PagePosition
{
    QString key; // name_key of the client the page starts after
    qint64 id = 0;
};

// Legal forms are part of many names but nobody types them to find a client.
bool isLegalForm(const QString &word)
{
    static const QStringList forms = {
        QStringLiteral("ООО"), QStringLiteral("АО"),  QStringLiteral("ИП"),   QStringLiteral("ПАО"),
        QStringLiteral("ЗАО"), QStringLiteral("Ltd"), QStringLiteral("GmbH"), QStringLiteral("Inc"),
        QStringLiteral("LLC"), QStringLiteral("AG"),  QStringLiteral("SA"),   QStringLiteral("BV"),
        QStringLiteral("Oy")};
    return forms.contains(word);
}

QStringList lettersOnlyWords(const QString &name)
{
    QStringList words;
    QString word;
    for (QChar c : name) {
        if (c.isLetter()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// What a person types into the search box: the first 1 to 6 letters of a
// word of a real client's name; about a third Latin, the rest Cyrillic.
QStringList samplePrefixes(const ClientRepository &repo, qint64 minId, qint64 maxId, int count,
                           std::mt19937_64 &rng)
{
    const int latinWanted = count / 3;
    QStringList latin, cyrillic;
    std::uniform_int_distribution<qint64> anyId(minId, maxId);
    for (int attempt = 0; attempt < 200 * count; ++attempt) {
        if (latin.size() >= latinWanted && cyrillic.size() >= count - latinWanted)
            break;
        const QList<ClientListRow> rows = repo.rows({anyId(rng)});
        if (rows.isEmpty())
            continue; // a gap in the ids
        QStringList words = lettersOnlyWords(rows.first().name);
        words.removeIf(isLegalForm);
        if (words.isEmpty())
            continue;
        const QString word = words.at(int(rng() % quint64(words.size())));
        const QString prefix = word.left(1 + int(rng() % 6));
        const bool isLatin = word.at(0).script() == QChar::Script_Latin;
        QStringList &bucket = isLatin ? latin : cyrillic;
        if (bucket.size() < (isLatin ? latinWanted : count - latinWanted))
            bucket << prefix;
    }
    // A base without Latin names still gets its full count of prefixes.
    QStringList all = latin + cyrillic;
    std::shuffle(all.begin(), all.end(), rng);
    return all;
}

QList<PagePosition> samplePositions(const ClientRepository &repo, qint64 minId, qint64 maxId,
                                    int count, std::mt19937_64 &rng)
{
    QList<PagePosition> out;
    std::uniform_int_distribution<qint64> anyId(minId, maxId);
    for (int attempt = 0; attempt < 100 * count && out.size() < count; ++attempt) {
        const QList<ClientListRow> rows = repo.rows({anyId(rng)});
        if (!rows.isEmpty())
            out.append({SearchIndex::nameKey(rows.first().name), rows.first().id});
    }
    return out;
}

// Runs in a child process so that the generator's big page cache does not
// count in the peak memory of the measured run.
int generate(const QString &path, int clients, quint64 seed)
{
    QTextStream err(stderr);
    Database db(path);
    QString error;
    if (!db.open(Database::Mode::ReadWrite, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    DemoGenerator::Options options;
    options.clients = clients;
    options.seed = seed;
    if (!DemoGenerator(db).generate(options, demoProgress(err), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    return 0;
}

QString ratio(double ours, double floor)
{
    return floor > 0 ? QString::number(ours / floor, 'f', 1) + QLatin1Char('x')
                     : QStringLiteral("-");
}

QString ms(double value)
{
    return QString::number(value, 'f', 3);
}

QString timingsJson(const Timings &t)
{
    return QStringLiteral("{\"p50\": %1, \"p95\": %2, \"max\": %3}")
        .arg(ms(t.p50), ms(t.p95), ms(t.max));
}

void printJson(QTextStream &out, int clients, const Figures &ours, const Figures &floor,
               double rssMb)
{
    out << QStringLiteral("{\"clients\": %1, \"first_page_ms\": %2, \"search_ms\": %3, "
                          "\"page_ms\": %4, \"peak_rss_mb\": %5, \"floor\": "
                          "{\"first_page_ms\": %6, \"search_ms\": %7, \"page_ms\": %8}}")
               .arg(QString::number(clients), ms(ours.firstPageMs), timingsJson(ours.search),
                    timingsJson(ours.page), QString::number(rssMb, 'f', 1), ms(floor.firstPageMs),
                    timingsJson(floor.search), timingsJson(floor.page))
        << Qt::endl;
}

void printTable(QTextStream &out, const QString &path, int clients, int latinPrefixes,
                const Figures &ours, const Figures &floor, double rssMb)
{
    out << "clientele-bench: " << clients << " clients in " << path << Qt::endl;
    out << "search: " << kSamples << " prefixes (" << latinPrefixes << " Latin), limit "
        << kSearchLimit << "; page: " << kSamples << " random positions, " << kPageRows << " rows; "
        << kWarmUp << " warm-up queries before each" << Qt::endl
        << Qt::endl;
    const auto row = [&](const QString &what, double a, double b) {
        out << what.leftJustified(20) << ms(a).rightJustified(12) << ms(b).rightJustified(12)
            << ratio(a, b).rightJustified(12) << Qt::endl;
    };
    out << QString().leftJustified(20) << QStringLiteral("ours, ms").rightJustified(12)
        << QStringLiteral("floor, ms").rightJustified(12)
        << QStringLiteral("ours/floor").rightJustified(12) << Qt::endl;
    row(QStringLiteral("first page"), ours.firstPageMs, floor.firstPageMs);
    row(QStringLiteral("search p50"), ours.search.p50, floor.search.p50);
    row(QStringLiteral("search p95"), ours.search.p95, floor.search.p95);
    row(QStringLiteral("search max"), ours.search.max, floor.search.max);
    row(QStringLiteral("page p50"), ours.page.p50, floor.page.p50);
    row(QStringLiteral("page p95"), ours.page.p95, floor.page.p95);
    row(QStringLiteral("page max"), ours.page.max, floor.page.max);
    out << QStringLiteral("peak RSS, MB").leftJustified(20)
        << QString::number(rssMb, 'f', 1).rightJustified(12) << Qt::endl;
}

// The searches that set p95 and max, to see which prefixes hurt.
void printSlowest(QTextStream &out, const QStringList &prefixes, const QList<double> &oursMs,
                  const QList<double> &floorMs)
{
    QList<int> order;
    for (int i = kWarmUp; i < prefixes.size(); ++i)
        order << i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return oursMs.at(a) > oursMs.at(b); });
    out << Qt::endl << "slowest searches (ours / floor, ms):" << Qt::endl;
    for (int i : order.mid(0, 8))
        out << "  "
            << QString(QLatin1Char('"') + prefixes.at(i) + QLatin1Char('"')).leftJustified(10)
            << ms(oursMs.at(i)).rightJustified(10) << ms(floorMs.at(i)).rightJustified(10)
            << Qt::endl;
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "clientele-bench: " << message << Qt::endl;
    return code;
}

// The import case: a generated CSV of `rows` rows through ClientImporter,
// beside sqlite3's .import of the same file plus an FTS5 rebuild, and beside
// the same rows copied by SQL alone into our schema. Repeated, each run times
// all three in turn, and the run of the median ratio is shown: this machine's
// speed wanders by 10-15 % within minutes.
int runImport(int rows, quint64 seed, const QString &keepCsv, int repeat, bool json)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));
    const QString csv = keepCsv.isEmpty() ? dir.filePath(QStringLiteral("import.csv")) : keepCsv;
    QString error;
    if (!ImportBench::writeCsv(csv, rows, seed, &error))
        return fail(error);
    auto floorOf = [](const ImportBench::Figures &f) { return f.floorImportMs + f.floorFtsMs; };
    QList<ImportBench::Figures> runs;
    for (int i = 0; i < repeat; ++i) {
        // A run's three bases take about 2.5 GB at 1M rows: each goes before the next.
        QDir folder(dir.filePath(QStringLiteral("run%1").arg(i + 1)));
        if (!folder.mkpath(QStringLiteral(".")))
            return fail(QStringLiteral("cannot create %1").arg(folder.path()));
        ImportBench::Figures f;
        if (!ImportBench::run(csv, folder.path(), &f, &error))
            return fail(error);
        folder.removeRecursively();
        runs << f;
    }
    QList<ImportBench::Figures> byRatio = runs;
    std::sort(byRatio.begin(), byRatio.end(), [&](const auto &a, const auto &b) {
        return a.oursMs / floorOf(a) < b.oursMs / floorOf(b);
    });
    const ImportBench::Figures &f = byRatio.at(byRatio.size() / 2);
    const double floorMs = floorOf(f);
    QStringList ratios;
    for (const ImportBench::Figures &r : std::as_const(runs))
        ratios << QString::number(r.oursMs / floorOf(r), 'f', 2);
    QTextStream out(stdout);
    if (json) {
        out << QStringLiteral("{\"import_rows\": %1, \"csv_mb\": %2, \"ours_ms\": %3, "
                              "\"rows_per_s\": %4, \"peak_rss_mb\": %5, \"created\": %6, "
                              "\"merged\": %7, \"unchanged\": %8, \"skipped\": %9, "
                              "\"floor\": {\"import_ms\": %10, \"fts_rebuild_ms\": %11}, "
                              "\"schema_floor_ms\": %12, \"ratios\": [%13]}")
                   .arg(QString::number(rows), QString::number(double(f.bytes) / 1e6, 'f', 1),
                        ms(f.oursMs), QString::number(rows / (f.oursMs / 1000), 'f', 0),
                        QString::number(f.peakRssMb, 'f', 1), QString::number(f.created),
                        QString::number(f.merged), QString::number(f.unchanged),
                        QString::number(f.skipped))
                   .arg(ms(f.floorImportMs), ms(f.floorFtsMs), ms(f.schemaFloorMs),
                        ratios.join(QStringLiteral(", ")))
            << Qt::endl;
        return 0;
    }
    out << "clientele-bench: import of " << rows << " CSV rows ("
        << QString::number(double(f.bytes) / 1e6, 'f', 1) << " MB), seed " << seed << Qt::endl;
    out << "report: " << f.created << " created, " << f.merged << " merged, " << f.unchanged
        << " unchanged, " << f.skipped << " skipped" << Qt::endl;
    if (repeat > 1) {
        out << "ours/floor of the " << repeat
            << " runs, in turn: " << ratios.join(QStringLiteral("x, "))
            << "x; below, the run of the median" << Qt::endl;
        for (int i = 0; i < runs.size(); ++i)
            out << "  run " << i + 1 << ": ours " << ms(runs.at(i).oursMs) << " ms, floor "
                << ms(floorOf(runs.at(i))) << " ms, schema floor " << ms(runs.at(i).schemaFloorMs)
                << " ms" << Qt::endl;
    }
    out << Qt::endl;
    out << QString().leftJustified(28) << QStringLiteral("ms").rightJustified(12)
        << QStringLiteral("rows/s").rightJustified(12) << Qt::endl;
    const auto row = [&](const QString &what, double value) {
        out << what.leftJustified(28) << ms(value).rightJustified(12)
            << QString::number(rows / (value / 1000), 'f', 0).rightJustified(12) << Qt::endl;
    };
    row(QStringLiteral("ours: ClientImporter"), f.oursMs);
    row(QStringLiteral("floor: sqlite3 .import"), f.floorImportMs);
    row(QStringLiteral("floor: FTS5 rebuild"), f.floorFtsMs);
    row(QStringLiteral("floor: both"), floorMs);
    row(QStringLiteral("schema floor: SQL alone"), f.schemaFloorMs);
    out << QStringLiteral("ours/floor").leftJustified(28)
        << ratio(f.oursMs, floorMs).rightJustified(12) << Qt::endl;
    out << QStringLiteral("schema floor/floor").leftJustified(28)
        << ratio(f.schemaFloorMs, floorMs).rightJustified(12) << Qt::endl;
    out << QStringLiteral("ours/schema floor").leftJustified(28)
        << ratio(f.oursMs, f.schemaFloorMs).rightJustified(12) << Qt::endl;
    out << QStringLiteral("peak RSS, MB").leftJustified(28)
        << QString::number(f.peakRssMb, 'f', 1).rightJustified(12) << Qt::endl;
    return 0;
}

// The calendar case: N events in a month, the month read and painted.
int runCalendar(int events, quint64 seed)
{
    CalendarBench::Figures f;
    QString error;
    if (!CalendarBench::run(events, seed, &f, &error))
        return fail(error);
    QTextStream out(stdout);
    out << "clientele-bench: " << f.events << " events in June 2030 (one in twenty a series), "
        << f.items << " items in the month view's six weeks" << Qt::endl;
    auto line = [&out](const char *what, double msValue) {
        out << QString::fromLatin1(what).leftJustified(44)
            << QString::number(msValue, 'f', 1).rightJustified(10) << Qt::endl;
    };
    line("write the events, one transaction, ms", f.writeMs);
    line("CalendarRepository, six weeks, p50 ms", f.queryMs);
    line("MonthView::reload (read and place), p50 ms", f.reloadMs);
    line("MonthView painted into a QImage, p50 ms", f.paintMs);
    line("MonthView painted, slowest, ms", f.maxPaintMs);
    line("read, place and paint, p50 ms", f.reloadMs + f.paintMs);
    line("peak RSS, MB", f.peakRssMb);
    return 0;
}

// The mailing case: N recipients, each sent one letter.
int runMailing(int recipients, quint64 seed)
{
    MailingBench::Figures f;
    QString error;
    if (!MailingBench::run(recipients, seed, &f, &error))
        return fail(error);
    QTextStream out(stdout);
    out << "clientele-bench: a mailing to " << f.recipients << " recipients among " << f.clients
        << " demo clients" << Qt::endl;
    auto line = [&out](const char *what, double msValue) {
        out << QString::fromLatin1(what).leftJustified(40)
            << QString::number(msValue, 'f', 1).rightJustified(10) << Qt::endl;
    };
    line("audience query, ms", f.audienceMs);
    line("fill the template for all, ms", f.renderMs);
    line("fill and queue the mailing, ms", f.queueMs);
    line("send to loopback SMTP, ms", f.sendMs);
    out << QStringLiteral("sent / received by the server").leftJustified(40)
        << QStringLiteral("%1 / %2").arg(f.sent).arg(f.received).rightJustified(10) << Qt::endl;
    line("messages a second", f.sendMs > 0 ? f.sent * 1000.0 / f.sendMs : 0);
    line("peak RSS, MB", f.peakRssMb);
    return 0;
}

// The reports case: every report over a period of the base at `path`.
int runReports(const QString &path, int months)
{
    ReportsBench::Figures f;
    QString error;
    if (!ReportsBench::run(path, months, &f, &error))
        return fail(error);
    QTextStream out(stdout);
    out << "clientele-bench: the reports over "
        << (months > 0 ? QStringLiteral("the last %1 months").arg(months)
                       : QStringLiteral("this month so far"))
        << " of " << path << " (" << f.clients << " clients, " << f.deals << " deals, "
        << f.interactions << " interactions)" << Qt::endl
        << Qt::endl
        << QString().leftJustified(20) << QStringLiteral("ours p50").rightJustified(10)
        << QStringLiteral("p95").rightJustified(10)
        << QStringLiteral("floor p50").rightJustified(11)
        << QStringLiteral("ratio").rightJustified(8) << Qt::endl;
    for (const ReportsBench::Row &r : f.rows)
        out << r.name.leftJustified(20) << ms(r.ours.p50).rightJustified(10)
            << ms(r.ours.p95).rightJustified(10) << ms(r.floor.p50).rightJustified(11)
            << ratio(r.ours.p50, r.floor.p50).rightJustified(8) << Qt::endl;
    out << QStringLiteral("peak RSS, MB").leftJustified(20)
        << QString::number(f.peakRssMb, 'f', 1).rightJustified(10) << Qt::endl;
    return 0;
}

// The board case: a base of `clients` clients and `openDeals` open deals
// (written by a child process), or the deals of `existing`, timed through
// DealRepository as the Deals section calls it.
int runDeals(int openDeals, int clients, quint64 seed, const QString &existing, bool json)
{
    std::optional<QTemporaryDir> dir;
    QString path = existing;
    DealsBench::Figures f;
    if (path.isEmpty()) {
        dir.emplace();
        if (!dir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        path = dir->filePath(QStringLiteral("deals.sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const BenchClock::time_point start = BenchClock::now();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-deals"), path, QStringLiteral("--deals"),
                     QString::number(openDeals), QStringLiteral("--clients"),
                     QString::number(clients), QStringLiteral("--seed"), QString::number(seed)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0)
            return fail(QStringLiteral("generating the deals base failed"));
        f.generateMs = msSince(start);
        f.clients = clients;
    }
    QString error;
    if (!DealsBench::run(path, seed, &f, &error))
        return fail(error);
    QTextStream out(stdout);
    if (json) {
        out << QStringLiteral("{\"open_deals\": %1, \"first_open_ms\": %2, \"open_ms\": %3, "
                              "\"text_filter_ms\": %4, \"amount_filter_ms\": %5, "
                              "\"scroll_page_ms\": %6, \"table_ms\": %7, "
                              "\"sidebar_count_ms\": %8, \"peak_rss_mb\": %9}")
                   .arg(QString::number(f.openDeals), ms(f.firstOpenMs), timingsJson(f.open),
                        timingsJson(f.textFilter), timingsJson(f.amountFilter),
                        timingsJson(f.scroll), timingsJson(f.table), timingsJson(f.sidebarCount),
                        QString::number(f.peakRssMb, 'f', 1))
            << Qt::endl;
        return 0;
    }
    out << "clientele-bench: the board with " << f.openDeals << " open deals in " << path
        << Qt::endl;
    if (f.generateMs > 0)
        out << "base written in " << QString::number(f.generateMs / 1000, 'f', 1) << " s ("
            << f.clients << " clients)" << Qt::endl;
    out << Qt::endl
        << QString().leftJustified(34) << QStringLiteral("p50").rightJustified(10)
        << QStringLiteral("p95").rightJustified(10) << QStringLiteral("max").rightJustified(10)
        << Qt::endl;
    const auto row = [&](const QString &what, const Timings &t) {
        out << what.leftJustified(34) << ms(t.p50).rightJustified(10)
            << ms(t.p95).rightJustified(10) << ms(t.max).rightJustified(10) << Qt::endl;
    };
    row(QStringLiteral("open the board (totals + 7 x 50)"), f.open);
    row(QStringLiteral("filter: text"), f.textFilter);
    row(QStringLiteral("filter: amount range"), f.amountFilter);
    row(QStringLiteral("scroll a column (page of 50)"), f.scroll);
    row(QStringLiteral("table (ids + 100 rows)"), f.table);
    row(QStringLiteral("sidebar count"), f.sidebarCount);
    out << QStringLiteral("first opening, cold, ms").leftJustified(34)
        << ms(f.firstOpenMs).rightJustified(10) << Qt::endl;
    out << QStringLiteral("peak RSS, MB").leftJustified(34)
        << QString::number(f.peakRssMb, 'f', 1).rightJustified(10) << Qt::endl;
    return 0;
}
// The list and search of the base at `path`: ours, then the floor's.
bool measureList(const QString &path, quint64 seed, ListRun *r, QString *error)
{
    // (1) First page: open the database, first page of the name-sorted list, count.
    const ClientListQuery query;
    const BenchClock::time_point openStart = BenchClock::now();
    Database db(path);
    if (!db.open(Database::Mode::ReadOnly, error))
        return false;
    const ClientRepository repo(db);
    const QList<ClientListRow> firstPage = repo.page(query, std::nullopt, false, 0, kPageRows);
    const int listed = repo.count(query);
    r->ours.firstPageMs = msSince(openStart);

    ClientListQuery archivedQuery;
    archivedQuery.archived = true;
    const int clients = listed + repo.count(archivedQuery);
    r->clients = clients;
    QSqlQuery idRange(db.connection());
    if (!idRange.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM clients")) || !idRange.next() ||
        clients == 0) {
        *error = QStringLiteral("the database %1 has no clients").arg(path);
        return false;
    }
    const qint64 minId = idRange.value(0).toLongLong();
    const qint64 maxId = idRange.value(1).toLongLong();
    idRange.finish();

    std::mt19937_64 rng(seed);
    r->prefixes = samplePrefixes(repo, minId, maxId, kWarmUp + kSamples, rng);
    const QList<PagePosition> positions =
        samplePositions(repo, minId, maxId, kWarmUp + kSamples, rng);
    r->latinPrefixes =
        int(std::count_if(r->prefixes.begin() + kWarmUp, r->prefixes.end(), [](const QString &p) {
            return p.at(0).script() == QChar::Script_Latin;
        }));

    // (2) Search as you type.
    QList<int> ourSearchRows;
    QList<double> samples;
    for (int i = 0; i < r->prefixes.size(); ++i) {
        const BenchClock::time_point start = BenchClock::now();
        const QList<ClientListRow> rows = repo.search(r->prefixes.at(i), kSearchLimit);
        const double elapsed = msSince(start);
        if (i >= kWarmUp)
            samples << elapsed;
        ourSearchRows << int(rows.size());
        r->ourSearchMs << elapsed;
    }
    r->ours.search = Timings::of(samples);

    // (3) A page of the list at a random place, as a jump with keyset pages does.
    QList<int> ourPageRows;
    samples.clear();
    for (int i = 0; i < positions.size(); ++i) {
        const ClientSortKey from{positions.at(i).key, positions.at(i).id};
        const BenchClock::time_point start = BenchClock::now();
        const QList<ClientListRow> rows = repo.page(query, from, false, 0, kPageRows);
        const double elapsed = msSince(start);
        if (i >= kWarmUp)
            samples << elapsed;
        ourPageRows << int(rows.size());
    }
    r->ours.page = Timings::of(samples);

    // (4) Before the floor runs, so that only our own work counts.
    r->rssMb = peakRssMb();

    // The floor: the same statements through the C API on its own connection.
    FloorBench plain(path);
    int floorCount = 0;
    const BenchClock::time_point floorStart = BenchClock::now();
    const int floorFirstRows = plain.firstPage(kPageRows, &floorCount, error);
    r->floor.firstPageMs = msSince(floorStart);
    if (floorFirstRows < 0)
        return false;
    int mismatches = (floorFirstRows != firstPage.size()) + (floorCount != listed);

    samples.clear();
    for (int i = 0; i < r->prefixes.size(); ++i) {
        const FloorBench::SearchInput input = FloorBench::searchInput(r->prefixes.at(i));
        const BenchClock::time_point start = BenchClock::now();
        const int rows = plain.search(input, kSearchLimit, error);
        const double elapsed = msSince(start);
        if (rows < 0)
            return false;
        if (i >= kWarmUp)
            samples << elapsed;
        r->floorSearchMs << elapsed;
        mismatches += rows != ourSearchRows.at(i);
    }
    r->floor.search = Timings::of(samples);

    samples.clear();
    for (int i = 0; i < positions.size(); ++i) {
        const QByteArray key = positions.at(i).key.toUtf8();
        const BenchClock::time_point start = BenchClock::now();
        const int rows = plain.page(key, positions.at(i).id, kPageRows, error);
        const double elapsed = msSince(start);
        if (rows < 0)
            return false;
        if (i >= kWarmUp)
            samples << elapsed;
        mismatches += rows != ourPageRows.at(i);
    }
    r->floor.page = Timings::of(samples);

    if (mismatches > 0)
        QTextStream(stderr) << "clientele-bench: warning: the floor read other row counts than "
                               "the core in "
                            << mismatches << " queries" << Qt::endl;
    return true;
}

// Times as JSON: {"p50": x, "p95": x, "max": x}.
QString reportsJson(const ReportsBench::Figures &r)
{
    QStringList rows;
    for (const ReportsBench::Row &row : r.rows)
        rows << QStringLiteral("\"%1\": {\"ours\": %2, \"floor\": %3}")
                    .arg(row.name, timingsJson(row.ours), timingsJson(row.floor));
    return QLatin1Char('{') + rows.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// The large case: the base at `existing`, or a new one written by a child
// process (into `keep`, kept, or a temporary file), then the list and search
// and every other screen timed on it.
int runLarge(const QString &existing, const QString &keep, int clients, quint64 seed, bool json)
{
    std::optional<QTemporaryDir> dir;
    QString path = existing;
    double generateMs = 0;
    if (path.isEmpty()) {
        if (keep.isEmpty()) {
            dir.emplace();
            if (!dir->isValid())
                return fail(QStringLiteral("cannot create a temporary folder"));
            path = dir->filePath(QStringLiteral("large.sqlite"));
        } else {
            if (QFileInfo::exists(keep))
                return fail(QStringLiteral("%1 exists: time it with --db, or remove it").arg(keep),
                            2);
            path = keep;
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const BenchClock::time_point start = BenchClock::now();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-large"), path, QStringLiteral("--clients"),
                     QString::number(clients), QStringLiteral("--seed"), QString::number(seed)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0)
            return fail(QStringLiteral("generating the large base failed"));
        generateMs = msSince(start);
    }
    const double fileMb = double(QFileInfo(path).size()) / 1e6;
    ListRun list;
    LargeBench::Figures f;
    QString error;
    if (!measureList(path, seed, &list, &error) || !LargeBench::run(path, &f, &error))
        return fail(error);

    QTextStream out(stdout);
    if (json) {
        out << QStringLiteral(
                   "{\"large\": {\"clients\": %1, \"deals\": %2, \"interactions\": %3, "
                   "\"tasks\": %4, \"events\": %5}, \"generate_s\": %6, \"file_mb\": %7, ")
                   .arg(f.clients)
                   .arg(f.deals)
                   .arg(f.interactions)
                   .arg(f.tasks)
                   .arg(f.events)
                   .arg(QString::number(generateMs / 1000, 'f', 1), QString::number(fileMb, 'f', 1))
            << QStringLiteral("\"list\": {\"first_page_ms\": %1, \"search_ms\": %2, "
                              "\"page_ms\": %3, \"floor\": {\"first_page_ms\": %4, "
                              "\"search_ms\": %5, \"page_ms\": %6}}, ")
                   .arg(ms(list.ours.firstPageMs), timingsJson(list.ours.search),
                        timingsJson(list.ours.page), ms(list.floor.firstPageMs),
                        timingsJson(list.floor.search), timingsJson(list.floor.page))
            << QStringLiteral("\"card\": {\"client\": %1, \"interactions\": %2, "
                              "\"first_ms\": %3, \"open_ms\": %4, \"load_ms\": %5, "
                              "\"timeline_ms\": %6, \"deals_ms\": %7, \"audit_ms\": %8}, ")
                   .arg(QString::number(f.cardClient), QString::number(f.cardInteractions),
                        ms(f.cardFirstMs), timingsJson(f.card), timingsJson(f.cardLoad),
                        timingsJson(f.cardTimeline), timingsJson(f.cardDeals),
                        timingsJson(f.cardAudit))
            << QStringLiteral("\"board\": {\"cards\": %1, \"first_ms\": %2, \"open_ms\": %3, "
                              "\"sidebar_count_ms\": %4}, ")
                   .arg(QString::number(f.boardCards), ms(f.boardFirstMs), timingsJson(f.board),
                        timingsJson(f.sidebar))
            << QStringLiteral("\"calendar\": {\"month\": \"%1\", \"items\": %2, "
                              "\"first_ms\": %3, \"query_ms\": %4, \"reload_ms\": %5, "
                              "\"paint_ms\": %6, \"paint_max_ms\": %7, \"events_tasks\": %8, "
                              "\"events_tasks_ms\": %9}, ")
                   .arg(f.month.toString(QStringLiteral("yyyy-MM")),
                        QString::number(f.calendar.items), ms(f.calendar.firstMs),
                        ms(f.calendar.queryMs), ms(f.calendar.reloadMs), ms(f.calendar.paintMs),
                        ms(f.calendar.maxPaintMs), QString::number(f.monthEventsAndTasks),
                        timingsJson(f.monthEventsAndTasksMs))
            << QStringLiteral("\"reports\": {\"quarter\": %1, \"year\": %2}, ")
                   .arg(reportsJson(f.quarter), reportsJson(f.year))
            << QStringLiteral("\"peak_rss_mb\": %1}").arg(QString::number(f.peakRssMb, 'f', 1))
            << Qt::endl;
        return 0;
    }
    out << "clientele-bench: the large case in " << path << Qt::endl
        << f.clients << " clients, " << f.deals << " deals, " << f.interactions << " interactions, "
        << f.tasks << " tasks, " << f.events << " events; " << QString::number(fileMb, 'f', 1)
        << " MB" << Qt::endl;
    if (generateMs > 0)
        out << "base written in " << QString::number(generateMs / 1000, 'f', 1) << " s" << Qt::endl;
    out << Qt::endl
        << QString().leftJustified(44) << QStringLiteral("p50").rightJustified(10)
        << QStringLiteral("p95").rightJustified(10) << QStringLiteral("max").rightJustified(10)
        << QStringLiteral("floor p50").rightJustified(11) << Qt::endl;
    const auto row = [&](const QString &what, const Timings &t, double floorMs = -1) {
        out << what.leftJustified(44) << ms(t.p50).rightJustified(10)
            << ms(t.p95).rightJustified(10) << ms(t.max).rightJustified(10)
            << (floorMs >= 0 ? ms(floorMs) : QString()).rightJustified(11) << Qt::endl;
    };
    const auto once = [&](const QString &what, double value, double floorMs = -1) {
        out << what.leftJustified(44) << ms(value).rightJustified(10)
            << QString(20, QLatin1Char(' '))
            << (floorMs >= 0 ? ms(floorMs) : QString()).rightJustified(11) << Qt::endl;
    };
    once(QStringLiteral("list: first page (open + page + count)"), list.ours.firstPageMs,
         list.floor.firstPageMs);
    row(QStringLiteral("list: search as you type"), list.ours.search, list.floor.search.p50);
    row(QStringLiteral("list: keyset page jump"), list.ours.page, list.floor.page.p50);
    once(QStringLiteral("card: first opening"), f.cardFirstMs);
    row(QStringLiteral("card: ClientCard::openClient (%1 inter.)").arg(f.cardInteractions), f.card);
    row(QStringLiteral("  ClientRepository::load"), f.cardLoad);
    row(QStringLiteral("  InteractionRepository::forClient"), f.cardTimeline);
    row(QStringLiteral("  deals + client stats"), f.cardDeals);
    row(QStringLiteral("  AuditRepository::forClient"), f.cardAudit);
    once(QStringLiteral("board: first opening (%1 cards and heads)").arg(f.boardCards),
         f.boardFirstMs);
    row(QStringLiteral("board: heads + 7 x 50 cards"), f.board);
    row(QStringLiteral("sidebar: open deals count"), f.sidebar);
    once(QStringLiteral("month %1: first setMonth (%2 items)")
             .arg(f.month.toString(QStringLiteral("yyyy-MM")))
             .arg(f.calendar.items),
         f.calendar.firstMs);
    once(QStringLiteral("month: CalendarRepository, six weeks"), f.calendar.queryMs);
    once(QStringLiteral("month: MonthView::reload"), f.calendar.reloadMs);
    once(QStringLiteral("month: painted"), f.calendar.paintMs);
    row(QStringLiteral("month: events + tasks only (%1)").arg(f.monthEventsAndTasks),
        f.monthEventsAndTasksMs);
    for (const auto &[name, r] : {std::pair{"quarter", &f.quarter}, std::pair{"year", &f.year}})
        for (const ReportsBench::Row &x : r->rows)
            row(QStringLiteral("report, %1: %2").arg(QLatin1String(name), x.name), x.ours,
                x.floor.p50);
    out << QStringLiteral("peak RSS, MB").leftJustified(44)
        << QString::number(f.peakRssMb, 'f', 1).rightJustified(10) << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    // The calendar case paints a widget: it needs a QApplication, offscreen
    // unless a platform is named; the others stay without a GUI.
    bool widgets = false;
    for (int i = 1; i < argc; ++i)
        widgets =
            widgets || qstrcmp(argv[i], "--calendar") == 0 || qstrcmp(argv[i], "--large") == 0;
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        widgets ? std::make_unique<QApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("clientele-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the client list and search through the core and through plain SQLite."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Existing database, opened read-only."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("Demo clients in the temporary database (without --db)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the demo data and of the samples."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption generateOption(QStringLiteral("generate"),
                                      QStringLiteral("Only write the demo database FILE."),
                                      QStringLiteral("FILE"));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption importOption(
        QStringLiteral("import-rows"),
        QStringLiteral("Instead of the list and search: time the import of a generated CSV "
                       "of N rows into a new base, beside sqlite3's .import plus an FTS5 "
                       "rebuild of the same file."),
        QStringLiteral("N"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("With --import-rows: time ours and both floors N times in turn and "
                       "show the run of the median ratio."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption csvOption(QStringLiteral("keep-csv"),
                                       QStringLiteral("With --import-rows: write the CSV to "
                                                      "FILE and keep it."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption dealsOption(
        QStringLiteral("deals"),
        QStringLiteral("Instead of the list and search: time the deals board on a base with N "
                       "open deals (over 20,000 clients unless --clients is given), or on the "
                       "deals of --db."),
        QStringLiteral("N"));
    QCommandLineOption generateDealsOption(QStringLiteral("generate-deals"),
                                           QStringLiteral("Only write the deals base FILE."),
                                           QStringLiteral("FILE"));
    generateDealsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption mailingOption(
        QStringLiteral("mailing"),
        QStringLiteral("Instead of the list and search: a mailing to N demo clients, filled, "
                       "queued and sent to a loopback SMTP server."),
        QStringLiteral("N"));
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar"),
        QStringLiteral("Instead of the list and search: N events in a month, the month read "
                       "through CalendarRepository and the month view painted."),
        QStringLiteral("N"));
    const QCommandLineOption reportsOption(
        QStringLiteral("reports"),
        QStringLiteral("Instead of the list and search: every report over this month so far "
                       "of the base FILE (or --months N back), each beside a plain SQLite "
                       "floor."),
        QStringLiteral("FILE"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
                                          QStringLiteral("With --reports: the last N months."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption largeOption(
        QStringLiteral("large"),
        QStringLiteral("Instead of the list and search alone: the large case, a base of "
                       "1,000,000 clients, 1,000,000 deals, 5,000,000 interactions, 100,000 "
                       "tasks and events (fewer with --clients), written to a temporary file "
                       "(or --keep FILE), or the base of --db, and every screen timed on it."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("With --large: write the base to FILE "
                                                       "and keep it."),
                                        QStringLiteral("FILE"));
    QCommandLineOption generateLargeOption(QStringLiteral("generate-large"),
                                           QStringLiteral("Only write the large base FILE."),
                                           QStringLiteral("FILE"));
    generateLargeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, clientsOption, jsonOption, seedOption, generateOption,
                       importOption, repeatOption, csvOption, dealsOption, generateDealsOption,
                       mailingOption, calendarOption, reportsOption, monthsOption, largeOption,
                       keepOption, generateLargeOption});
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()), 2);
    bool ok = false;
    const int wantedClients = parser.value(clientsOption).toInt(&ok);
    if (!ok || wantedClients <= 0)
        return fail(QStringLiteral("--clients needs a positive number"), 2);
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed needs a number"), 2);
    if (parser.isSet(generateOption))
        return generate(parser.value(generateOption), wantedClients, seed);
    // The large case is a million clients unless told.
    const int largeClients = parser.isSet(clientsOption) ? wantedClients : 1000000;
    if (parser.isSet(generateLargeOption)) {
        QString error;
        if (!LargeBench::generate(parser.value(generateLargeOption), largeClients, seed, &error))
            return fail(error);
        return 0;
    }
    if (parser.isSet(largeOption))
        return runLarge(parser.value(dbOption), parser.value(keepOption), largeClients, seed,
                        parser.isSet(jsonOption));
    if (parser.isSet(reportsOption))
        return runReports(parser.value(reportsOption), parser.value(monthsOption).toInt());
    if (parser.isSet(calendarOption)) {
        const int events = parser.value(calendarOption).toInt(&ok);
        if (!ok || events <= 0)
            return fail(QStringLiteral("--calendar needs a positive number"), 2);
        return runCalendar(events, seed);
    }
    if (parser.isSet(mailingOption)) {
        const int recipients = parser.value(mailingOption).toInt(&ok);
        if (!ok || recipients <= 0)
            return fail(QStringLiteral("--mailing needs a positive number"), 2);
        return runMailing(recipients, seed);
    }
    if (parser.isSet(dealsOption) || parser.isSet(generateDealsOption)) {
        const int openDeals = parser.value(dealsOption).toInt(&ok);
        if (!ok || openDeals < 0)
            return fail(QStringLiteral("--deals needs a number"), 2);
        const int clients = parser.isSet(clientsOption) ? wantedClients : 20000;
        if (parser.isSet(generateDealsOption)) {
            QString error;
            if (!DealsBench::generate(parser.value(generateDealsOption), clients, openDeals, seed,
                                      &error))
                return fail(error);
            return 0;
        }
        return runDeals(openDeals, clients, seed, parser.value(dbOption), parser.isSet(jsonOption));
    }
    if (parser.isSet(importOption)) {
        const int rows = parser.value(importOption).toInt(&ok);
        if (!ok || rows <= 0)
            return fail(QStringLiteral("--import-rows needs a positive number"), 2);
        const int repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || repeat < 1)
            return fail(QStringLiteral("--repeat needs a positive number"), 2);
        return runImport(rows, seed, parser.value(csvOption), repeat, parser.isSet(jsonOption));
    }

    QTextStream out(stdout);
    std::optional<QTemporaryDir> tempDir; // removed with the demo database at exit
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        tempDir.emplace();
        if (!tempDir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        path = tempDir->filePath(QStringLiteral("bench.sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate"), path, QStringLiteral("--clients"),
                     QString::number(wantedClients), QStringLiteral("--seed"),
                     QString::number(seed)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0)
            return fail(QStringLiteral("generating the demo database failed"));
    }

    ListRun list;
    QString error;
    if (!measureList(path, seed, &list, &error))
        return fail(error);
    if (parser.isSet(jsonOption))
        printJson(out, list.clients, list.ours, list.floor, list.rssMb);
    else {
        printTable(out, path, list.clients, list.latinPrefixes, list.ours, list.floor, list.rssMb);
        printSlowest(out, list.prefixes, list.ourSearchMs, list.floorSearchMs);
    }
    return 0;
}
