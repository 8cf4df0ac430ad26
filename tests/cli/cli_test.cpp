#include "catchqt.h"
#include "clients/clientrepository.h"
#include "clifixture.h"
#include "db/database.h"
#include "io/clientexporter.h"
#include "io/vcard.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QLatin1String(n));
    return out;
}

// Every key of the contract present; any other key one of the known extras.
void checkKeys(const QJsonObject &o, const QSet<QString> &contract, const QSet<QString> &extras)
{
    const QSet<QString> keys = keysOf(o);
    for (const QString &k : contract) {
        INFO("missing key " << k.toStdString());
        CHECK(keys.contains(k));
    }
    for (const QString &k : keys) {
        INFO("unexpected key " << k.toStdString());
        CHECK((contract.contains(k) || extras.contains(k)));
    }
}

QStringList strings(const QJsonValue &v)
{
    REQUIRE(v.isArray());
    QStringList out;
    for (const QJsonValue &x : v.toArray()) {
        REQUIRE(x.isString());
        out << x.toString();
    }
    return out;
}

// RFC 4180: quoted fields with doubled quotes, commas and line breaks inside.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            REQUIRE(field.isEmpty()); // a quote only opens a field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text.at(i + 1) == QLatin1Char('\n')); // records end in CRLF
            ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            REQUIRE(c != QLatin1Char('\n')); // a bare LF only inside quotes
            field += c;
            fieldStarted = true;
        }
    }
    REQUIRE_FALSE(quoted);
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("cli_test_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The refusal is one message of ours, not Qt's diagnostics.
void checkOnlyOurMessage(const Result &r)
{
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.startsWith(QStringLiteral("clientele-cli: ")));
    }
}

// Debian's Python (the one that sees python3-vobject) runs `script` on the
// arguments; what it prints is JSON.
QJsonValue python(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    INFO("python: " << QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    INFO(error.errorString().toStdString() << "\n" << out.toStdString());
    REQUIRE(!doc.isNull());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Python's csv module, as a script that post-processes our export would read it.
QList<QStringList> pythonCsv(const QString &path, const QString &encoding, const QString &delimiter)
{
    const QJsonValue rows = python(QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], encoding=sys.argv[2], newline='') as f:
    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[3]))))
)"),
                                   {path, encoding, delimiter});
    QList<QStringList> out;
    for (const QJsonValue &row : rows.toArray())
        out << strings(row);
    return out;
}

// Rows of a CSV with a header, by the value of the header's first column.
QHash<QString, QHash<QString, QString>> byFirstColumn(const QList<QStringList> &rows)
{
    QHash<QString, QHash<QString, QString>> out;
    REQUIRE_FALSE(rows.isEmpty());
    for (const QStringList &row : rows.mid(1)) {
        REQUIRE(row.size() == rows.at(0).size());
        QHash<QString, QString> cells;
        for (int i = 0; i < row.size(); ++i)
            cells.insert(rows.at(0).at(i), row.at(i));
        out.insert(row.at(0), cells);
    }
    return out;
}

const QRegularExpression kUtcTime(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"));

} // namespace

TEST_CASE("init creates the database and can run again", "[cli]")
{
    Fixture f;
    const Result r = f.cli({QStringLiteral("init")});
    CHECK(r.code == 0);
    CHECK(QFile::exists(f.db));
    Database db(f.db);
    REQUIRE(db.open(Database::Mode::ReadOnly));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::latestSchemaVersion());
    db.close();

    CHECK(f.cli({QStringLiteral("init")}).code == 0);
    CHECK_FALSE(QFile::exists(f.fallback));
}

TEST_CASE("without --db the CLI uses $CLIENTELE_DB", "[cli]")
{
    Fixture f;
    CHECK(f.run({QStringLiteral("init")}).code == 0);
    CHECK(QFile::exists(f.fallback));
    CHECK_FALSE(QFile::exists(f.db));
}

