// `clientele-cli backup`, `restore` and `check` on real files.
#include "catchqt.h"
#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Statements on a plain connection with foreign keys off: damage the checks must find.
void damage(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("backup_cli_test_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

bool ownerOnly(const QString &path)
{
    return QFile::permissions(path) ==
           (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

QStringList company(const QString &name)
{
    return {QStringLiteral("--kind"), QStringLiteral("company"), QStringLiteral("--name"), name};
}
} // namespace

TEST_CASE("backup writes into the backups folder and check finds a clean base", "[cli][backup]")
{
    Fixture f;
    f.add(company(QStringLiteral("ООО Ромашка")));
    CHECK(ownerOnly(f.db));

    const Result made = f.ok({QStringLiteral("backup")});
    const QString path = made.text().trimmed();
    CHECK(QFileInfo(path).absolutePath() == f.dir.filePath(QStringLiteral("backups")));
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("clientele-")));
    CHECK(QFileInfo::exists(path));
    CHECK(ownerOnly(path));

    const QString file = f.dir.filePath(QStringLiteral("copy.sqlite"));
    CHECK(f.ok({QStringLiteral("backup"), file}).text().trimmed() == file);
    CHECK(ownerOnly(file));
    // An existing file is never overwritten.
    const Result again = f.cli({QStringLiteral("backup"), file});
    CHECK(again.code == 1);
    CHECK(again.err.contains(file));

    const Result check = f.ok({QStringLiteral("check")});
    CHECK(check.text().contains(QStringLiteral("sound")));
    const Result json =
        f.ok({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    CHECK(doc.value(QStringLiteral("clean")).toBool());
    CHECK(doc.value(QStringLiteral("problems")).toArray().isEmpty());

    // The backup is a base of its own that the CLI reads and checks.
    Fixture other;
    const Result copyCheck = other.run(
        {QStringLiteral("--db"), file, QStringLiteral("search"), QStringLiteral("ромашка")});
    CHECK(copyCheck.code == 0);
    CHECK(copyCheck.text().contains(QStringLiteral("ООО Ромашка")));
}

TEST_CASE("check names a broken search index and a dangling reference", "[cli][backup]")
{
    Fixture f;
    const qint64 a = f.add(company(QStringLiteral("Альфа")));
    f.add(company(QStringLiteral("Бета")));

    SECTION("a client without its search row")
    {
        damage(f.db, {QStringLiteral("DELETE FROM clients_fts WHERE rowid = %1").arg(a)});
        const Result r =
            f.cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
        CHECK(r.code == 1);
        const QJsonArray problems =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray();
        REQUIRE(problems.size() == 1);
        const QJsonObject p = problems.at(0).toObject();
        CHECK(p.value(QStringLiteral("check")).toString() == QStringLiteral("search_index"));
        CHECK(p.value(QStringLiteral("table")).toString() == QStringLiteral("clients"));
        CHECK(p.value(QStringLiteral("row")).toInteger() == a);
    }
    SECTION("the index's text changed behind its back")
    {
        damage(
            f.db,
            {QStringLiteral("UPDATE clients_fts_content SET c0 = 'нечто' WHERE id = %1").arg(a)});
        const Result r = f.cli({QStringLiteral("check")});
        CHECK(r.code == 1);
        CHECK(r.text().contains(QStringLiteral("search_index\tclients_fts")));
    }
    SECTION("a contact person of a client that does not exist")
    {
        damage(f.db, {QStringLiteral("INSERT INTO contact_persons (client_id, first_name) "
                                     "VALUES (999, 'Никто')")});
        const Result r = f.cli({QStringLiteral("check")});
        CHECK(r.code == 1);
        CHECK(r.text().contains(QStringLiteral("foreign_key\tcontact_persons row")));
        CHECK(r.text().contains(QStringLiteral("clients")));
        CHECK(r.err.contains(QStringLiteral("1 problem")));
    }
}

TEST_CASE("restore refuses what is not a backup and keeps the replaced base aside", "[cli][backup]")
{
    Fixture f;
    f.add(company(QStringLiteral("Первая")));
    const QString backup = f.dir.filePath(QStringLiteral("one.sqlite"));
    f.ok({QStringLiteral("backup"), backup});
    f.add(company(QStringLiteral("Вторая")));

    const QString text = f.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
    }
    const Result refused = f.cli({QStringLiteral("restore"), text});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(text));
    CHECK(refused.err.contains(QStringLiteral("not an SQLite database")));
    CHECK(f.exportJson().size() == 2);
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());

    const Result restored = f.ok({QStringLiteral("restore"), backup});
    const QString aside = restored.text().trimmed();
    CHECK(aside.startsWith(f.db + QStringLiteral(".replaced-")));
    CHECK(QFileInfo::exists(aside));
    CHECK(ownerOnly(f.db));
    const QJsonArray now = f.exportJson();
    REQUIRE(now.size() == 1);
    CHECK(now.at(0).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Первая"));
    Fixture other;
    const Result old =
        other.run({QStringLiteral("--db"), aside, QStringLiteral("export"),
                   QStringLiteral("clients"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(old.out).array().size() == 2);
}

TEST_CASE("a base cut short is refused by every command, reported by check and restored",
          "[cli][backup]")
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.add(company(QStringLiteral("Клиент %1").arg(i)));
    const QString backup = f.dir.filePath(QStringLiteral("good.sqlite"));
    f.ok({QStringLiteral("backup"), backup});
    // A writer's close folds the WAL in: the file alone is the base, then it loses its end.
    f.ok({QStringLiteral("init")});
    REQUIRE_FALSE(QFile::exists(f.db + QStringLiteral("-wal")));
    QFile file(f.db);
    REQUIRE(file.resize(file.size() / 2));
    const qint64 damagedSize = file.size();

    const Result search = f.cli({QStringLiteral("search"), QStringLiteral("Клиент")});
    CHECK(search.code == 3);
    CHECK(search.err.contains(f.db));
    CHECK(search.err.contains(QStringLiteral("cut short")));
    CHECK(QFileInfo(f.db).size() == damagedSize);

    const Result check =
        f.cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(check.code == 1);
    const QJsonObject report = QJsonDocument::fromJson(check.out).object();
    CHECK_FALSE(report.value(QStringLiteral("clean")).toBool());
    CHECK(report.value(QStringLiteral("problems"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("cut short")));

    const Result restored = f.ok({QStringLiteral("restore"), backup});
    const QString aside = restored.text().trimmed();
    CHECK(QFileInfo(aside).size() == damagedSize);
    CHECK(f.exportJson().size() == 3);
    CHECK(f.cli({QStringLiteral("check")}).code == 0);
}
