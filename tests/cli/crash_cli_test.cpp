// clientele-cli killed with SIGKILL at random moments of a CSV import, demo
// data, a mailing and a schema migration. After every kill the base opens,
// `check` finds it sound (integrity, foreign keys, search index), and it
// holds the state before the command or the state after it; a mailing
// resumes as the outbox promises. CLIENTELE_KILL_ROUNDS sets the rounds per
// case (a few in CI, 50 for the long run), CLIENTELE_KILL_IMPORT_ROWS the
// size of the imported file; CLIENTELE_KILL_SEED repeats a run with the seed
// it printed.
#include "basestate.h"
#include "clifixture.h"
#include "db/database.h"
#include "smtpserverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <iostream>
#include <random>

namespace {
constexpr int kCiRounds = 2;
constexpr int kImportRows = 10000; // about 6 s under ASan
constexpr int kDemoClients = 1000;
constexpr int kRecipients = 30;

// What a kill left: the state before the command, one part way (where the
// command is documented to resume), or the state after.
enum class Found
{
    Before,
    PartWay,
    After
};

// The kill moments, from a seeded generator whose seed is printed, and what
// the kills left, printed when the case ends.
class KillClock
{
public:
    explicit KillClock(const char *name) : m_name(name)
    {
        bool ok = false;
        m_seed = qEnvironmentVariable("CLIENTELE_KILL_SEED").toULongLong(&ok);
        if (!ok)
            m_seed = (quint64(std::random_device()()) << 32) | std::random_device()();
        m_random.seed(m_seed);
        m_rounds = qEnvironmentVariableIntValue("CLIENTELE_KILL_ROUNDS", &ok);
        if (!ok || m_rounds <= 0)
            m_rounds = kCiRounds;
        std::cout << "[crash] " << m_name << ": CLIENTELE_KILL_SEED=" << m_seed << ", " << m_rounds
                  << " rounds" << std::endl;
    }
    ~KillClock()
    {
        std::cout << "[crash] " << m_name << ": " << m_killed << " killed, leaving the state "
                  << "before " << m_found[0] << ", part way " << m_found[1] << ", after "
                  << m_found[2] << "; " << m_finished << " finished first; a whole run took "
                  << m_spanMs << " ms" << std::endl;
    }
    KillClock(const KillClock &) = delete;
    KillClock &operator=(const KillClock &) = delete;

    int rounds() const { return m_rounds; }
    quint64 seed() const { return m_seed; }
    // A moment within a whole run, which takes `spanMs`.
    qint64 next(qint64 spanMs)
    {
        m_spanMs = spanMs;
        return std::uniform_int_distribution<qint64>(0, spanMs)(m_random);
    }
    void count(bool killed, Found found)
    {
        if (!killed) {
            ++m_finished;
            return;
        }
        ++m_killed;
        ++m_found[int(found)];
    }

private:
    const char *m_name;
    quint64 m_seed = 0;
    std::mt19937_64 m_random;
    int m_rounds = kCiRounds;
    int m_killed = 0;
    int m_found[3] = {};
    int m_finished = 0;
    qint64 m_spanMs = 0;
};

struct Kill
{
    bool killed = false;
    int code = -1;
    qint64 ms = 0; // till it ended
};

// Runs the command and sends SIGKILL `afterMs` after it started, unless it
// ended before.
Kill runKilled(const Fixture &f, const QStringList &args, qint64 afterMs)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    f.start(p, QStringList{QStringLiteral("--db"), f.db} + args);
    if (!p.waitForFinished(int(afterMs))) {
        p.kill(); // SIGKILL
        REQUIRE(p.waitForFinished(60000));
    }
    return {p.exitStatus() == QProcess::CrashExit, p.exitCode(), timer.elapsed()};
}

// A run that ended before its kill shows how long a whole one takes now (the
// first was timed on a machine maybe busier): the next kills aim within it.
void shorten(qint64 *spanMs, const Kill &kill)
{
    if (!kill.killed)
        *spanMs = std::min(*spanMs, kill.ms);
}

// How long the whole command takes, run to its end.
qint64 timed(const Fixture &f, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    f.ok(args);
    return timer.elapsed();
}