TEST_CASE("client add prints the new id and show prints the client as JSON", "[cli]")
{
    Fixture f;
    const qint64 id =
        f.add({QStringLiteral("--kind"),       QStringLiteral("company"),
               QStringLiteral("--name"),       QStringLiteral("ООО Ромашка"),
               QStringLiteral("--phone"),      QStringLiteral("8 (343) 555-12-34"),
               QStringLiteral("--phone"),      QStringLiteral("+7 912 3456789"),
               QStringLiteral("--email"),      QStringLiteral("Info@Romashka.Example"),
               QStringLiteral("--city"),       QStringLiteral("Екатеринбург"),
               QStringLiteral("--region"),     QStringLiteral("Свердловская обл."),
               QStringLiteral("--importance"), QStringLiteral("a"),
               QStringLiteral("--source"),     QStringLiteral("Выставка"),
               QStringLiteral("--tag"),        QStringLiteral("Клиенты"),
               QStringLiteral("--tag"),        QStringLiteral("VIP"),
               QStringLiteral("--inn"),        QStringLiteral("7707083893")});
    const qint64 second = f.add({QStringLiteral("--name"), QStringLiteral("Второй")});
    CHECK(second != id);

    // A contact person, added through the core as the GUI would.
    {
        Database db(f.db);
        REQUIRE(db.open());
        ClientRepository repo(db);
        auto c = repo.load(id);
        REQUIRE(c);
        ContactPerson p;
        p.lastName = QStringLiteral("Сидоров");
        p.firstName = QStringLiteral("Иван");
        p.middleName = QStringLiteral("Петрович");
        p.position = QStringLiteral("Генеральный директор");
        p.phones << PhoneEntry{0, QString(), QStringLiteral("8 (912) 345-67-80"), QString()};
        p.emails << EmailEntry{0, QString(), QStringLiteral("Ivan@Romashka.Example"), QString()};
        c->contacts << p;
        REQUIRE(repo.save(*c));
    }

    const QJsonObject o = f.show(id);
    checkKeys(o,
              setOf({"id", "kind", "name", "first_name", "middle_name", "last_name", "phones",
                     "emails", "city", "region", "address", "importance", "source", "tags", "notes",
                     "legal_entities", "contacts", "created_at", "updated_at"}),
              setOf({"archived", "birthday", "email_opt_out", "sms_opt_out"}));
    CHECK(o.value(QStringLiteral("id")).toInteger() == id);
    CHECK(o.value(QStringLiteral("email_opt_out")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("sms_opt_out")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("ООО Ромашка"));
    CHECK(o.value(QStringLiteral("first_name")).isNull());
    CHECK(o.value(QStringLiteral("middle_name")).isNull());
    CHECK(o.value(QStringLiteral("last_name")).isNull());
    CHECK(strings(o.value(QStringLiteral("phones"))) ==
          QStringList{QStringLiteral("+73435551234"), QStringLiteral("+79123456789")});
    CHECK(strings(o.value(QStringLiteral("emails"))) ==
          QStringList{QStringLiteral("info@romashka.example")});
    CHECK(o.value(QStringLiteral("city")).toString() == QStringLiteral("Екатеринбург"));
    CHECK(o.value(QStringLiteral("region")).toString() == QStringLiteral("Свердловская обл."));
    CHECK(o.value(QStringLiteral("address")).isNull());
    CHECK(o.value(QStringLiteral("importance")).toString() == QStringLiteral("A"));
    CHECK(o.value(QStringLiteral("source")).toString() == QStringLiteral("Выставка"));
    CHECK(strings(o.value(QStringLiteral("tags"))) ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("Клиенты")});
    CHECK(o.value(QStringLiteral("notes")).isNull());
    CHECK(o.value(QStringLiteral("archived")).toBool() == false);
    CHECK(kUtcTime.match(o.value(QStringLiteral("created_at")).toString()).hasMatch());
    CHECK(kUtcTime.match(o.value(QStringLiteral("updated_at")).toString()).hasMatch());

    const QJsonArray legal = o.value(QStringLiteral("legal_entities")).toArray();
    REQUIRE(legal.size() == 1);
    const QJsonObject l = legal.at(0).toObject();
    checkKeys(l, setOf({"name", "inn", "kpp"}),
              setOf({"ogrn", "bank_name", "bik", "bank_account", "corr_account", "legal_address"}));
    CHECK(l.value(QStringLiteral("name")).toString() == QStringLiteral("ООО Ромашка"));
    CHECK(l.value(QStringLiteral("inn")).toString() == QStringLiteral("7707083893"));
    CHECK(l.value(QStringLiteral("kpp")).isNull());

    const QJsonArray contacts = o.value(QStringLiteral("contacts")).toArray();
    REQUIRE(contacts.size() == 1);
    const QJsonObject p = contacts.at(0).toObject();
    checkKeys(
        p, setOf({"id", "first_name", "middle_name", "last_name", "position", "phones", "emails"}),
        setOf({"birthday", "email_opt_out", "sms_opt_out"}));
    CHECK(p.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(p.value(QStringLiteral("first_name")).toString() == QStringLiteral("Иван"));
    CHECK(p.value(QStringLiteral("middle_name")).toString() == QStringLiteral("Петрович"));
    CHECK(p.value(QStringLiteral("last_name")).toString() == QStringLiteral("Сидоров"));
    CHECK(p.value(QStringLiteral("position")).toString() == QStringLiteral("Генеральный директор"));
    CHECK(strings(p.value(QStringLiteral("phones"))) ==
          QStringList{QStringLiteral("+79123456780")});
    CHECK(strings(p.value(QStringLiteral("emails"))) ==
          QStringList{QStringLiteral("ivan@romashka.example")});

    // A bare company: unknown values are null or empty arrays, never missing.
    const QJsonObject bare = f.show(second);
    for (const char *key : {"first_name", "middle_name", "last_name", "city", "region", "address",
                            "importance", "source", "notes"}) {
        INFO(key);
        CHECK(bare.value(QLatin1String(key)).isNull());
    }
    for (const char *key : {"phones", "emails", "tags", "legal_entities", "contacts"}) {
        INFO(key);
        CHECK(bare.value(QLatin1String(key)).isArray());
        CHECK(bare.value(QLatin1String(key)).toArray().isEmpty());
    }

    // The plain text card.
    const Result card =
        f.ok({QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});
    CHECK(card.text().startsWith(QStringLiteral("ООО Ромашка\n")));
    CHECK(card.text().contains(QStringLiteral("+7 343 555-12-34")));
    CHECK(card.text().contains(QStringLiteral("Сидоров Иван Петрович")));
}

TEST_CASE("a person is added from name parts", "[cli]")
{
    Fixture f;
    const qint64 id =
        f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--last-name"),
               QStringLiteral("Ёлкин"), QStringLiteral("--first-name"), QStringLiteral("Пётр"),
               QStringLiteral("--phone"), QStringLiteral("89123456789")});
    const QJsonObject o = f.show(id);
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("person"));
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Ёлкин Пётр"));
    CHECK(o.value(QStringLiteral("last_name")).toString() == QStringLiteral("Ёлкин"));
    CHECK(o.value(QStringLiteral("first_name")).toString() == QStringLiteral("Пётр"));
    CHECK(o.value(QStringLiteral("middle_name")).isNull());
    CHECK(strings(o.value(QStringLiteral("phones"))) ==
          QStringList{QStringLiteral("+79123456789")});
}

