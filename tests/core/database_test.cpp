#include "backup/restoreservice.h"
#include "calendar/clock.h"
#include "catchqt.h"
#include "clients/clientlistquery.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <memory>

namespace {

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0);
}

QStringList tables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', "
                                  "'index', 'trigger') ORDER BY name")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Runs statements on a plain SQLite connection, outside Database, to build fixtures.
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw_fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// What a plain connection sees: the schema objects and PRAGMA user_version.
QPair<QStringList, int> rawInspect(const QString &path)
{
    const QString name = QStringLiteral("raw_inspect");
    QPair<QStringList, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        out.first = tables(db);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        out.second = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Qt's warnings while a test runs, to show that a refused open prints none.
QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

Client company(const QString &name)
{
    Client c;
    c.kind = Client::Kind::Company;
    c.name = name;
    return c;
}

// A base of a few hundred clients, closed (its WAL folded in, no free page
// left), to be damaged by the tests below.
QString sealedBase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    {
        Database db(path);
        REQUIRE(db.open());
        ClientRepository repo(db);
        for (int i = 0; i < 300; ++i) {
            Client c = company(QStringLiteral("Клиент номер %1 с длинным названием").arg(i));
            REQUIRE(repo.save(c));
        }
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("VACUUM")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return path;
}

int rootPage(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("raw_root");
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
        q.addBindValue(table);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        page = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return page;
}

// Opens `path` both ways and expects it refused with `status`, the message
// naming the file and containing `words`, and the file not changed at all.
void expectRefused(const QString &path, Database::Status status, const QString &words)
{
    const QByteArray before = fileBytes(path);
    const auto mode = GENERATE(Database::Mode::ReadWrite, Database::Mode::ReadOnly);
    Database db(path);
    QString error;
    CHECK_FALSE(db.open(mode, &error));
    INFO(error.toStdString());
    CHECK(db.status() == status);
    CHECK(error.contains(path));
    CHECK(error.contains(words));
    db.close();
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

} // namespace

TEST_CASE("a new database file gets the latest schema", "[database]")
{
    TestDatabase t;
    CHECK(t.db().status() == Database::Status::Ok);
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(pragma(t.db(), QStringLiteral("user_version")).toInt() ==
          Database::latestSchemaVersion());
    CHECK(pragma(t.db(), QStringLiteral("page_size")).toInt() == 16384);
    const QStringList objects = tables(t.db().connection());
    for (const char *table :
         {"clients", "legal_entities", "contact_persons", "phones", "emails", "relations", "tags",
          "client_tags", "attachments", "interactions", "audit_log", "settings", "clients_fts"})
        CHECK(objects.contains(QLatin1String(table)));
}

TEST_CASE("the database runs in WAL mode with foreign keys enforced", "[database]")
{
    TestDatabase t;
    CHECK(pragma(t.db(), QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(t.db(), QStringLiteral("foreign_keys")).toInt() == 1);

    // Enforced, not just switched on: a phone of a client that does not exist is refused.
    QSqlQuery q(t.db().connection());
    CHECK_FALSE(q.exec(
        QStringLiteral("INSERT INTO phones(client_id, raw) VALUES (424242, '+79123456789')")));
}

TEST_CASE("reopening a database keeps its data and does not migrate twice", "[database]")
{
    TestDatabase t;
    ClientRepository repo(t.db());
    Client c = company(QStringLiteral("ООО Ромашка"));
    REQUIRE(repo.save(c));
    const QStringList before = tables(t.db().connection());

    for (int round = 0; round < 2; ++round) {
        t.db().close();
        CHECK(t.db().status() == Database::Status::Unavailable);
        QString error;
        REQUIRE(t.db().open(Database::Mode::ReadWrite, &error));
        CHECK(error.isEmpty());
        CHECK(t.db().status() == Database::Status::Ok);
        CHECK(pragma(t.db(), QStringLiteral("user_version")).toInt() ==
              Database::latestSchemaVersion());
        CHECK(tables(t.db().connection()) == before);
        const auto loaded = ClientRepository(t.db()).load(c.id);
        REQUIRE(loaded);
        CHECK(loaded->name == QStringLiteral("ООО Ромашка"));
    }
    // open() on an open database reopens it.
    REQUIRE(t.db().open());
    CHECK(ClientRepository(t.db()).count(ClientListQuery()) == 1);
}

TEST_CASE("a database from a newer Clientele is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    const int newer = Database::latestSchemaVersion() + 1;
    rawExec(path, {QStringLiteral("CREATE TABLE future_things(id INTEGER PRIMARY KEY, x TEXT)"),
                   QStringLiteral("INSERT INTO future_things(x) VALUES ('keep me')"),
                   QStringLiteral("PRAGMA user_version = %1").arg(newer)});
    const QByteArray before = fileBytes(path);

    const auto mode = GENERATE(Database::Mode::ReadWrite, Database::Mode::ReadOnly);
    Database db(path);
    QString error;
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    CHECK_FALSE(db.open(mode, &error));
    qInstallMessageHandler(previous);
    CHECK(g_warnings.isEmpty());
    CHECK(db.status() == Database::Status::NewerSchema);
    CHECK(error.contains(QString::number(newer)));
    CHECK(error.contains(path));
    db.close();

    CHECK(fileBytes(path) == before);
    const auto [objects, version] = rawInspect(path);
    CHECK(version == newer);
    CHECK(objects == QStringList{QStringLiteral("future_things")});
}

TEST_CASE("a file that is not a database is reported as corrupt", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray junk;
    while (junk.size() < 8192)
        junk += "This is a shopping list, not an SQLite database. ";
    writeFile(path, junk);

    const auto mode = GENERATE(Database::Mode::ReadWrite, Database::Mode::ReadOnly);
    Database db(path);
    QString error;
    CHECK_FALSE(db.open(mode, &error));
    CHECK(db.status() == Database::Status::Corrupt);
    CHECK(error.contains(path));
    db.close();
    CHECK(fileBytes(path) == junk);
}

TEST_CASE("a base cut short is refused as cut short", "[database]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir);
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    expectRefused(path, Database::Status::Corrupt, QStringLiteral("cut short"));
}

TEST_CASE("a base left by a program killed while committing opens, its journal played back",
          "[database]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir); // in rollback-journal mode
    const QByteArray before = fileBytes(path);
    const int pageSize = (uchar(before.at(16)) << 8) | uchar(before.at(17));
    const auto pages = quint32(before.size() / pageSize);
    // What SQLite leaves when killed while committing: the journal holding
    // the first page as it was, and the new first page (written first)
    // counting pages that are not written yet. The file format:
    // https://www.sqlite.org/fileformat2.html#the_rollback_journal
    QByteArray journal(512, '\0');
    const char magic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";
    std::copy(magic, magic + 8, journal.data());
    const quint32 nonce = 0x5eed;
    qToBigEndian<quint32>(1, journal.data() + 8); // one page in it
    qToBigEndian<quint32>(nonce, journal.data() + 12);
    qToBigEndian<quint32>(pages, journal.data() + 16); // the size to go back to
    qToBigEndian<quint32>(512, journal.data() + 20);   // the header's own size
    qToBigEndian<quint32>(quint32(pageSize), journal.data() + 24);
    QByteArray record(4, '\0');
    qToBigEndian<quint32>(1, record.data());
    record += before.left(pageSize);
    quint32 sum = nonce;
    for (int i = pageSize - 200; i > 0; i -= 200)
        sum += uchar(before.at(i));
    record += QByteArray(4, '\0');
    qToBigEndian<quint32>(sum, record.data() + 4 + pageSize);
    writeFile(path + QStringLiteral("-journal"), journal + record);
    QByteArray torn = before;
    const quint32 counter = qFromBigEndian<quint32>(torn.constData() + 24) + 1;
    qToBigEndian<quint32>(counter, torn.data() + 24);
    qToBigEndian<quint32>(pages + 40, torn.data() + 28);
    qToBigEndian<quint32>(counter, torn.data() + 92);
    writeFile(path, torn);

    Database db(path);
    QString error;
    const bool opened = db.open(Database::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(opened);
    CHECK(ClientRepository(db).count(ClientListQuery()) == 300);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("a base cut inside a page or inside its header is refused", "[database]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir);
    QFile file(path);
    REQUIRE(file.resize(GENERATE(qint64(60), qint64(Database::kPageSize * 3 + 100))));
    expectRefused(path, Database::Status::Corrupt, QStringLiteral("cut short"));
}

TEST_CASE("a base with damaged bytes in a page is refused as damaged", "[database]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir);
    QByteArray bytes = fileBytes(path);
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    // The first bytes of the clients table's root page: its page type and
    // cell count, scrambled as a bad sector or a stray write would.
    const qsizetype at = qsizetype(rootPage(path, QStringLiteral("clients")) - 1) * pageSize;
    for (int i = 0; i < 8; ++i)
        bytes[at + i] = char(bytes.at(at + i) ^ 0x5a);
    writeFile(path, bytes);
    expectRefused(path, Database::Status::Corrupt, QStringLiteral("damaged"));
}

TEST_CASE("a header with impossible fields is refused as damaged", "[database]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir);
    QByteArray bytes = fileBytes(path);
    bytes[16] = char(0x03); // a page size of 0x03xx is no power of two
    writeFile(path, bytes);
    expectRefused(path, Database::Status::Corrupt, QStringLiteral("header"));
}

TEST_CASE("another program's SQLite database is refused and not changed", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.sqlite"));
    const int version = GENERATE(0, 3);
    rawExec(path, {QStringLiteral("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)"),
                   QStringLiteral("INSERT INTO moz_places(url) VALUES ('https://example.org')"),
                   QStringLiteral("PRAGMA user_version = %1").arg(version)});
    expectRefused(path, Database::Status::Foreign, QStringLiteral("another program"));
    const auto [objects, stored] = rawInspect(path);
    CHECK(objects == QStringList{QStringLiteral("moz_places")});
    CHECK(stored == version);
}

TEST_CASE("a refused base can be replaced by a backup and is kept aside", "[database][backup]")
{
    QTemporaryDir dir;
    const QString path = sealedBase(dir);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(QFile::copy(path, backup));
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    const QByteArray damaged = fileBytes(path);

    Database db(path);
    REQUIRE_FALSE(db.open());
    REQUIRE(db.status() == Database::Status::Corrupt);
    const SystemClock clock;
    QString aside;
    QString error;
    REQUIRE(RestoreService(db, clock).restore(backup, &aside, &error));
    CHECK(error.isEmpty());
    CHECK(db.status() == Database::Status::Ok);
    CHECK(ClientRepository(db).count(ClientListQuery()) == 300);
    CHECK(fileBytes(aside) == damaged);
}

TEST_CASE("a base locked by another program is not replaced by a restore", "[database][backup]")
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        REQUIRE(q.exec());
    }
    Database second(t.path());
    REQUIRE_FALSE(second.open());
    REQUIRE(second.status() == Database::Status::Locked);
    const SystemClock clock;
    QString aside;
    QString error;
    CHECK_FALSE(RestoreService(second, clock).restore(backup, &aside, &error));
    CHECK(error.contains(t.path()));
    CHECK(t.db().status() == Database::Status::Ok);
    CHECK(QFile::exists(t.path()));
}

TEST_CASE("a second writer on the same file is refused with the owner's pid", "[database]")
{
    TestDatabase t;
    Database second(t.path());
    QString error;
    CHECK_FALSE(second.open(Database::Mode::ReadWrite, &error));
    CHECK(second.status() == Database::Status::Locked);
    CHECK(error.contains(QString::number(QCoreApplication::applicationPid())));

    // The refused writer did not break the first one.
    ClientRepository repo(t.db());
    Client c = company(QStringLiteral("Still writable"));
    CHECK(repo.save(c));

    // Once the first writer is gone the file is free again.
    t.db().close();
    error.clear();
    CHECK(second.open(Database::Mode::ReadWrite, &error));
    CHECK(error.isEmpty());
    CHECK(second.status() == Database::Status::Ok);
    CHECK(ClientRepository(second).count(ClientListQuery()) == 1);
}

TEST_CASE("a reader opens beside a running writer and sees its commits", "[database]")
{
    TestDatabase t;
    ClientRepository writer(t.db());
    Client a = company(QStringLiteral("Альфа"));
    REQUIRE(writer.save(a));

    Database reader(t.path());
    QString error;
    REQUIRE(reader.open(Database::Mode::ReadOnly, &error));
    CHECK(reader.status() == Database::Status::Ok);
    CHECK(reader.isReadOnly());
    ClientRepository readerRepo(reader);
    CHECK(readerRepo.count(ClientListQuery()) == 1);

    Client b = company(QStringLiteral("Бета"));
    REQUIRE(writer.save(b));
    CHECK(readerRepo.count(ClientListQuery()) == 2);

    // The reader cannot write.
    Client c = company(QStringLiteral("Гамма"));
    CHECK_FALSE(readerRepo.save(c));
    CHECK(writer.count(ClientListQuery()) == 2);
}

TEST_CASE("threads that come one after another each get a working connection", "[database]")
{
    TestDatabase t;
    const int before = int(QSqlDatabase::connectionNames().size());
    // The system reuses the id of a finished thread for the next one.
    for (int i = 0; i < 3; ++i) {
        bool worked = false;
        int during = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            {
                QSqlQuery q(t.db().connection());
                worked = q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next();
            }
            during = int(QSqlDatabase::connectionNames().size());
            t.db().releaseConnection();
        }));
        thread->start();
        REQUIRE(thread->wait(10000));
        CHECK(worked);
        CHECK(during == before + 1);
        // Released: a finished worker keeps no connection behind.
        CHECK(QSqlDatabase::connectionNames().size() == before);
    }
}