// The base as a killed program leaves it: the file and its journals, no lock.
void copyBase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(to + QLatin1String(suffix));
    for (const char *suffix : {"", "-wal", "-journal"})
        if (QFile::exists(from + QLatin1String(suffix)))
            REQUIRE(QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)));
}

// The base before and after one command run to its end on a copy of `from`.
struct Ends
{
    QString from;
    QString before;
    QString after;
    qint64 ms = 0;
};

Ends ends(const Fixture &f, const QString &from, const QStringList &command)
{
    Ends e;
    e.from = from;
    copyBase(from, f.db);
    e.before = signature(f.db);
    e.ms = timed(f, command);
    e.after = signature(f.db);
    REQUIRE(e.before != e.after);
    return e;
}

// One round of a command that is one transaction: the base of `e` copied in,
// the command killed at a random moment, the base sound and as before or as
// after the command. Whether after.
bool killRound(const Fixture &f, KillClock &clock, Ends &e, const QStringList &command, int round)
{
    copyBase(e.from, f.db);
    const qint64 at = clock.next(e.ms);
    INFO("CLIENTELE_KILL_SEED=" << clock.seed() << ", round " << round << ", killed after " << at
                                << " ms of " << e.ms);
    const Kill kill = runKilled(f, command, at);
    if (!kill.killed)
        CHECK(kill.code == 0);
    shorten(&e.ms, kill);
    requireSound(f);
    const QString now = signature(f.db);
    const bool after = now == e.after;
    INFO("before: " << e.before.toStdString() << "\nafter:  " << e.after.toStdString()
                    << "\nfound:  " << now.toStdString());
    CHECK((after || now == e.before));
    clock.count(kill.killed, after ? Found::After : Found::Before);
    return after;
}

// A copy of the fixture's base, made while no clientele-cli runs.
QString keep(const Fixture &f, const QTemporaryDir &store, const QString &name)
{
    const QString path = store.filePath(name);
    copyBase(f.db, path);
    return path;
}

// How many messages each address got, of those the server accepted after
// the first `seen`.
QHash<QString, int> deliveries(const SmtpServerProcess &server, int seen)
{
    static const QRegularExpression to(QStringLiteral(R"(^To:.*?<?([^<>\s]+@[^<>\s]+)>?\s*$)"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
    QHash<QString, int> count;
    for (const QString &path : server.messages().mid(seen)) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString head = QString::fromUtf8(file.readAll());
        head.truncate(head.indexOf(QStringLiteral("\r\n\r\n")));
        head.replace(QRegularExpression(QStringLiteral("\r\n[ \t]+")), QStringLiteral(" "));
        const QRegularExpressionMatch m = to.match(head);
        INFO(head.toStdString());
        REQUIRE(m.hasMatch());
        ++count[m.captured(1).toLower()];
    }
    return count;
}

struct OutboxRow
{
    qint64 id = 0;
    QString address;
    QString state;
};

QList<OutboxRow> outboxRows(const QString &path)
{
    QList<OutboxRow> rows;
    withRaw(path, [&](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("SELECT id, address, state FROM outbox ORDER BY id")));
        while (q.next())
            rows << OutboxRow{q.value(0).toLongLong(), q.value(1).toString().toLower(),
                              q.value(2).toString()};
    });
    return rows;
}

// Schema 7 with its deals and their stage history doubled `doublings` times,
// so that migrating it to schema 8 takes long enough to be hit.
void makeBigSchema7(const QString &path, int doublings)
{
    REQUIRE(QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/db/schema_v7.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    withRaw(path, [&](QSqlQuery &q) {
        // Their triggers and indexes come back after the copying, which they
        // would slow down a hundredfold.
        REQUIRE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                                      "('trigger', 'index') AND sql IS NOT NULL AND tbl_name IN "
                                      "('deals', 'deal_stage_history')")));
        QStringList drops, creates;
        while (q.next()) {
            drops << QStringLiteral("DROP %1 \"%2\"")
                         .arg(q.value(0).toString(), q.value(1).toString());
            creates << q.value(2).toString();
        }
        QStringList statements = drops;
        for (const char *table : {"deals", "deal_stage_history"}) {
            REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('%1') "
                                          "WHERE name <> 'id'")
                               .arg(QLatin1String(table))));
            REQUIRE(q.next());
            const QString columns = q.value(0).toString();
            for (int i = 0; i < doublings; ++i)
                statements << QStringLiteral("INSERT INTO %1(%2) SELECT %2 FROM %1")
                                  .arg(QLatin1String(table), columns);
        }
        statements << creates;
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        for (const QString &sql : std::as_const(statements)) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    });
}
} // namespace