TEST_CASE("a phone or e-mail that does not parse is kept as typed with a warning", "[cli]")
{
    Fixture f;
    const Result r = f.ok({QStringLiteral("client"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("ООО Ромашка"),
                           QStringLiteral("--phone"), QStringLiteral("спросить у секретаря"),
                           QStringLiteral("--email"), QStringLiteral("нет почты")});
    CHECK(r.err.contains(QStringLiteral("спросить у секретаря")));
    CHECK(r.err.contains(QStringLiteral("нет почты")));
    const QJsonObject o = f.show(r.text().trimmed().toLongLong());
    CHECK(strings(o.value(QStringLiteral("phones"))) ==
          QStringList{QStringLiteral("спросить у секретаря")});
    CHECK(strings(o.value(QStringLiteral("emails"))) == QStringList{QStringLiteral("нет почты")});
}

TEST_CASE("search prints the short JSON of each client, best first", "[cli]")
{
    Fixture f;
    const qint64 romashka =
        f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка"), QStringLiteral("--phone"),
               QStringLiteral("+7 912 345-67-89"), QStringLiteral("--email"),
               QStringLiteral("Info@Romashka.Example"), QStringLiteral("--city"),
               QStringLiteral("Смирновка")});
    const qint64 smirnov = f.add({QStringLiteral("--name"), QStringLiteral("Смирнов и партнёры")});

    const QJsonArray found = f.search(QStringLiteral("смирнов"));
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).toObject().value(QStringLiteral("id")).toInteger() == smirnov);
    CHECK(found.at(1).toObject().value(QStringLiteral("id")).toInteger() == romashka);

    const QJsonArray byPhone = f.search(QStringLiteral("8912345"));
    REQUIRE(byPhone.size() == 1);
    const QJsonObject o = byPhone.at(0).toObject();
    CHECK(keysOf(o) == setOf({"id", "kind", "name", "city", "phones", "emails"}));
    CHECK(o.value(QStringLiteral("id")).toInteger() == romashka);
    CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("ООО Ромашка"));
    CHECK(o.value(QStringLiteral("city")).toString() == QStringLiteral("Смирновка"));
    CHECK(strings(o.value(QStringLiteral("phones"))) ==
          QStringList{QStringLiteral("+79123456789")});
    CHECK(strings(o.value(QStringLiteral("emails"))) ==
          QStringList{QStringLiteral("info@romashka.example")});

    const QJsonObject bare = f.search(QStringLiteral("партн")).at(0).toObject();
    CHECK(bare.value(QStringLiteral("city")).isNull());
    CHECK(bare.value(QStringLiteral("phones")).toArray().isEmpty());

    CHECK(f.search(QStringLiteral("лютик")).isEmpty());

    // --limit, and the text form: one line per client.
    CHECK(
        f.jsonArray({QStringLiteral("search"), QStringLiteral("смирнов"), QStringLiteral("--limit"),
                     QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")})
            .size() == 1);
    const Result text = f.ok({QStringLiteral("search"), QStringLiteral("ромашка")});
    CHECK(text.text().startsWith(QString::number(romashka) + QStringLiteral("\tООО Ромашка\t")));
    CHECK(text.text().count(QLatin1Char('\n')) == 1);
}

TEST_CASE("archive hides a client from search and restore brings it back", "[cli]")
{
    Fixture f;
    const qint64 id = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    f.add({QStringLiteral("--name"), QStringLiteral("ООО Лютик")});
    REQUIRE(f.search(QStringLiteral("ромашка")).size() == 1);
    REQUIRE(f.exportJson().size() == 2);

    f.ok({QStringLiteral("client"), QStringLiteral("archive"), QString::number(id)});
    CHECK(f.search(QStringLiteral("ромашка")).isEmpty());
    CHECK(f.show(id).value(QStringLiteral("archived")).toBool());
    CHECK(f.exportJson().size() == 1);

    f.ok({QStringLiteral("client"), QStringLiteral("restore"), QString::number(id)});
    const QJsonArray back = f.search(QStringLiteral("ромашка"));
    REQUIRE(back.size() == 1);
    CHECK(back.at(0).toObject().value(QStringLiteral("id")).toInteger() == id);
    CHECK_FALSE(f.show(id).value(QStringLiteral("archived")).toBool());
    CHECK(f.exportJson().size() == 2);

    const Result missing =
        f.cli({QStringLiteral("client"), QStringLiteral("archive"), QStringLiteral("999")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
}

TEST_CASE("export writes CSV and JSON that read back", "[cli]")
{
    Fixture f;
    const QString tricky = QStringLiteral("ООО \"Кавычки, и запятые\"");
    const QString notes = QStringLiteral("первая строка\nвторая, с запятой");
    const qint64 a = f.add({QStringLiteral("--name"), tricky, QStringLiteral("--notes"), notes,
                            QStringLiteral("--phone"), QStringLiteral("8 (912) 345-67-89"),
                            QStringLiteral("--phone"), QStringLiteral("+7 343 555-12-34"),
                            QStringLiteral("--email"), QStringLiteral("A@B.Example"),
                            QStringLiteral("--inn"), QStringLiteral("7707083893")});
    const qint64 b =
        f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--last-name"),
               QStringLiteral("Ёлкин"), QStringLiteral("--first-name"), QStringLiteral("Пётр")});
    const qint64 c = f.add({QStringLiteral("--name"), QStringLiteral("Acme GmbH"),
                            QStringLiteral("--city"), QStringLiteral("Berlin")});

    const Result csv = f.ok({QStringLiteral("export"), QStringLiteral("clients"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.endsWith("\r\n"));
    // UTF-8 with a BOM by default, so that Excel reads it as UTF-8.
    REQUIRE(csv.out.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.out.mid(3)));
    REQUIRE(rows.size() == 4);
    const QStringList header = rows[0];
    for (const QStringList &row : rows) {
        INFO(row.join(QLatin1Char('|')).toStdString());
        CHECK(row.size() == header.size());
    }
    const qsizetype idCol = header.indexOf(QStringLiteral("id"));
    const qsizetype nameCol = header.indexOf(QStringLiteral("name"));
    const qsizetype notesCol = header.indexOf(QStringLiteral("notes"));
    const qsizetype phonesCol = header.indexOf(QStringLiteral("phones"));
    const qsizetype emailsCol = header.indexOf(QStringLiteral("emails"));
    const qsizetype innCol = header.indexOf(QStringLiteral("inn"));
    REQUIRE(idCol >= 0);
    REQUIRE(nameCol >= 0);
    REQUIRE(notesCol >= 0);
    REQUIRE(phonesCol >= 0);
    REQUIRE(emailsCol >= 0);
    REQUIRE(innCol >= 0);
    QHash<qint64, QStringList> byId;
    for (const QStringList &row : rows.mid(1))
        byId.insert(row.at(idCol).toLongLong(), row);
    REQUIRE(QSet<qint64>{a, b, c} == QSet<qint64>(byId.keyBegin(), byId.keyEnd()));
    CHECK(byId[a].at(nameCol) == tricky);
    CHECK(byId[a].at(notesCol) == notes);
    CHECK(byId[a].at(phonesCol).split(QStringLiteral("; ")) ==
          QStringList{QStringLiteral("+79123456789"), QStringLiteral("+73435551234")});
    CHECK(byId[a].at(emailsCol) == QStringLiteral("a@b.example"));
    CHECK(byId[a].at(innCol) == QStringLiteral("7707083893"));
    CHECK(byId[b].at(nameCol) == QStringLiteral("Ёлкин Пётр"));
    CHECK(byId[c].at(nameCol) == QStringLiteral("Acme GmbH"));

    // -o writes the same bytes to a file.
    const QString path = f.dir.filePath(QStringLiteral("clients.csv"));
    f.ok({QStringLiteral("export"), QStringLiteral("clients"), QStringLiteral("--format"),
          QStringLiteral("csv"), QStringLiteral("-o"), path});
    CHECK(fileBytes(path) == csv.out);

    const QJsonArray json = f.exportJson();
    CHECK(json.size() == rows.size() - 1);
    QSet<qint64> jsonIds;
    for (const QJsonValue &v : json) {
        REQUIRE(v.isObject());
        const QJsonObject o = v.toObject();
        jsonIds.insert(o.value(QStringLiteral("id")).toInteger());
        CHECK(o.value(QStringLiteral("name")).toString() ==
              byId[o.value(QStringLiteral("id")).toInteger()].at(nameCol));
        CHECK(o.contains(QStringLiteral("legal_entities")));
    }
    CHECK(jsonIds == QSet<qint64>{a, b, c});

    const QString jsonPath = f.dir.filePath(QStringLiteral("clients.json"));
    f.ok({QStringLiteral("export"), QStringLiteral("clients"), QStringLiteral("--format"),
          QStringLiteral("json"), QStringLiteral("-o"), jsonPath});
    CHECK(QJsonDocument::fromJson(fileBytes(jsonPath)).array() == json);

    // A folder that does not exist: refused, nothing written.
    const QString bad = f.dir.filePath(QStringLiteral("no/such/folder/clients.csv"));
    CHECK(f.cli({QStringLiteral("export"), QStringLiteral("clients"), QStringLiteral("-o"), bad})
              .code == 1);
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("an empty database exports an empty list", "[cli]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    CHECK(f.exportJson().isEmpty());
    const Result csv = f.ok({QStringLiteral("export"), QStringLiteral("clients")});
    CHECK(parseCsv(csv.text()).size() == 1);
}

TEST_CASE("usage errors exit with 2", "[cli]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    const QList<QStringList> usage = {
        {QStringLiteral("frobnicate")},
        {},
        {QStringLiteral("client")},
        {QStringLiteral("client"), QStringLiteral("fly")},
        {QStringLiteral("client"), QStringLiteral("show")},
        {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("abc")},
        {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--kind"),
         QStringLiteral("partner"), QStringLiteral("--name"), QStringLiteral("X")},
        {QStringLiteral("search")},
        {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
         QStringLiteral("0")},
        {QStringLiteral("export")},
        {QStringLiteral("export"), QStringLiteral("clients"), QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("many")},
        {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit")},
    };
    for (const QStringList &args : usage) {
        INFO("clientele-cli " << args.join(QLatin1Char(' ')).toStdString());
        const Result r = f.cli(args);
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.isEmpty());
        CHECK(r.out.isEmpty());
    }
    const Result unknown = f.cli({QStringLiteral("frobnicate")});
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(unknown.err.contains(QStringLiteral("usage:")));
    // Nothing was added by the refused commands.
    CHECK(f.exportJson().isEmpty());
}

TEST_CASE("--help and --version answer on stdout and succeed, without a database", "[cli]")
{
    Fixture f;
    const Result help = f.cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.err.isEmpty());
    CHECK(help.text().startsWith(QStringLiteral("usage: clientele-cli")));
    CHECK(help.text().contains(QStringLiteral("import csv FILE")));
    const Result version = f.cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.text() == QStringLiteral("clientele-cli " CLIENTELE_VERSION "\n"));
    // Neither opened, so neither made, the database.
    CHECK_FALSE(QFile::exists(f.db));
}