TEST_CASE("opening a missing file read-only does not create it", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Database db(path);
    QString error;
    CHECK_FALSE(db.open(Database::Mode::ReadOnly, &error));
    CHECK(db.status() == Database::Status::Unavailable);
    CHECK(error.contains(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("an old database opened read-only asks to be upgraded first", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeFile(path, QByteArray()); // an empty file is an SQLite database at version 0
    Database db(path);
    QString error;
    CHECK_FALSE(db.open(Database::Mode::ReadOnly, &error));
    CHECK(db.status() == Database::Status::OlderSchema);
    CHECK(error.contains(QStringLiteral("clientele-cli init")));
}

TEST_CASE("a migration is applied in one transaction", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));

    SECTION("an empty file is migrated completely")
    {
        writeFile(path, QByteArray());
        Database db(path);
        QString error;
        REQUIRE(db.open(Database::Mode::ReadWrite, &error));
        db.close();
        const auto [objects, version] = rawInspect(path);
        CHECK(version == Database::latestSchemaVersion());
        CHECK(objects.contains(QStringLiteral("clients")));
        CHECK(objects.contains(QStringLiteral("clients_fts")));
        CHECK(objects.contains(QStringLiteral("phones_audit_update")));
    }

    SECTION("a migration that fails half-way leaves nothing behind")
    {
        // A base of schema 7 with a trigger in the way of the last statement
        // of migration 8.
        REQUIRE(QFile::copy(QStringLiteral(CLIENTELE_TEST_DATA "/db/schema_v7.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        rawExec(path, {QStringLiteral("CREATE TRIGGER interaction_totals_update AFTER INSERT ON "
                                      "clients BEGIN SELECT 1; END")});
        const QStringList before = rawInspect(path).first;
        Database db(path);
        QString error;
        CHECK_FALSE(db.open(Database::Mode::ReadWrite, &error));
        CHECK(db.status() == Database::Status::Unavailable);
        CHECK(error.contains(QStringLiteral("interaction_totals_update")));
        db.close();

        const auto [objects, version] = rawInspect(path);
        CHECK(version == 7);
        CHECK(objects == before);
        CHECK_FALSE(objects.contains(QStringLiteral("deal_open_totals")));
    }
}

TEST_CASE("a file deleted, moved away or replaced under the open database is noticed", "[database]")
{
    TestDatabase t;
    CHECK_FALSE(t.db().isFileGone());
    const QString moved = t.path() + QStringLiteral(".moved");
    REQUIRE(QFile::rename(t.path(), moved));
    CHECK(t.db().isFileGone());
    REQUIRE(QFile::rename(moved, t.path()));
    CHECK_FALSE(t.db().isFileGone()); // the same file back in its place

    // Another file under the name: SQLite would go on writing into the old one.
    REQUIRE(QFile::copy(t.path(), moved));
    REQUIRE(QFile::remove(t.path()));
    REQUIRE(QFile::rename(moved, t.path()));
    CHECK(t.db().isFileGone());
    // Opened anew, the file under the name is the one open.
    REQUIRE(t.db().open());
    CHECK_FALSE(t.db().isFileGone());
}

TEST_CASE("SQLite's words for a base that cannot be written are said plainly, naming the file",
          "[database]")
{
    const QString path = QStringLiteral("/data/crm.sqlite");
    const QString full = Database::explainError(
        path, QStringLiteral("database or disk is full Unable to fetch row"));
    CHECK(full.startsWith(QStringLiteral("Cannot write to the database /data/crm.sqlite: the disk "
                                         "is full or the file cannot grow any larger.")));
    CHECK(full.contains(QStringLiteral("This change was not saved")));
    CHECK(full.contains(QStringLiteral("(SQLite: database or disk is full Unable to fetch row)")));

    // Without a file size limit on this process, an I/O error is the drive's.
    CHECK(Database::explainError(path, QStringLiteral("disk I/O error"))
              .contains(QStringLiteral("the disk refused the write")));
    CHECK(Database::explainError(path, QStringLiteral("attempt to write a readonly database"))
              .contains(QStringLiteral("the file is read-only")));

    // Everything else is left as it is.
    const QString other = QStringLiteral("UNIQUE constraint failed: tags.name");
    CHECK(Database::explainError(path, other) == other);
}