TEST_CASE("An import killed at any moment leaves no half batch", "[cli][crash]")
{
    KillClock clock("import csv");
    Fixture f;
    QTemporaryDir store;
    const QString csv = store.filePath(QStringLiteral("clients.csv"));
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("CLIENTELE_KILL_IMPORT_ROWS", &ok);
    writeFile(csv, clientsCsv(ok && rows > 0 ? rows : kImportRows));
    const QString earlierCsv = store.filePath(QStringLiteral("earlier.csv"));
    writeFile(earlierCsv, clientsCsv(500));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("csv"), csv};
    const QStringList list = {QStringLiteral("import"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("json")};

    // Into an empty base (its indexes dropped for the load and built at the
    // end), and into one holding an earlier import that the file overlaps.
    f.ok({QStringLiteral("init")});
    const QString empty = keep(f, store, QStringLiteral("empty.sqlite"));
    f.ok({QStringLiteral("import"), QStringLiteral("csv"), earlierCsv});
    const QString earlier = keep(f, store, QStringLiteral("earlier.sqlite"));
    QList<Ends> cases;
    QList<QJsonObject> batches;
    for (const QString &from : {empty, earlier}) {
        cases << ends(f, from, import);
        batches << f.jsonArray(list).first().toObject(); // newest first
    }

    for (int round = 0; round < clock.rounds(); ++round) {
        Ends &e = cases[round % 2];
        const QJsonObject &batch = batches.at(round % 2);
        const bool after = killRound(f, clock, e, import, round);
        // The import is one transaction: its batch is there whole, or not at all.
        const QJsonArray listed = f.jsonArray(list);
        CHECK(listed.size() == (round % 2) + (after ? 1 : 0));
        if (after) {
            const QJsonObject last = listed.first().toObject();
            for (const char *key : {"batch", "created", "merged", "skipped", "undone_at"})
                CHECK(last[QLatin1String(key)] == batch[QLatin1String(key)]);
        }
    }
}

// The side search index folders of imports into an empty base, in `tmp`.
QStringList sideFolders(const QString &tmp)
{
    return QDir(tmp).entryList({QStringLiteral("clientele-search-*")},
                               QDir::Dirs | QDir::NoDotAndDotDot);
}

// Starts an import of `csv` and returns the side index folder it made, once
// the side database is there.
QString startImport(const Fixture &f, QProcess &p, const QString &csv, const QString &tmp)
{
    const QStringList before = sideFolders(tmp);
    f.start(p,
            {QStringLiteral("--db"), f.db, QStringLiteral("import"), QStringLiteral("csv"), csv});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        for (const QString &folder : sideFolders(tmp))
            if (!before.contains(folder) &&
                QFile::exists(QDir(tmp).filePath(folder + QStringLiteral("/search.sqlite"))))
                return folder;
        REQUIRE(!p.waitForFinished(5));
    }
    FAIL("no side index database in " << tmp.toStdString());
    return {};
}

// Waits for an import to end well.
void finished(QProcess &p)
{
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 0);
}

TEST_CASE("A killed import's side index goes with the next import and a running one's stays",
          "[cli][crash]")
{
    QTemporaryDir store;
    const QString tmp = store.filePath(QStringLiteral("tmp"));
    REQUIRE(QDir().mkpath(tmp));
    const QString csv = store.filePath(QStringLiteral("clients.csv"));
    writeFile(csv, clientsCsv(kImportRows));
    Fixture f, other;
    for (Fixture *each : {&f, &other}) {
        each->environment.insert(QStringLiteral("TMPDIR"), tmp);
        each->ok({QStringLiteral("init")});
    }
    const QString empty = signature(f.db);

    QProcess killed;
    const QString left = startImport(f, killed, csv, tmp);
    killed.kill(); // SIGKILL
    REQUIRE(killed.waitForFinished(60000));
    requireSound(f);
    CHECK(signature(f.db) == empty);
    REQUIRE(sideFolders(tmp) == QStringList{left});

    // The same import again, while another base's import runs: the killed
    // one's folder goes, the running one's (locked by a live process) stays.
    QProcess running, again;
    const QString runningFolder = startImport(other, running, csv, tmp);
    const QString againFolder = startImport(f, again, csv, tmp);
    const QStringList folders = sideFolders(tmp);
    CHECK(!folders.contains(left));
    CHECK(folders.contains(againFolder));
    if (!running.waitForFinished(0))
        CHECK(folders.contains(runningFolder));
    else
        WARN("the other import ended before the folders were listed");
    finished(running);
    finished(again);
    for (const Fixture *each : {&f, &other})
        requireSound(*each);
    CHECK(signature(other.db) == signature(f.db));
    CHECK(signature(f.db) != empty);
    CHECK(sideFolders(tmp).isEmpty());
}