TEST_CASE("bad input is refused with 1 and changes nothing", "[cli]")
{
    Fixture f;
    f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});

    const Result missing =
        f.cli({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("999"),
               QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    CHECK(missing.out.isEmpty());

    const Result noName =
        f.cli({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--kind"),
               QStringLiteral("company"), QStringLiteral("--name"), QString()});
    CHECK(noName.code == 1);
    CHECK_FALSE(noName.err.isEmpty());
    CHECK(noName.out.isEmpty());

    const Result blank = f.cli({QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("   ")});
    CHECK(blank.code == 1);

    const Result noPerson = f.cli({QStringLiteral("client"), QStringLiteral("add"),
                                   QStringLiteral("--kind"), QStringLiteral("person")});
    CHECK(noPerson.code == 1);

    const Result importance =
        f.cli({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("X"), QStringLiteral("--importance"), QStringLiteral("D")});
    CHECK(importance.code == 1);
    CHECK(importance.err.contains(QStringLiteral("D")));

    CHECK(f.exportJson().size() == 1);
}

TEST_CASE("a database that cannot be used exits with 3", "[cli]")
{
    Fixture f;

    SECTION("search in a database that does not exist")
    {
        const QString nowhere = f.dir.filePath(QStringLiteral("no/such/folder/crm.sqlite"));
        const Result r =
            f.run({QStringLiteral("--db"), nowhere, QStringLiteral("search"), QStringLiteral("x")});
        CHECK(r.code == 3);
        CHECK(r.err.contains(nowhere));
        checkOnlyOurMessage(r);
        CHECK_FALSE(QFile::exists(nowhere));
        CHECK(f.cli({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("1")}).code ==
              3);
        CHECK_FALSE(QFile::exists(f.db));
    }

    SECTION("a database from a newer Clientele")
    {
        rawExec(
            f.db,
            {QStringLiteral("CREATE TABLE clients(id INTEGER PRIMARY KEY)"),
             QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        const QByteArray before = fileBytes(f.db);
        for (const QStringList &args :
             {QStringList{QStringLiteral("search"), QStringLiteral("x")},
              QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("X")},
              QStringList{QStringLiteral("export"), QStringLiteral("clients")}}) {
            INFO("clientele-cli " << args.join(QLatin1Char(' ')).toStdString());
            const Result r = f.cli(args);
            CHECK(r.code == 3);
            CHECK(r.err.contains(QStringLiteral("newer")));
            checkOnlyOurMessage(r);
            CHECK(r.out.isEmpty());
        }
        CHECK(fileBytes(f.db) == before);
    }

    SECTION("a file that is not a database")
    {
        {
            QFile junk(f.db);
            REQUIRE(junk.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                junk.write("name,phone\nИванов,+79123456789\n");
        }
        const QByteArray before = fileBytes(f.db);
        for (const QString &command : {QStringLiteral("search"), QStringLiteral("init")}) {
            const Result r = f.cli({command, QStringLiteral("x")});
            CHECK(r.code == 3);
            CHECK(r.err.contains(f.db));
            checkOnlyOurMessage(r);
        }
        CHECK(fileBytes(f.db) == before);
    }

    SECTION("a database locked by a running program")
    {
        f.ok({QStringLiteral("init")});
        Database holder(f.db);
        REQUIRE(holder.open(Database::Mode::ReadWrite));

        const Result r = f.cli({QStringLiteral("client"), QStringLiteral("add"),
                                QStringLiteral("--kind"), QStringLiteral("company"),
                                QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
        CHECK(r.code == 3);
        CHECK(r.err.contains(QString::number(QCoreApplication::applicationPid())));
        CHECK(r.out.isEmpty());
        checkOnlyOurMessage(r);
        CHECK(f.cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")})
                  .code == 3);
        CHECK(ClientRepository(holder).count(ClientListQuery()) == 0);

        // Readers still work beside the writer.
        CHECK(f.cli({QStringLiteral("search"), QStringLiteral("ромашка")}).code == 0);

        holder.close();
        f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
        CHECK(f.search(QStringLiteral("ромашка")).size() == 1);
    }
}

TEST_CASE("demo fills the database with clients that can be found", "[cli]")
{
    Fixture f;
    f.ok({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("50"),
          QStringLiteral("--seed"), QStringLiteral("3")});
    const QJsonArray all = f.exportJson();
    REQUIRE(all.size() == 50);

    const QJsonObject first = all.at(7).toObject();
    const QString name = first.value(QStringLiteral("name")).toString();
    const QJsonArray found =
        f.jsonArray({QStringLiteral("search"), name, QStringLiteral("--limit"),
                     QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("json")});
    bool seen = false;
    for (const QJsonValue &v : found)
        seen =
            seen || v.toObject().value(QStringLiteral("id")) == first.value(QStringLiteral("id"));
    CHECK(seen);
    for (const QJsonValue &v : all) {
        for (const QString &p : strings(v.toObject().value(QStringLiteral("phones")))) {
            INFO(p.toStdString());
            CHECK(QRegularExpression(QStringLiteral(R"(^\+\d{11}$)")).match(p).hasMatch());
        }
    }
}

TEST_CASE("Cyrillic names round-trip through the CLI", "[cli]")
{
    Fixture f;
    const QString name = QStringLiteral("ИП Ёлкин «Ёлочка» — ёжики и йогурты");
    const qint64 id = f.add({QStringLiteral("--name"), name, QStringLiteral("--city"),
                             QStringLiteral("Йошкар-Ола"), QStringLiteral("--tag"),
                             QStringLiteral("Постоянные")});
    const QJsonObject o = f.show(id);
    CHECK(o.value(QStringLiteral("name")).toString() == name);
    CHECK(o.value(QStringLiteral("city")).toString() == QStringLiteral("Йошкар-Ола"));
    CHECK(strings(o.value(QStringLiteral("tags"))) == QStringList{QStringLiteral("Постоянные")});

    for (const QString &query : {QStringLiteral("ёлочка"), QStringLiteral("елочка"),
                                 QStringLiteral("ЙОГУРТЫ"), QStringLiteral("иошкар")}) {
        INFO(query.toStdString());
        const Result r = f.ok({QStringLiteral("search"), query});
        CHECK(r.text() == QString::number(id) + QLatin1Char('\t') + name +
                              QStringLiteral("\tЙошкар-Ола\t\t\n"));
    }
}

TEST_CASE("import csv writes clients, reports counts and refuses a broken file whole", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("import.sqlite"));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("Наименование;ИНН;Телефон\nООО Ромашка;7707083893;8 (343) 555-12-34\n"
                           ";;\nИП Сидоров;;+7 912 345-67-89\n")
                .toUtf8());
        QFile b(broken);
        REQUIRE(b.open(QIODevice::WriteOnly));
        b.write("Name,Phone\nIvan,+7 912 000-00-00\n\"Petrov,+7 912\n");
    }
    QProcess p;
    p.start(QStringLiteral(CLIENTELE_CLI),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("csv"), good,
             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    CHECK(report.value(QStringLiteral("created")).toInt() == 2);
    CHECK(report.value(QStringLiteral("skipped")).toInt() == 0);
    // Into the empty base the import wrote through a rollback journal; the
    // file is back in WAL mode (bytes 18 and 19 of its header are 2).
    CHECK(fileBytes(db).mid(18, 2) == QByteArray("\x02\x02", 2));
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-journal")));

    p.start(QStringLiteral(CLIENTELE_CLI),
            {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("csv"), broken});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(broken + QStringLiteral(":3:")));
    p.start(QStringLiteral(CLIENTELE_CLI),
            {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Ivan")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.readAllStandardOutput().isEmpty()); // nothing of the broken file landed
}

TEST_CASE("import list shows each batch and import undo takes it back", "[cli]")
{
    Fixture f;
    const qint64 mine = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка"),
                               QStringLiteral("--phone"), QStringLiteral("8 912 345-67-89")});
    const QString file = QStringLiteral(CLIENTELE_TEST_DATA "/csv/excel_cp1251.csv");
    const Result imported = f.ok({QStringLiteral("import"), QStringLiteral("csv"), file,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    const qint64 batch = report.value(QStringLiteral("batch")).toInteger();
    CHECK(batch > 0);
    CHECK(report.value(QStringLiteral("created")).toInt() == 3);
    CHECK(report.value(QStringLiteral("merged")).toInt() == 1);
    CHECK(f.show(mine).value(QStringLiteral("phones")).toArray().size() == 2);

    const QJsonArray list = f.jsonArray({QStringLiteral("import"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.size() == 1);
    const QJsonObject b = list.first().toObject();
    CHECK(b.value(QStringLiteral("batch")).toInteger() == batch);
    CHECK(b.value(QStringLiteral("file")).toString() == QStringLiteral("excel_cp1251.csv"));
    CHECK(b.value(QStringLiteral("created")).toInt() == 3);
    CHECK(b.value(QStringLiteral("undone_at")).isNull());

    const Result undone =
        f.ok({QStringLiteral("import"), QStringLiteral("undo"), QString::number(batch)});
    CHECK(undone.text().contains(QStringLiteral("3 clients removed, 1 restored")));
    CHECK(f.search(QStringLiteral("Вектор")).isEmpty());
    CHECK(f.show(mine).value(QStringLiteral("phones")).toArray() ==
          QJsonArray{QStringLiteral("+79123456789")});
    const Result again =
        f.cli({QStringLiteral("import"), QStringLiteral("undo"), QString::number(batch)});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already undone")));
    CHECK(f.cli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("x")}).code == 2);
}

TEST_CASE("import undo refuses when a client was edited since, naming it", "[cli]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    const QString file = QStringLiteral(CLIENTELE_TEST_DATA "/csv/excel_cp1251.csv");
    f.ok({QStringLiteral("import"), QStringLiteral("csv"), file});
    const qint64 vector = f.search(QStringLiteral("Вектор"))
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
    f.ok({QStringLiteral("client"), QStringLiteral("archive"), QString::number(vector)});
    const Result r = f.cli({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("ЗАО Вектор")));
    CHECK(r.err.contains(QStringLiteral("archived")));
    CHECK(f.search(QStringLiteral("Ромашка")).size() == 1); // nothing was taken back
}

TEST_CASE("duplicates lists groups as JSON and merge joins them, undone by merge undo", "[cli]")
{
    Fixture f;
    const qint64 a = f.add({QStringLiteral("--name"), QStringLiteral("ООО «Ромашка»"),
                            QStringLiteral("--phone"), QStringLiteral("+7 912 345-67-89"),
                            QStringLiteral("--city"), QStringLiteral("Пермь")});
    const qint64 b = f.add({QStringLiteral("--name"), QStringLiteral("Ромашка"),
                            QStringLiteral("--email"), QStringLiteral("info@romashka.example"),
                            QStringLiteral("--city"), QStringLiteral("Екатеринбург")});
    f.add({QStringLiteral("--name"), QStringLiteral("Одуванчик")});

    const QJsonArray groups = f.jsonArray(
        {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(groups.size() == 1);
    const QJsonObject g = groups.first().toObject();
    CHECK(g.value(QStringLiteral("ids")).toArray() == QJsonArray{a, b});
    CHECK(g.value(QStringLiteral("reasons"))
              .toArray()
              .first()
              .toString()
              .contains(QStringLiteral("Ромашка")));
    CHECK(g.value(QStringLiteral("clients"))
              .toArray()
              .at(1)
              .toObject()
              .value(QStringLiteral("name")) == QStringLiteral("Ромашка"));

    const Result merged = f.ok({QStringLiteral("merge"), QString::number(a), QString::number(b),
                                QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject m = QJsonDocument::fromJson(merged.out).object();
    const qint64 mergeId = m.value(QStringLiteral("merge")).toInteger();
    CHECK(mergeId > 0);
    CHECK(m.value(QStringLiteral("conflicts")).toArray().size() == 1); // the city
    const QJsonObject kept = f.show(a);
    CHECK(kept.value(QStringLiteral("emails")).toArray() ==
          QJsonArray{QStringLiteral("info@romashka.example")});
    CHECK(f.search(QStringLiteral("Ромашка")).size() == 1);
    CHECK(f.jsonArray(
               {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("json")})
              .isEmpty());

    f.ok({QStringLiteral("merge"), QStringLiteral("undo"), QString::number(mergeId)});
    CHECK(f.search(QStringLiteral("Ромашка")).size() == 2);
    CHECK(f.show(a).value(QStringLiteral("emails")).toArray().isEmpty());
    CHECK(f.show(b).value(QStringLiteral("city")) == QStringLiteral("Екатеринбург"));

    CHECK(f.cli({QStringLiteral("merge"), QString::number(a)}).code == 2);
    CHECK(f.cli({QStringLiteral("merge"), QString::number(a), QString::number(a)}).code == 1);
    CHECK(f.cli({QStringLiteral("merge"), QString::number(a), QStringLiteral("999")}).code == 1);
}

namespace {
// A company with a contact person, a person and a company named like a
// spreadsheet formula, as the export tests below use them.
struct ExportBase
{
    Fixture f;
    qint64 romashka = 0;
    qint64 elkin = 0;
    qint64 formula = 0;
    qint64 archived = 0;

    ExportBase()
    {
        romashka = f.add(
            {QStringLiteral("--name"), QStringLiteral("ООО «Ромашка»"), QStringLiteral("--phone"),
             QStringLiteral("8 (343) 555-12-34"), QStringLiteral("--phone"),
             QStringLiteral("+7 912 345-67-89"), QStringLiteral("--email"),
             QStringLiteral("Info@Romashka.Example"), QStringLiteral("--city"),
             QStringLiteral("Екатеринбург"), QStringLiteral("--region"),
             QStringLiteral("Свердловская обл."), QStringLiteral("--notes"),
             QStringLiteral("Звонить после обеда;\nдоговор, счёт"), QStringLiteral("--tag"),
             QStringLiteral("Клиенты"), QStringLiteral("--inn"), QStringLiteral("7707083893")});
        elkin = f.add({QStringLiteral("--kind"), QStringLiteral("person"),
                       QStringLiteral("--last-name"), QStringLiteral("Ёлкин"),
                       QStringLiteral("--first-name"), QStringLiteral("Пётр"),
                       QStringLiteral("--middle-name"), QStringLiteral("Ильич"),
                       QStringLiteral("--phone"), QStringLiteral("89120001122"),
                       QStringLiteral("--email"), QStringLiteral("petr@elkin.example"),
                       QStringLiteral("--city"), QStringLiteral("Пермь")});
        formula = f.add({QStringLiteral("--name"), QStringLiteral("=cmd|' /C calc'!A0"),
                         QStringLiteral("--phone"), QStringLiteral("+7 (495) 123-45-67")});
        archived = f.add({QStringLiteral("--name"), QStringLiteral("ООО Архивная")});
        f.ok({QStringLiteral("client"), QStringLiteral("archive"), QString::number(archived)});

        Database db(f.db);
        REQUIRE(db.open());
        ClientRepository repo(db);
        Client c = *repo.load(romashka);
        ContactPerson ivan;
        ivan.lastName = QStringLiteral("Сидоров");
        ivan.firstName = QStringLiteral("Иван");
        ivan.middleName = QStringLiteral("Петрович");
        ivan.position = QStringLiteral("Генеральный директор");
        ivan.birthday = QDate(1975, 3, 8);
        ivan.phones << PhoneEntry{0, QStringLiteral("mobile"), QStringLiteral("8 912 345-67-80"),
                                  QString()};
        ivan.emails << EmailEntry{0, QString(), QStringLiteral("Ivan@Romashka.Example"), QString()};
        ContactPerson olga;
        olga.lastName = QStringLiteral("Петрова");
        olga.firstName = QStringLiteral("Ольга");
        olga.birthday = QDate(VCard::NoYear, 4, 15); // a birthday without a year
        c.contacts << ivan << olga;
        REQUIRE(repo.save(c));
    }

    QString exportTo(const char *name, const QStringList &args) const
    {
        const QString path = f.dir.filePath(QLatin1String(name));
        f.ok(QStringList{QStringLiteral("export"), QStringLiteral("clients"), QStringLiteral("-o"),
                         path} +
             args);
        return path;
    }
};
} // namespace

TEST_CASE("export csv: Python reads the UTF-8 file with utf-8-sig, Cyrillic, phones and "
          "the guarded formula intact",
          "[cli][export]")
{
    ExportBase b;
    const QString path = b.exportTo("clients.csv", {});
    const QByteArray bytes = fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));

    const QList<QStringList> rows =
        pythonCsv(path, QStringLiteral("utf-8-sig"), QStringLiteral(","));
    REQUIRE(rows.size() == 4); // header and the three clients not in the archive
    CHECK(rows.at(0).at(0) == QStringLiteral("id")); // the BOM is not part of the header
    const auto byId = byFirstColumn(rows);
    const auto romashka = byId.value(QString::number(b.romashka));
    CHECK(romashka.value(QStringLiteral("name")) == QStringLiteral("ООО «Ромашка»"));
    CHECK(romashka.value(QStringLiteral("city")) == QStringLiteral("Екатеринбург"));
    CHECK(romashka.value(QStringLiteral("phones")) == QStringLiteral("+73435551234; +79123456789"));
    CHECK(romashka.value(QStringLiteral("emails")) == QStringLiteral("info@romashka.example"));
    CHECK(romashka.value(QStringLiteral("notes")) ==
          QStringLiteral("Звонить после обеда;\nдоговор, счёт"));
    CHECK(romashka.value(QStringLiteral("contacts")) ==
          QStringLiteral("Сидоров Иван Петрович; Петрова Ольга"));
    CHECK(romashka.value(QStringLiteral("tags")) == QStringLiteral("Клиенты"));
    const auto elkin = byId.value(QString::number(b.elkin));
    CHECK(elkin.value(QStringLiteral("name")) == QStringLiteral("Ёлкин Пётр Ильич"));
    CHECK(elkin.value(QStringLiteral("last_name")) == QStringLiteral("Ёлкин"));
    CHECK(elkin.value(QStringLiteral("phones")) == QStringLiteral("+79120001122"));
    // The formula is text in a spreadsheet; the phone next to it is a phone.
    const auto formula = byId.value(QString::number(b.formula));
    CHECK(formula.value(QStringLiteral("name")) == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(formula.value(QStringLiteral("phones")) == QStringLiteral("+74951234567"));
}

TEST_CASE("export csv for Excel on a Russian system: windows-1251, semicolons, chosen columns",
          "[cli][export]")
{
    ExportBase b;
    const QString path = b.exportTo(
        "excel.csv", {QStringLiteral("--encoding"), QStringLiteral("windows-1251"),
                      QStringLiteral("--delimiter"), QStringLiteral(";"),
                      QStringLiteral("--columns"), QStringLiteral("id,name,phones,city,inn")});
    const QByteArray bytes = fileBytes(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.startsWith("id;name;phones;city;inn\r\n"));
    // Every Cyrillic letter is one byte of windows-1251.
    CHECK(bytes.contains(
        QByteArray(QStringEncoder("windows-1251").encode(QStringLiteral("ООО «Ромашка»")))));
    CHECK_FALSE(bytes.contains(QStringLiteral("Ромашка").toUtf8()));

    const QList<QStringList> rows = pythonCsv(path, QStringLiteral("cp1251"), QStringLiteral(";"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                    QStringLiteral("phones"), QStringLiteral("city"),
                                    QStringLiteral("inn")});
    const auto byId = byFirstColumn(rows);
    CHECK(byId.value(QString::number(b.romashka)).value(QStringLiteral("name")) ==
          QStringLiteral("ООО «Ромашка»"));
    CHECK(byId.value(QString::number(b.romashka)).value(QStringLiteral("inn")) ==
          QStringLiteral("7707083893"));
    CHECK(byId.value(QString::number(b.elkin)).value(QStringLiteral("city")) ==
          QStringLiteral("Пермь"));
    CHECK(byId.value(QString::number(b.formula)).value(QStringLiteral("name")) ==
          QStringLiteral("'=cmd|' /C calc'!A0"));

    // Tab-separated UTF-8 without a BOM, for scripts.
    const QString tsv =
        b.exportTo("clients.tsv", {QStringLiteral("--delimiter"), QStringLiteral("tab"),
                                   QStringLiteral("--no-bom"), QStringLiteral("--columns"),
                                   QStringLiteral("name,id")});
    CHECK(fileBytes(tsv).startsWith("name\tid\r\n"));
    CHECK(pythonCsv(tsv, QStringLiteral("utf-8"), QStringLiteral("\t")).size() == 4);
}

TEST_CASE("export chooses clients by --ids, --search, --tag, --kind and --archived",
          "[cli][export]")
{
    ExportBase b;
    auto ids = [&b](const QStringList &args) {
        const Result r = b.f.ok(QStringList{QStringLiteral("export"), QStringLiteral("clients"),
                                            QStringLiteral("--columns"), QStringLiteral("id"),
                                            QStringLiteral("--no-bom")} +
                                args);
        QList<qint64> out;
        for (const QStringList &row : parseCsv(r.text()).mid(1))
            out << row.at(0).toLongLong();
        return out;
    };
    CHECK(ids({}).size() == 3);
    CHECK(ids({QStringLiteral("--ids"), QStringLiteral("%1,%2").arg(b.elkin).arg(b.archived)}) ==
          QList<qint64>{b.elkin, b.archived});
    CHECK(ids({QStringLiteral("--search"), QStringLiteral("ромашка")}) ==
          QList<qint64>{b.romashka});
    CHECK(ids({QStringLiteral("--search"), QStringLiteral("сидоров")}) ==
          QList<qint64>{b.romashka}); // found through its contact person
    CHECK(ids({QStringLiteral("--tag"), QStringLiteral("клиенты")}) == QList<qint64>{b.romashka});
    CHECK(ids({QStringLiteral("--kind"), QStringLiteral("person")}) == QList<qint64>{b.elkin});
    CHECK(ids({QStringLiteral("--archived")}) == QList<qint64>{b.archived});
    CHECK(ids({QStringLiteral("--search"), QStringLiteral("ООО"), QStringLiteral("--archived")}) ==
          QList<qint64>{b.archived});
}

TEST_CASE("export vcard: vobject reads the cards of a company, its people and a person",
          "[cli][export]")
{
    ExportBase b;
    const QString path =
        b.exportTo("clients.vcf",
                   {QStringLiteral("--format"), QStringLiteral("vcard"), QStringLiteral("--ids"),
                    QStringLiteral("%1,%2").arg(b.romashka).arg(b.elkin)});
    const QByteArray bytes = fileBytes(path);
    for (const QByteArray &line : bytes.split('\n')) {
        INFO(line.toStdString());
        CHECK(line.size() <= 76); // 75 octets and the CR
    }
    CHECK(bytes.endsWith("END:VCARD\r\n"));

    const QJsonArray cards = python(QStringLiteral(R"(
import json, sys, vobject
out = []
with open(sys.argv[1], encoding='utf-8', newline='') as f:
    for c in vobject.readComponents(f.read()):
        d = {'version': c.version.value, 'fn': c.fn.value}
        if 'n' in c.contents:
            d['n'] = [c.n.value.family, c.n.value.given, c.n.value.additional]
        for key in ('title', 'bday', 'note'):
            if key in c.contents:
                d[key] = c.contents[key][0].value
        if 'org' in c.contents:
            d['org'] = c.org.value
        if 'categories' in c.contents:
            d['categories'] = c.categories.value
        if 'adr' in c.contents:
            d['city'] = c.adr.value.city
            d['region'] = c.adr.value.region
        d['tel'] = [[t.value] + t.params.get('TYPE', []) for t in c.contents.get('tel', [])]
        d['email'] = [e.value for e in c.contents.get('email', [])]
        out.append(d)
print(json.dumps(out))
)"),
                                    {path})
                                 .toArray();
    REQUIRE(cards.size() == 4);
    const QJsonObject company = cards.at(0).toObject();
    CHECK(company.value(QStringLiteral("version")).toString() == QStringLiteral("3.0"));
    CHECK(company.value(QStringLiteral("fn")).toString() == QStringLiteral("ООО «Ромашка»"));
    CHECK(strings(company.value(QStringLiteral("org"))) ==
          QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(company.value(QStringLiteral("city")).toString() == QStringLiteral("Екатеринбург"));
    CHECK(company.value(QStringLiteral("region")).toString() ==
          QStringLiteral("Свердловская обл."));
    CHECK(company.value(QStringLiteral("note")).toString() ==
          QStringLiteral("Звонить после обеда;\nдоговор, счёт"));
    CHECK(strings(company.value(QStringLiteral("categories"))) ==
          QStringList{QStringLiteral("Клиенты")});
    const QJsonArray tels = company.value(QStringLiteral("tel")).toArray();
    REQUIRE(tels.size() == 2);
    CHECK(strings(tels.at(0)) ==
          QStringList{QStringLiteral("+73435551234"), QStringLiteral("WORK")});
    CHECK(strings(company.value(QStringLiteral("email"))) ==
          QStringList{QStringLiteral("info@romashka.example")});

    const QJsonObject ivan = cards.at(1).toObject();
    CHECK(ivan.value(QStringLiteral("fn")).toString() == QStringLiteral("Сидоров Иван Петрович"));
    CHECK(strings(ivan.value(QStringLiteral("n"))) == QStringList{QStringLiteral("Сидоров"),
                                                                  QStringLiteral("Иван"),
                                                                  QStringLiteral("Петрович")});
    CHECK(strings(ivan.value(QStringLiteral("org"))) ==
          QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(ivan.value(QStringLiteral("title")).toString() == QStringLiteral("Генеральный директор"));
    CHECK(ivan.value(QStringLiteral("bday")).toString() == QStringLiteral("1975-03-08"));
    CHECK(strings(ivan.value(QStringLiteral("tel")).toArray().at(0)) ==
          QStringList{QStringLiteral("+79123456780"), QStringLiteral("CELL")});
    CHECK(strings(ivan.value(QStringLiteral("email"))) ==
          QStringList{QStringLiteral("ivan@romashka.example")});

    const QJsonObject olga = cards.at(2).toObject();
    CHECK(olga.value(QStringLiteral("fn")).toString() == QStringLiteral("Петрова Ольга"));
    CHECK(olga.value(QStringLiteral("bday")).toString() == QStringLiteral("--0415"));

    const QJsonObject elkin = cards.at(3).toObject();
    CHECK(elkin.value(QStringLiteral("fn")).toString() == QStringLiteral("Ёлкин Пётр Ильич"));
    CHECK(strings(elkin.value(QStringLiteral("n"))) ==
          QStringList{QStringLiteral("Ёлкин"), QStringLiteral("Пётр"), QStringLiteral("Ильич")});
    CHECK_FALSE(elkin.contains(QStringLiteral("org")));
    CHECK(elkin.value(QStringLiteral("city")).toString() == QStringLiteral("Пермь"));
    CHECK(strings(elkin.value(QStringLiteral("email"))) ==
          QStringList{QStringLiteral("petr@elkin.example")});
}

TEST_CASE("export refuses a bad column, encoding, delimiter, tag or id and names it",
          "[cli][export]")
{
    ExportBase b;
    const QString path = b.f.dir.filePath(QStringLiteral("refused.csv"));
    struct Case
    {
        QStringList args;
        int code;
        QString named;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--columns"), QStringLiteral("id,shoe_size")},
         2,
         QStringLiteral("shoe_size")},
        {{QStringLiteral("--encoding"), QStringLiteral("klingon-8")},
         2,
         QStringLiteral("klingon-8")},
        {{QStringLiteral("--delimiter"), QStringLiteral("ab")}, 2, QStringLiteral("ab")},
        {{QStringLiteral("--delimiter"), QStringLiteral("\"")}, 2, QStringLiteral("\"")},
        {{QStringLiteral("--format"), QStringLiteral("xlsx")}, 2, QStringLiteral("xlsx")},
        {{QStringLiteral("--format"), QStringLiteral("vcard"), QStringLiteral("--encoding"),
          QStringLiteral("windows-1251")},
         2,
         QStringLiteral("--encoding")},
        {{QStringLiteral("--ids"), QStringLiteral("1,x")}, 2, QStringLiteral("x")},
        {{QStringLiteral("--kind"), QStringLiteral("robot")}, 2, QStringLiteral("--kind")},
        {{QStringLiteral("--tag"), QStringLiteral("Нет такого")}, 1, QStringLiteral("Нет такого")},
        {{QStringLiteral("--ids"), QStringLiteral("%1,999").arg(b.romashka)},
         1,
         QStringLiteral("999")},
    };
    for (const Case &c : cases) {
        const QStringList args = QStringList{QStringLiteral("export"), QStringLiteral("clients"),
                                             QStringLiteral("-o"), path} +
                                 c.args;
        INFO("clientele-cli " << args.join(QLatin1Char(' ')).toStdString());
        const Result r = b.f.cli(args);
        CHECK(r.code == c.code);
        CHECK(r.err.contains(c.named));
        CHECK(r.out.isEmpty());
        CHECK_FALSE(QFile::exists(path)); // no half-written file either
    }
    const Result missing = b.f.cli({QStringLiteral("export"), QStringLiteral("clients"),
                                    QStringLiteral("--ids"), QStringLiteral("999")});
    CHECK(missing.code == 1);
    CHECK(missing.out.isEmpty()); // not even the header on stdout

    // The usage names every column there is.
    const Result help = b.f.cli({QStringLiteral("--help")});
    for (const QString &key : ClientExporter::columnKeys()) {
        INFO(key.toStdString());
        CHECK((help.text().contains(QLatin1Char(' ') + key + QLatin1Char(' ')) ||
               help.text().contains(QLatin1Char(' ') + key + QLatin1Char('\n'))));
    }
}

TEST_CASE("import csv remembers a --map and uses it for the same header without one", "[cli]")
{
    Fixture f;
    const QString map = f.dir.filePath(QStringLiteral("map.json"));
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(map, QStringLiteral(R"({"Город": "region"})").toUtf8());
    write(first, QStringLiteral("Наименование;Город\nООО Альфа;Пермский край\n").toUtf8());
    write(second, QStringLiteral("Наименование;Город\nООО Бета;Свердловская обл.\n").toUtf8());
    const QString import = QStringLiteral("import");
    const QString csv = QStringLiteral("csv");

    // A dry run with --map remembers nothing.
    f.ok({import, csv, first, QStringLiteral("--map"), map, QStringLiteral("--dry-run")});
    Result r = f.ok({import, csv, second, QStringLiteral("--dry-run")});
    CHECK_FALSE(r.err.contains(QStringLiteral("remembered")));

    f.ok({import, csv, first, QStringLiteral("--map"), map});
    r = f.ok({import, csv, second});
    CHECK(r.err.contains(QStringLiteral("remembered")));
    const QJsonArray clients = f.exportJson();
    REQUIRE(clients.size() == 2);
    for (const QJsonValue &c : clients) {
        CHECK(c[QStringLiteral("city")].toString().isEmpty());
        CHECK_FALSE(c[QStringLiteral("region")].toString().isEmpty());
    }
}
