#include "backup/backupservice.h"
#include "backup/databasecheck.h"
#include "backup/restoreservice.h"
#include "calendar/clock.h"
#include "catchqt.h"
#include "clients/clientrepository.h"
#include "db/database.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

namespace {

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime local) : m_now(local.toUTC()) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

void addClients(Database &db, int count, const QString &prefix)
{
    ClientRepository repo(db);
    for (int i = 0; i < count; ++i) {
        Client c;
        c.kind = Client::Kind::Company;
        c.name = prefix + QString::number(i);
        c.city = QStringLiteral("Екатеринбург");
        QString error;
        if (!repo.save(c, &error))
            FAIL(error.toStdString());
    }
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// What a plain read-only connection sees in a file: integrity_check's first
// line, the clients, and their rows in the search index.
struct FileView
{
    QString integrity;
    qint64 clients = -1;
    qint64 indexed = -1;
};

FileView inspect(const QString &path)
{
    const QString name = QStringLiteral("backup_test_inspect");
    FileView v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        v.integrity = q.value(0).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM clients")));
        REQUIRE(q.next());
        v.clients = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM clients_fts")));
        REQUIRE(q.next());
        v.indexed = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (p & (QFile::ReadOwner | QFile::WriteOwner)) == (QFile::ReadOwner | QFile::WriteOwner) &&
           !(p & others);
}

QStringList names(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

void touch(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("x");
}

} // namespace

TEST_CASE("A backup taken while another thread writes is a consistent snapshot")
{
    TestDatabase t;
    addClients(t.db(), 50, QStringLiteral("Начало "));
    const qint64 before = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients"));

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        ClientRepository repo(t.db());
        while (!stop) {
            Client c;
            c.kind = Client::Kind::Person;
            c.name = QStringLiteral("Пишущий %1").arg(written.load());
            QString error;
            if (repo.save(c, &error))
                ++written;
        }
        t.db().releaseConnection();
    });
    // Backups start once the writer is under way, and it keeps writing through them.
    while (written < 5)
        QThread::msleep(1);
    const SystemClock clock;
    const BackupService service(t.db(), clock);
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        const QString file = QDir(t.dir()).filePath(QStringLiteral("copy%1.sqlite").arg(i));
        QString error;
        INFO(error.toStdString());
        REQUIRE(service.backupTo(file, &error));
        files << file;
    }
    stop = true;
    writer.join();
    const qint64 after = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients"));
    REQUIRE(after > before);

    qint64 previous = before;
    for (const QString &file : files) {
        const FileView v = inspect(file);
        CHECK(v.integrity == QStringLiteral("ok"));
        // A client and its search row are written in one transaction: a
        // snapshot has both or neither.
        CHECK(v.clients == v.indexed);
        CHECK(v.clients >= previous);
        CHECK(v.clients <= after);
        previous = v.clients;
        CHECK(ownerOnly(file));
        Database copy(file);
        QString error;
        REQUIRE(copy.open(Database::Mode::ReadWrite, &error));
        CHECK(DatabaseCheck(copy).run().isEmpty());
    }
}

TEST_CASE("Rotation keeps the newest backup of the last days and weeks")
{
    TestDatabase t;
    SettingsRepository settings(t.db());
    BusinessSettings business(settings);
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("kept"));
    REQUIRE(business.setValue(QStringLiteral("backup.folder"), folder));
    REQUIRE(business.setValue(QStringLiteral("backup.daily"), QStringLiteral("2")));
    REQUIRE(business.setValue(QStringLiteral("backup.weekly"), QStringLiteral("3")));
    REQUIRE_FALSE(business.setValue(QStringLiteral("backup.daily"), QStringLiteral("0")));
    REQUIRE(QDir().mkpath(folder));
    for (const QDateTime &at : {local(2026, 2, 20, 12), local(2026, 3, 1, 12),
                                local(2026, 3, 7, 12), local(2026, 3, 8, 12), local(2026, 3, 9, 12),
                                local(2026, 3, 10, 9), local(2026, 3, 10, 18)})
        touch(QDir(folder).filePath(BackupService::fileName(at)));
    // Not ours: never deleted.
    touch(QDir(folder).filePath(QStringLiteral("notes.txt")));
    touch(QDir(folder).filePath(QStringLiteral("clientele-old.sqlite")));

    const FixedClock clock(local(2026, 3, 11, 10));
    const BackupService service(t.db(), clock);
    CHECK(service.folder() == folder);
    QString error;
    REQUIRE(service.rotate(&error));
    // Days: 10th (18:00) and 9th. ISO weeks: 11 (10th), 10 (8th), 9 (1st).
    CHECK(names(folder) == QStringList{QStringLiteral("clientele-2026-03-01-120000.sqlite"),
                                       QStringLiteral("clientele-2026-03-08-120000.sqlite"),
                                       QStringLiteral("clientele-2026-03-09-120000.sqlite"),
                                       QStringLiteral("clientele-2026-03-10-180000.sqlite"),
                                       QStringLiteral("clientele-old.sqlite"),
                                       QStringLiteral("notes.txt")});
    CHECK_FALSE(service.isDue());

    // A new day's backup pushes the 9th out of the two days; the weeks stay.
    const QString made = service.backupNow(&error);
    INFO(error.toStdString());
    REQUIRE(made == QDir(folder).filePath(QStringLiteral("clientele-2026-03-11-100000.sqlite")));
    CHECK(names(folder) == QStringList{QStringLiteral("clientele-2026-03-01-120000.sqlite"),
                                       QStringLiteral("clientele-2026-03-08-120000.sqlite"),
                                       QStringLiteral("clientele-2026-03-10-180000.sqlite"),
                                       QStringLiteral("clientele-2026-03-11-100000.sqlite"),
                                       QStringLiteral("clientele-old.sqlite"),
                                       QStringLiteral("notes.txt")});
    CHECK(inspect(made).integrity == QStringLiteral("ok"));
    CHECK(ownerOnly(made));
    const QList<BackupFile> listed = service.backups();
    REQUIRE(listed.size() == 4);
    CHECK(listed.first().path == made);
    CHECK(listed.first().takenAt == local(2026, 3, 11, 10));

    CHECK(BackupService(t.db(), FixedClock(local(2026, 3, 12, 9, 59))).isDue() == false);
    CHECK(BackupService(t.db(), FixedClock(local(2026, 3, 12, 10, 1))).isDue());
}

