// New clients of an import go through ClientBulkWriter, not ClientRepository::save():
// both must leave the same rows, the same search documents and the same answers.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/clientrepository.h"
#include "io/clientimporter.h"
#include "io/clientjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace {
QString data(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QLatin1String(name);
}

// Mixed Cyrillic and Latin, companies with INN and contact persons, quoted
// fields, a bad e-mail and phone, tags, birthdays, and repeats that merge
// into clients made earlier in the same file (new phone, new notes, a source
// where there was none, which moves the client in the new-client totals).
const char kRows[] =
    "Компания,ИНН,Фамилия,Имя,Отчество,Должность,Мобильный телефон,E-mail,Город,Регион,"
    "Заметки,Теги,День рождения,Источник\n"
    "\"ООО «Ромашка»\",7701234567,Ёлкин,Пётр,Иванович,Директор,8 (912) 345-67-89,"
    "PETR@Romashka.RU,Москва,Москва,\"Звонить после 18:00, спросить \"\"Олега\"\"\",VIP; опт,"
    "15.04.1980,Сайт\n"
    ",,Smith,John,,,+44 20 7946 0958,john.smith@example.com,London,,,partners,01.02.1975,\n"
    ",,Müller,Hans,,,not a phone,hans@@mail,Berlin,,,,,Сайт\n"
    "Nordwind GmbH,,,,,,+49 30 1234567,info@nordwind.de,Berlin,,\"a, b\",,,\n"
    ",,Журавлёв,Андрей,Сергеевич,,89161234567,,Казань,Татарстан,,опт,,\n"
    "\"ООО «Ромашка»\",7701234567,Ёлкин,Пётр,Иванович,,+7 912 000-11-22,,,,,,,Выставка\n"
    ",,Журавлёв,Андрей,Сергеевич,,8 916 123 45 67,zhuravlev@mail.ru,,,Повторно,,,Выставка\n"
    ",,,,,,,only.mail@example.org,,,,,,\n"
    "\"Horizon, Ltd\",,,,,,,,,,,,,\n";

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

// Every row of the tables a client spans, without ids, times and owners'
// ids, as sorted text: the same multiset means the same data.
QStringList dump(Database &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT kind, name, name_key, quote(first_name), quote(middle_name), "
                       "quote(last_name), quote(parent_id), region, city, address, importance, "
                       "source, responsible, notes, email_opt_out, sms_opt_out, archived, "
                       "quote(birthday), list_phone, list_email FROM clients"),
        QStringLiteral("SELECT client_id IS NULL, label, raw, quote(e164), position FROM phones"),
        QStringLiteral("SELECT client_id IS NULL, label, raw, quote(address), position FROM "
                       "emails"),
        QStringLiteral("SELECT first_name, middle_name, last_name, position, quote(birthday), "
                       "notes FROM contact_persons"),
        QStringLiteral("SELECT name, inn, kpp, ogrn, bank_name, bik, bank_account, "
                       "corr_account, legal_address FROM legal_entities"),
        QStringLiteral("SELECT c.name, t.name FROM client_tags ct JOIN tags t ON t.id = "
                       "ct.tag_id JOIN clients c ON c.id = ct.client_id"),
        QStringLiteral("SELECT name FROM tags"),
        QStringLiteral("SELECT f.name, f.body, c.name FROM clients_fts f JOIN clients c "
                       "ON c.id = f.rowid"),
        QStringLiteral("SELECT count(*) FROM clients_fts"),
        // What the report of new clients counts.
        QStringLiteral("SELECT day, source, responsible, count FROM client_created_totals"),
    };
    QStringList out;
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            rows << row.join(QLatin1Char('|'));
        }
        rows.sort();
        out << sql.left(40) << rows;
    }
    return out;
}

QJsonValue withoutIds(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out << withoutIds(v);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        if (it.key() != QLatin1String("id") && !it.key().endsWith(QLatin1String("_at")))
            out.insert(it.key(), withoutIds(it.value()));
    return out;
}

QList<qint64> idsInOrder(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM clients ORDER BY id")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
} // namespace