TEST_CASE("Demo data killed at any moment is all there or not at all", "[cli][crash]")
{
    KillClock clock("demo");
    Fixture f;
    QTemporaryDir store;
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--clients"),
                              QString::number(kDemoClients), QStringLiteral("--seed"),
                              QStringLiteral("11")};
    // An empty base (the demo leaves WAL for a rollback journal there) and one
    // with clients already (WAL stays).
    f.ok({QStringLiteral("init")});
    const QString empty = keep(f, store, QStringLiteral("empty.sqlite"));
    f.ok({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("40"),
          QStringLiteral("--seed"), QStringLiteral("5")});
    const QString filled = keep(f, store, QStringLiteral("filled.sqlite"));
    QList<Ends> cases = {ends(f, empty, demo), ends(f, filled, demo)};

    for (int round = 0; round < clock.rounds(); ++round) {
        // One transaction: not resumable, and never needing to be.
        killRound(f, clock, cases[round % 2], demo, round);
    }
}

TEST_CASE("A mailing killed at any moment reaches everyone once after mail run and resolve",
          "[cli][crash]")
{
    KillClock clock("mail run");
    SmtpServerProcess server({false, false, QString(), QString()});
    REQUIRE(server.isRunning());
    Fixture f;
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), utf8("Анна Смирнова")); // who signs
    QTemporaryDir store;
    const QString csv = store.filePath(QStringLiteral("recipients.csv"));
    writeFile(csv, clientsCsv(kRecipients));
    f.ok({QStringLiteral("init")});
    f.ok({QStringLiteral("import"), QStringLiteral("csv"), csv});
    const QList<QStringList> settings = {
        {QStringLiteral("smtp.host"), QStringLiteral("localhost")},
        {QStringLiteral("smtp.port"), QString::number(server.port())},
        {QStringLiteral("smtp.security"), QStringLiteral("none")},
        {QStringLiteral("smtp.from"), QStringLiteral("sales@vector.example")}};
    for (const QStringList &kv : settings)
        f.ok(QStringList{QStringLiteral("settings"), QStringLiteral("set")} + kv);
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          utf8("ООО «Вектор»")});
    f.ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"), utf8("Все"),
          QStringLiteral("--filter"), QString()});
    f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
          QStringLiteral("--name"), utf8("Декабрь"), QStringLiteral("--template"),
          utf8("Приветствие"), QStringLiteral("--segment"), utf8("Все")});
    const QString queued = keep(f, store, QStringLiteral("queued.sqlite"));
    const int recipients = int(outboxRows(queued).size());
    REQUIRE(recipients > 10);

    const QStringList run = {QStringLiteral("mail"), QStringLiteral("run")};
    copyBase(queued, f.db);
    qint64 whole = timed(f, run);
    REQUIRE(deliveries(server, 0).size() == recipients);

    for (int round = 0; round < clock.rounds(); ++round) {
        const int seen = int(server.messages().size());
        copyBase(queued, f.db);
        const qint64 at = clock.next(whole);
        INFO("CLIENTELE_KILL_SEED=" << clock.seed() << ", round " << round << ", killed after "
                                    << at << " ms of " << whole);
        const Kill kill = runKilled(f, run, at);
        if (!kill.killed)
            CHECK(kill.code == 0);
        shorten(&whole, kill);
        requireSound(f);
        // Sent means received once; queued, not yet; at most the one message
        // in flight is left sending, received or not.
        QHash<QString, int> got = deliveries(server, seen);
        int sending = 0;
        int sent = 0;
        for (const OutboxRow &row : outboxRows(f.db)) {
            INFO(row.address.toStdString() << " " << row.state.toStdString());
            if (row.state == QLatin1String("sent"))
                CHECK(got.value(row.address) == 1);
            else if (row.state == QLatin1String("queued"))
                CHECK(got.value(row.address) == 0);
            else if (row.state == QLatin1String("sending"))
                CHECK(got.value(row.address) <= 1);
            else
                FAIL("unexpected state");
            sending += row.state == QLatin1String("sending");
            sent += row.state == QLatin1String("sent");
        }
        CHECK(sending <= 1);

        // Run again: the rest goes; the one in flight is unknown until the
        // person, who can ask the recipient, resolves it.
        const Result again = f.cli(run);
        CHECK(again.code == 0);
        CHECK(again.err.contains(QStringLiteral("unknown")) == (sending == 1));
        got = deliveries(server, seen);
        bool resend = false;
        for (const OutboxRow &row : outboxRows(f.db)) {
            INFO(row.address.toStdString() << " " << row.state.toStdString());
            if (row.state == QLatin1String("unknown")) {
                CHECK(got.value(row.address) <= 1);
                const bool arrived = got.value(row.address) == 1;
                f.ok({QStringLiteral("mail"), QStringLiteral("resolve"), QString::number(row.id),
                      arrived ? QStringLiteral("--sent") : QStringLiteral("--again")});
                resend = resend || !arrived;
            } else {
                CHECK(row.state == QStringLiteral("sent"));
                CHECK(got.value(row.address) == 1);
            }
        }
        if (resend)
            f.ok(run);
        got = deliveries(server, seen);
        CHECK(got.size() == recipients);
        for (const OutboxRow &row : outboxRows(f.db)) {
            CHECK(row.state == QStringLiteral("sent"));
            CHECK(got.value(row.address) == 1);
        }
        clock.count(kill.killed, sent == recipients          ? Found::After
                                 : sent == 0 && sending == 0 ? Found::Before
                                                             : Found::PartWay);
    }
}