TEST_CASE("The backups folder defaults to one beside the database")
{
    TestDatabase t;
    const SystemClock clock;
    const BackupService service(t.db(), clock);
    CHECK(service.folder() == QDir(t.dir()).filePath(QStringLiteral("backups")));
    CHECK(service.isDue());
    CHECK(service.dailyCount() == 7);
    CHECK(service.weeklyCount() == 4);
}

TEST_CASE("A damaged or foreign file is refused and the base stays as it was")
{
    TestDatabase t;
    addClients(t.db(), 300, QStringLiteral("Клиент "));
    const SystemClock clock;
    const QString good = QDir(t.dir()).filePath(QStringLiteral("good.sqlite"));
    QString error;
    REQUIRE(BackupService(t.db(), clock).backupTo(good, &error));

    // Bytes flipped in the middle of a copy: the pages of the tables.
    const QString damaged = QDir(t.dir()).filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(good, damaged));
    {
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 16 * 4096);
        QByteArray bytes = f.readAll();
        for (qint64 i = size / 4; i < size / 4 + 8 * 4096; ++i)
            bytes[i] = char(~bytes.at(i));
        f.seek(0);
        REQUIRE(f.write(bytes) == size);
    }
    const QString text = QDir(t.dir()).filePath(QStringLiteral("notes.txt"));
    touch(text);
    const QString foreign = QDir(t.dir()).filePath(QStringLiteral("other.sqlite"));
    {
        const QString name = QStringLiteral("backup_test_foreign");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(foreign);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY)")));
        }
        QSqlDatabase::removeDatabase(name);
    }

    RestoreService restore(t.db(), clock);
    for (const QString &bad : {damaged, text, foreign}) {
        INFO(bad.toStdString());
        CHECK_FALSE(RestoreService::problem(bad).isEmpty());
        QString aside;
        error.clear();
        CHECK_FALSE(restore.restore(bad, &aside, &error));
        CHECK(error.contains(bad));
        CHECK(aside.isEmpty());
    }
    CHECK(RestoreService::problem(foreign).contains(QStringLiteral("not a Clientele")));
    CHECK(RestoreService::problem(good).isEmpty());
    // Untouched: still open, the same clients, nothing moved aside.
    CHECK(t.db().status() == Database::Status::Ok);
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients")) == 300);
    CHECK(QDir(t.dir()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files).isEmpty());
}

TEST_CASE("A restore keeps the replaced file aside and opens the backup")
{
    TestDatabase t;
    addClients(t.db(), 10, QStringLiteral("Было "));
    const FixedClock clock(local(2026, 3, 11, 10, 30));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("ten.sqlite"));
    QString error;
    REQUIRE(BackupService(t.db(), clock).backupTo(backup, &error));
    addClients(t.db(), 5, QStringLiteral("Стало "));

    QString aside;
    INFO(error.toStdString());
    REQUIRE(RestoreService(t.db(), clock).restore(backup, &aside, &error));
    CHECK(aside == t.path() + QStringLiteral(".replaced-20260311-103000"));
    CHECK(t.db().status() == Database::Status::Ok);
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM clients")) == 10);
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
    }
    // The replaced base, whole: its last five clients were in the WAL until the restore.
    const FileView old = inspect(aside);
    CHECK(old.integrity == QStringLiteral("ok"));
    CHECK(old.clients == 15);
    CHECK(ownerOnly(t.path()));
    CHECK(ownerOnly(aside));

    // Writable after the restore, and a second restore in the same second gets its own name.
    addClients(t.db(), 1, QStringLiteral("После "));
    QString second;
    REQUIRE(RestoreService(t.db(), clock).restore(backup, &second, &error));
    CHECK(second == aside + QStringLiteral("-2"));
    CHECK(inspect(second).clients == 11);
}

TEST_CASE("A new database and its WAL are readable by the owner only")
{
    TestDatabase t;
    addClients(t.db(), 1, QStringLiteral("Один "));
    CHECK(ownerOnly(t.path()));
    CHECK(ownerOnly(t.path() + QStringLiteral("-wal")));
}

TEST_CASE("The check finds a client missing from the search index and a dangling reference")
{
    TestDatabase t;
    addClients(t.db(), 3, QStringLiteral("Проверка "));
    CHECK(DatabaseCheck(t.db()).run().isEmpty());
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM clients_fts WHERE rowid = 2")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contact_persons (client_id, first_name) "
                                      "VALUES (999, 'Никто')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const QList<DatabaseProblem> problems = DatabaseCheck(t.db()).run();
    bool missing = false;
    bool dangling = false;
    for (const DatabaseProblem &p : problems) {
        missing |= p.check == QStringLiteral("search_index") &&
                   p.table == QStringLiteral("clients") && p.rowId == 2;
        dangling |= p.check == QStringLiteral("foreign_key") &&
                    p.table == QStringLiteral("contact_persons") &&
                    p.message.contains(QStringLiteral("clients"));
    }
    CHECK(missing);
    CHECK(dangling);
}