TEST_CASE("An import writes what ClientRepository::save writes for the same clients", "[import]")
{
    QTemporaryDir dir;
    const QString mixed = write(dir, "mixed.csv", kRows);

    TestDatabase imported;
    ClientRepository fast(imported.db());
    ClientImporter importer(imported.db(), fast);
    ClientImporter::Options options;
    options.tag = QStringLiteral("Импорт");
    for (const QString &path : {mixed, data("excel_cp1251.csv"), data("outlook_utf8_bom.csv"),
                                data("google_utf16le_bom.csv")}) {
        ImportReport report;
        QString error;
        REQUIRE(importer.importCsv(path, {}, {}, options, &report, &error));
        CHECK(report.created > 0);
    }

    // The import checked no foreign key itself: none is broken, and the
    // checks are back on for what comes next.
    QSqlQuery keys(imported.db().connection());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(keys.next());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(keys.next());
    CHECK(keys.value(0).toInt() == 1);

    // The same clients, saved one by one through the generic path.
    TestDatabase saved;
    ClientRepository generic(saved.db());
    const QList<qint64> ids = idsInOrder(imported.db());
    REQUIRE(ids.size() >= 10);
    for (qint64 id : ids) {
        Client c = *fast.load(id);
        c.id = 0;
        for (PhoneEntry &p : c.phones)
            p.id = 0;
        for (EmailEntry &e : c.emails)
            e.id = 0;
        for (LegalEntity &l : c.legalEntities)
            l.id = 0;
        for (ContactPerson &p : c.contacts) {
            p.id = 0;
            for (PhoneEntry &ph : p.phones)
                ph.id = 0;
            for (EmailEntry &e : p.emails)
                e.id = 0;
        }
        QString error;
        REQUIRE(generic.save(c, &error));
    }

    CHECK(dump(imported.db()) == dump(saved.db()));
    // The first import, into an empty base, built its indexes and created its
    // triggers again at the end.
    auto schema = [](Database &db, const QString &type) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? ORDER BY "
                                 "name"));
        q.addBindValue(type);
        REQUIRE(q.exec());
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        return out;
    };
    for (const QString &type : {QStringLiteral("index"), QStringLiteral("trigger")}) {
        CHECK(schema(imported.db(), type) == schema(saved.db(), type));
        CHECK(schema(imported.db(), type).size() > 20);
    }
    const QList<qint64> savedIds = idsInOrder(saved.db());
    REQUIRE(savedIds.size() == ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonValue a = withoutIds(ClientJson::toJson(*fast.load(ids.at(i))));
        const QJsonValue b = withoutIds(ClientJson::toJson(*generic.load(savedIds.at(i))));
        CHECK(QJsonDocument(a.toObject()).toJson() == QJsonDocument(b.toObject()).toJson());
    }
    for (const QString &text :
         {QStringLiteral("ромашка"), QStringLiteral("елкин"), QStringLiteral("Ёлк"),
          QStringLiteral("9161234567"), QStringLiteral("8 912 345"), QStringLiteral("smith"),
          QStringLiteral("nordwind"), QStringLiteral("берлин"), QStringLiteral("опт"),
          QStringLiteral("7701234567"), QStringLiteral("импорт"), QStringLiteral("only.mail"),
          QStringLiteral("zhuravlev"), QStringLiteral("horizon")}) {
        QStringList a, b;
        for (const ClientListRow &r : fast.search(text, 50))
            a << r.name;
        for (const ClientListRow &r : generic.search(text, 50))
            b << r.name;
        a.sort();
        b.sort();
        INFO(text.toStdString());
        CHECK(a == b);
    }
}

TEST_CASE("A row that merges into a client of the base updates what search finds", "[import]")
{
    QTemporaryDir dir;
    TestDatabase base;
    ClientRepository clients(base.db());
    ClientImporter importer(base.db(), clients);
    ImportReport report;
    QString error;
    REQUIRE(importer.importCsv(write(dir, "first.csv", kRows), {}, {}, {}, &report, &error));
    REQUIRE(clients.search(QStringLiteral("Nordwind"), 10).size() == 1);

    // Same company name: merged into the base's client, with a new e-mail.
    const QString next = write(dir, "next.csv",
                               "Компания,E-mail,Город\n"
                               "Nordwind GmbH,sales@nordwind.de,Потсдам\n"
                               "Südwind AG,info@suedwind.de,Potsdam\n");
    REQUIRE(importer.importCsv(next, {}, {}, {}, &report, &error));
    CHECK(report.merged == 1);
    CHECK(report.created == 1);
    for (const QString &text : {QStringLiteral("sales@nordwind"), QStringLiteral("info@nordwind"),
                                QStringLiteral("nordwind")}) {
        INFO(text.toStdString());
        const QList<ClientListRow> found = clients.search(text, 10);
        REQUIRE(found.size() == 1);
        CHECK(found.first().name == QStringLiteral("Nordwind GmbH"));
    }
    // One search document per client: the merged client's old one was
    // replaced, not doubled.
    QSqlQuery q(base.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM clients_fts) = "
                                  "(SELECT count(*) FROM clients)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toBool());
    CHECK(clients.search(QStringLiteral("suedwind"), 10).size() == 1);
}

namespace {
// A company, then more rows than one slice of documents the side index takes
// at a time, then the company again with what it did not have: its search
// documents are made anew after they went to the side index.
QByteArray longFile()
{
    QByteArray csv = "Компания,Телефон,E-mail,Заметки\n"
                     "Альфа-Сервис,,info@alfa.example,\n";
    for (int i = 0; i < 5000; ++i)
        csv +=
            "Фирма " + QByteArray::number(i) + ",,firm" + QByteArray::number(i) + "@example.org,\n";
    csv += "Альфа-Сервис,+7 343 555-12-34,info@alfa.example,Перезвонить бухгалтеру\n";
    return csv;
}

bool searchIndexSound(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO clients_fts(clients_fts) VALUES('integrity-check')"));
}

bool sideAttached(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT 1 FROM pragma_database_list WHERE name = "
                                  "'search_side'")));
    return q.next();
}