TEST_CASE("A migration killed at any moment leaves the old schema or the new, and init ends it",
          "[cli][crash]")
{
    KillClock clock("migration 7 to 8");
    Fixture f;
    QTemporaryDir store;
    const QString old = store.filePath(QStringLiteral("schema7.sqlite"));
    makeBigSchema7(old, 8);
    const QString deals = QStringLiteral("SELECT COUNT(*) FROM deals");
    const qint64 dealCount = rawValue(old, deals).toLongLong();
    const QStringList init = {QStringLiteral("init")};
    copyBase(old, f.db);
    qint64 whole = timed(f, init);
    // Later schemas follow, each in its own transaction: a kill may land before,
    // between or after them.
    const int latest = Database::latestSchemaVersion();
    REQUIRE(rawValue(f.db, QStringLiteral("PRAGMA user_version")).toInt() == latest);

    for (int round = 0; round < clock.rounds(); ++round) {
        copyBase(old, f.db);
        const qint64 at = clock.next(whole);
        INFO("CLIENTELE_KILL_SEED=" << clock.seed() << ", round " << round << ", killed after "
                                    << at << " ms of " << whole);
        const Kill kill = runKilled(f, init, at);
        if (!kill.killed)
            CHECK(kill.code == 0);
        shorten(&whole, kill);
        // As the kill left it, before anything opens it for writing again.
        CHECK(rawValue(f.db, QStringLiteral("PRAGMA quick_check")).toString() ==
              QStringLiteral("ok"));
        const int version = rawValue(f.db, QStringLiteral("PRAGMA user_version")).toInt();
        CHECK((version >= 7 && version <= latest));
        CHECK(rawValue(f.db, deals).toLongLong() == dealCount);

        const Result second = f.ok(init);
        CHECK(second.text().contains(QStringLiteral("schema %1").arg(latest)));
        requireSound(f);
        // The migration's totals are whole: one row counted per open deal.
        CHECK(rawValue(f.db, QStringLiteral("SELECT (SELECT SUM(count) FROM deal_open_totals) = "
                                            "(SELECT COUNT(*) FROM deals WHERE status = 'open')"))
                  .toBool());
        clock.count(kill.killed, version >= 8 ? Found::After : Found::Before);
    }
}