// An empty base and a file (the long one unless another is given), ready to import.
struct EmptyBase
{
    explicit EmptyBase(const QByteArray &csv = longFile()) : path(write(dir, "long.csv", csv)) {}
    QTemporaryDir dir;
    const QString path;
    TestDatabase base;
    ClientRepository clients{base.db()};
    ClientImporter importer{base.db(), clients};
    ImportReport report;
    QString error;
};
} // namespace

TEST_CASE("An import into an empty base builds its search index beside it", "[import]")
{
    EmptyBase f;
    auto &[dir, path, base, clients, importer, report, error] = f;
    REQUIRE(importer.importCsv(path, {}, {}, {}, &report, &error));
    CHECK(report.created == 5001);

    CHECK(searchIndexSound(base.db()));
    CHECK_FALSE(sideAttached(base.db()));
    QSqlQuery q(base.db().connection());
    // Temporary storage, in files during the import, is back in memory.
    REQUIRE(q.exec(QStringLiteral("PRAGMA temp_store")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM clients_fts), "
                                  "(SELECT count(*) FROM clients)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == q.value(1).toInt());
    // What the company's second row brought is found, once.
    for (const QString &text : {QStringLiteral("3435551234"), QStringLiteral("+7 343 555"),
                                QStringLiteral("альфа"), QStringLiteral("info@alfa")}) {
        INFO(text.toStdString());
        const QList<ClientListRow> found = clients.search(text, 10);
        REQUIRE(found.size() == 1);
        CHECK(found.first().name == QStringLiteral("Альфа-Сервис"));
    }
    CHECK(clients.search(QStringLiteral("firm4999"), 10).size() == 1);

    // The index is the base's own: edits and the next import keep it up.
    Client alfa = *clients.load(clients.search(QStringLiteral("альфа"), 1).first().id);
    alfa.city = QStringLiteral("Екатеринбург");
    REQUIRE(clients.save(alfa, &error));
    CHECK(clients.search(QStringLiteral("екатеринбург"), 10).size() == 1);
    REQUIRE(importer.importCsv(write(dir, "more.csv", "Компания,Город\nБета,Пермь\n"), {}, {}, {},
                               &report, &error));
    CHECK(clients.search(QStringLiteral("пермь"), 10).size() == 1);
    CHECK(searchIndexSound(base.db()));
}

TEST_CASE("Long search documents go to the side index in smaller slices and none is lost",
          "[import]")
{
    // Rows whose documents are twice the usual: after the first slice of
    // 4096 the side index takes them in slices of fewer documents.
    QByteArray csv = "Компания,Город,E-mail\n";
    const QByteArray words = " Торгово-производственная компания Северо-Западного федерального "
                             "округа по снабжению строительных организаций";
    for (int i = 0; i < 9000; ++i)
        csv += "Фирма" + QByteArray::number(i) + words + ",Санкт-Петербург,firm" +
               QByteArray::number(i) + "@example.org\n";
    EmptyBase f(csv);
    auto &[dir, path, base, clients, importer, report, error] = f;
    REQUIRE(importer.importCsv(path, {}, {}, {}, &report, &error));
    CHECK(report.created == 9000);
    CHECK(searchIndexSound(base.db()));
    QSqlQuery q(base.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM clients_fts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 9000);
    for (const int i : {0, 4095, 4096, 6000, 8999}) {
        INFO(i);
        const QList<ClientListRow> found =
            clients.search(QStringLiteral("firm%1@example").arg(i), 10);
        REQUIRE(found.size() == 1);
        CHECK(found.first().name.startsWith(QStringLiteral("Фирма%1 ").arg(i)));
    }
}

TEST_CASE("A cancelled import into an empty base leaves its search index empty and sound",
          "[import]")
{
    EmptyBase f;
    auto &[dir, path, base, clients, importer, report, error] = f;
    int calls = 0;
    CHECK_FALSE(importer.importCsv(path, {}, {}, {}, &report, &error,
                                   [&](qint64, qint64) { return ++calls < 4; }));
    CHECK(error.contains(QStringLiteral("Cancelled")));

    CHECK(searchIndexSound(base.db()));
    CHECK_FALSE(sideAttached(base.db()));
    QSqlQuery q(base.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM clients_fts) + "
                                  "(SELECT count(*) FROM clients)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish(); // a statement left reading would keep the import from dropping indexes

    // The same file again, to the end.
    error.clear();
    const bool imported = importer.importCsv(path, {}, {}, {}, &report, &error);
    INFO(error.toStdString());
    REQUIRE(imported);
    CHECK(report.created == 5001);
    CHECK(clients.search(QStringLiteral("3435551234"), 10).size() == 1);
    CHECK(searchIndexSound(base.db()));
}
