// Exporting clients: CSV for spreadsheets (encodings, BOM, delimiter,
// columns, formula guard), vCard for address books, which clients.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/clientrepository.h"
#include "demo/demogenerator.h"
#include "io/clientexporter.h"
#include "io/clientimporter.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/vcard.h"
#include "io/vcardreader.h"
#include "io/vcardwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace {

PhoneEntry phone(const char *raw, const char *label = "")
{
    return PhoneEntry{0, QString::fromUtf8(label), QString::fromUtf8(raw), QString()};
}

EmailEntry email(const char *raw)
{
    return EmailEntry{0, QString(), QString::fromUtf8(raw), QString()};
}

struct Base
{
    TestDatabase t;
    ClientRepository clients{t.db()};

    qint64 add(Client c)
    {
        QString error;
        const bool saved = clients.save(c, &error);
        INFO(error.toStdString());
        REQUIRE(saved);
        return c.id;
    }

    qint64 company(const char *name, const char *city = "", const QStringList &tags = {})
    {
        Client c;
        c.name = QString::fromUtf8(name);
        c.city = QString::fromUtf8(city);
        c.tags = tags;
        return add(c);
    }

    qint64 person(const char *last, const char *first)
    {
        Client c;
        c.kind = Client::Kind::Person;
        c.lastName = QString::fromUtf8(last);
        c.firstName = QString::fromUtf8(first);
        return add(c);
    }

    QByteArray run(const ClientExporter::Options &options, ClientExporter::Result *result = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const bool ok = ClientExporter(clients).write(options, &buffer, &error, {}, result);
        INFO(error.toStdString());
        REQUIRE(ok);
        return buffer.data();
    }

    // The ids of a CSV export with an id column, in file order.
    QList<qint64> ids(ClientExporter::Selection selection)
    {
        ClientExporter::Options o;
        o.selection = std::move(selection);
        o.columns = {QStringLiteral("id")};
        o.csv.bom = false;
        const QList<QByteArray> lines = run(o).split('\n');
        QList<qint64> out;
        for (const QByteArray &line : lines.mid(1))
            if (!line.trimmed().isEmpty())
                out << line.trimmed().toLongLong();
        return out;
    }
};

QList<QStringList> readCsv(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    CsvReader::Options o = options;
    o.skipEmpty = false;
    CsvReader reader(path, o);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(&fields))
        rows << fields;
    INFO(reader.error().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return rows;
}

QList<VCard> readCards(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.vcf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    VCardReader reader(path);
    QList<VCard> cards;
    VCard card;
    while (reader.next(&card))
        cards << card;
    INFO(reader.error().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return cards;
}

QStringList values(const QList<VCard::Value> &list)
{
    QStringList out;
    for (const VCard::Value &v : list)
        out << v.value;
    return out;
}

} // namespace

TEST_CASE("Cells a spreadsheet would run get a leading quote; plain phone numbers do not")
{
    for (const char *formula : {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB",
                                "\rCR", "=HYPERLINK(\"http://x\")"}) {
        INFO(formula);
        const QString cell = QString::fromUtf8(formula);
        CHECK(CsvWriter::looksLikeFormula(cell));
        CHECK(CsvWriter::guardFormula(cell) == QLatin1Char('\'') + cell);
        CHECK(ClientExporter::safeCell(QStringLiteral("name"), cell) == QLatin1Char('\'') + cell);
        CHECK(ClientExporter::safeCell(QStringLiteral("phones"), cell) == QLatin1Char('\'') + cell);
    }
    for (const char *plain : {"ООО Ромашка", "", "a=b", " =x", "'quoted", "1+1"}) {
        INFO(plain);
        CHECK(CsvWriter::guardFormula(QString::fromUtf8(plain)) == QString::fromUtf8(plain));
    }
    // The phones column: nothing but numbers stays as it is; words do not.
    for (const char *numbers :
         {"+79123456789", "+79123456789; +73435551234", "+7 (912) 345-67-89"}) {
        INFO(numbers);
        CHECK(ClientExporter::safeCell(QStringLiteral("phones"), QString::fromUtf8(numbers)) ==
              QString::fromUtf8(numbers));
        // In any other column the same text is guarded.
        CHECK(ClientExporter::safeCell(QStringLiteral("notes"), QString::fromUtf8(numbers))
                  .startsWith(QLatin1Char('\'')));
    }
    for (const char *mixed :
         {"+7 912 доб. 5", "+79123456789; =1+1", "+1+cmd|' /C calc'!A0", "-5", "+7912; +SUM(A1)"}) {
        INFO(mixed);
        CHECK(ClientExporter::safeCell(QStringLiteral("phones"), QString::fromUtf8(mixed))
                  .startsWith(QLatin1Char('\'')));
    }
}

TEST_CASE("The default CSV is UTF-8 with a BOM, commas and the columns it always had")
{
    Base b;
    Client c;
    c.name = QStringLiteral("=cmd|' /C calc'!A0");
    c.city = QStringLiteral("Екатеринбург");
    c.notes = QStringLiteral("строка, \"кавычки\"\nвторая строка");
    c.phones << phone("8 (912) 345-67-89") << phone("+7 343 555-12-34");
    c.emails << email("Info@Romashka.Example");
    c.tags << QStringLiteral("Клиенты") << QStringLiteral("VIP");
    LegalEntity l;
    l.name = c.name;
    l.inn = QStringLiteral("7707083893");
    l.kpp = QStringLiteral("770701001");
    c.legalEntities << l;
    ContactPerson p;
    p.lastName = QStringLiteral("Сидоров");
    p.firstName = QStringLiteral("Иван");
    c.contacts << p;
    const qint64 id = b.add(c);

    ClientExporter::Result result;
    const QByteArray bytes = b.run(ClientExporter::Options(), &result);
    CHECK(result.clients == 1);
    CHECK(result.replacedCharacters == 0);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith("id,kind,name,"));
    CHECK(bytes.count("\xEF\xBB\xBF") == 1);
    CHECK(bytes.endsWith("\r\n"));

    const QList<QStringList> rows = readCsv(bytes);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == ClientExporter::defaultColumns());
    CHECK(rows.at(0) == QStringList{QStringLiteral("id"), QStringLiteral("kind"),
                                    QStringLiteral("name"), QStringLiteral("last_name"),
                                    QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                    QStringLiteral("phones"), QStringLiteral("emails"),
                                    QStringLiteral("city"), QStringLiteral("region"),
                                    QStringLiteral("address"), QStringLiteral("importance"),
                                    QStringLiteral("source"), QStringLiteral("tags"),
                                    QStringLiteral("inn"), QStringLiteral("contacts"),
                                    QStringLiteral("notes"), QStringLiteral("created_at")});
    QHash<QString, QString> row;
    for (int i = 0; i < rows.at(0).size(); ++i)
        row.insert(rows.at(0).at(i), rows.at(1).value(i));
    CHECK(row.value(QStringLiteral("id")) == QString::number(id));
    CHECK(row.value(QStringLiteral("kind")) == QStringLiteral("company"));
    CHECK(row.value(QStringLiteral("name")) == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(row.value(QStringLiteral("city")) == QStringLiteral("Екатеринбург"));
    CHECK(row.value(QStringLiteral("phones")) == QStringLiteral("+79123456789; +73435551234"));
    CHECK(row.value(QStringLiteral("emails")) == QStringLiteral("info@romashka.example"));
    CHECK(row.value(QStringLiteral("tags")) == QStringLiteral("VIP; Клиенты"));
    CHECK(row.value(QStringLiteral("inn")) == QStringLiteral("7707083893"));
    CHECK(row.value(QStringLiteral("contacts")) == QStringLiteral("Сидоров Иван"));
    CHECK(row.value(QStringLiteral("notes")) == c.notes);
}

TEST_CASE("windows-1251 with semicolons is what Excel on a Russian system writes, byte for byte")
{
    Base b;
    b.company("ООО «Ёлка; и палка»", "Йошкар-Ола");
    b.company("Смайлик 😀 и евро €", "Пермь");
    ClientExporter::Options o;
    o.csv = {QStringLiteral("windows-1251"), true, QLatin1Char(';')}; // no BOM in a code page
    o.columns = {QStringLiteral("name"), QStringLiteral("city")};
    ClientExporter::Result result;
    const QByteArray bytes = b.run(o, &result);

    QStringEncoder cp1251("windows-1251");
    const QByteArray expected =
        cp1251.encode(QStringLiteral("name;city\r\n\"ООО «Ёлка; и палка»\";Йошкар-Ола\r\n"
                                     "Смайлик ? и евро €;Пермь\r\n"));
    CHECK(bytes == expected);
    CHECK_FALSE(bytes.contains('\x1A')); // ICU's SUB never reaches the file
    CHECK(result.replacedCharacters == 1);

    CsvReader::Options read;
    read.encoding = QStringLiteral("windows-1251");
    read.delimiter = QLatin1Char(';');
    const QList<QStringList> rows = readCsv(bytes, read);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1) ==
          QStringList{QStringLiteral("ООО «Ёлка; и палка»"), QStringLiteral("Йошкар-Ола")});
}

TEST_CASE("Other encodings, BOM or not, and tab as the delimiter")
{
    Base b;
    b.company("Ёлкин и партнёры", "Москва");
    ClientExporter::Options o;
    o.columns = {QStringLiteral("name"), QStringLiteral("city")};

    SECTION("UTF-8 without BOM")
    {
        o.csv.bom = false;
        CHECK(b.run(o) == QStringLiteral("name,city\r\nЁлкин и партнёры,Москва\r\n").toUtf8());
    }
    SECTION("UTF-16LE with its BOM and tabs, as Excel's Unicode text")
    {
        o.csv = {QStringLiteral("UTF-16LE"), true, QLatin1Char('\t')};
        const QByteArray bytes = b.run(o);
        QStringEncoder utf16("UTF-16LE");
        CHECK(bytes == QByteArray("\xFF\xFE") +
                           QByteArray(utf16.encode(
                               QStringLiteral("name\tcity\r\nЁлкин и партнёры\tМосква\r\n"))));
    }
    SECTION("KOI8-R")
    {
        o.csv = {QStringLiteral("KOI8-R"), true, QLatin1Char(',')};
        QStringEncoder koi("KOI8-R");
        CHECK(b.run(o) ==
              QByteArray(koi.encode(QStringLiteral("name,city\r\nЁлкин и партнёры,Москва\r\n"))));
    }
    SECTION("unknown encodings, delimiters and columns are refused by name")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        o.csv.encoding = QStringLiteral("klingon-8");
        CHECK_FALSE(ClientExporter(b.clients).write(o, &buffer, &error));
        CHECK(error.contains(QStringLiteral("klingon-8")));
        o.csv.encoding = QStringLiteral("UTF-8");
        o.csv.delimiter = QLatin1Char('"');
        CHECK_FALSE(ClientExporter(b.clients).write(o, &buffer, &error));
        o.csv.delimiter = QLatin1Char(',');
        o.columns = {QStringLiteral("name"), QStringLiteral("shoe_size")};
        CHECK_FALSE(ClientExporter(b.clients).write(o, &buffer, &error));
        CHECK(error.contains(QStringLiteral("shoe_size")));
        CHECK(buffer.data().isEmpty());
    }
}

TEST_CASE("Columns come in the order asked for; every key has a title")
{
    Base b;
    Client c;
    c.name = QStringLiteral("ООО Ромашка");
    c.responsible = QStringLiteral("Петров");
    LegalEntity l;
    l.name = c.name;
    l.inn = QStringLiteral("7707083893");
    l.kpp = QStringLiteral("770701001");
    c.legalEntities << l;
    const qint64 id = b.add(c);
    ClientExporter::Options o;
    o.csv.bom = false;
    o.columns = {QStringLiteral("kpp"), QStringLiteral("name"), QStringLiteral("id"),
                 QStringLiteral("responsible"), QStringLiteral("updated_at")};
    const QList<QStringList> rows = readCsv(b.run(o));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == o.columns);
    CHECK(rows.at(1).mid(0, 4) == QStringList{QStringLiteral("770701001"),
                                              QStringLiteral("ООО Ромашка"), QString::number(id),
                                              QStringLiteral("Петров")});
    CHECK(rows.at(1).at(4).endsWith(QLatin1Char('Z')));

    for (const QString &key : ClientExporter::columnKeys()) {
        INFO(key.toStdString());
        CHECK_FALSE(ClientExporter::columnTitle(key).isEmpty());
    }
    CHECK(ClientExporter::columnTitle(QStringLiteral("bogus")).isEmpty());
    QString error;
    CHECK(ClientExporter::checkColumns(ClientExporter::columnKeys(), &error));
    CHECK_FALSE(ClientExporter::checkColumns({QStringLiteral("id"), QString()}, &error));
    CHECK(error.contains(QStringLiteral("empty")));
}

TEST_CASE("Which clients: ids, filters, search, archive")
{
    Base b;
    const qint64 romashka = b.company("ООО Ромашка", "Екатеринбург", {QStringLiteral("VIP")});
    const qint64 lutik = b.company("ООО Лютик", "Пермь");
    const qint64 ivanov = b.person("Иванов", "Иван");
    const qint64 archived = b.company("ООО Ромашка-старая", "Екатеринбург");
    REQUIRE(b.clients.setArchived(archived, true));
    {
        Client c = *b.clients.load(lutik);
        c.region = QStringLiteral("Пермский край");
        c.importance = QStringLiteral("A");
        b.add(c);
    }

    ClientExporter::Selection all;
    CHECK(b.ids(all) == QList<qint64>{ivanov, lutik, romashka}); // name order, archive left out

    ClientExporter::Selection chosen;
    chosen.ids = {romashka, archived, ivanov};
    CHECK(b.ids(chosen) == chosen.ids); // as given, archived or not

    ClientExporter::Selection companies;
    companies.query.kind = QStringLiteral("company");
    CHECK(b.ids(companies) == QList<qint64>{lutik, romashka});

    ClientExporter::Selection region;
    region.query.region = QStringLiteral("Пермский край");
    region.query.importance = QStringLiteral("A");
    CHECK(b.ids(region) == QList<qint64>{lutik});

    ClientExporter::Selection tagged;
    for (const auto &[id, name] : b.clients.tags())
        if (name == QLatin1String("VIP"))
            tagged.query.tagId = id;
    REQUIRE(tagged.query.tagId != 0);
    CHECK(b.ids(tagged) == QList<qint64>{romashka});

    ClientExporter::Selection archive;
    archive.query.archived = true;
    CHECK(b.ids(archive) == QList<qint64>{archived});

    ClientExporter::Selection byCity;
    byCity.query.sort = ClientListQuery::SortColumn::City;
    byCity.query.order = Qt::DescendingOrder;
    CHECK(b.ids(byCity) == QList<qint64>{lutik, romashka, ivanov});

    ClientExporter::Selection search;
    search.search = QStringLiteral("ромашк");
    CHECK(b.ids(search) == QList<qint64>{romashka});
    search.query.archived = true;
    CHECK(b.ids(search) == QList<qint64>{archived});
    ClientExporter::Selection searchAndFilter;
    searchAndFilter.search = QStringLiteral("ооо");
    searchAndFilter.query.kind = QStringLiteral("company");
    searchAndFilter.query.region = QStringLiteral("Пермский край");
    CHECK(b.ids(searchAndFilter) == QList<qint64>{lutik});

    // An id that is not there refuses the export, naming it.
    ClientExporter::Options o;
    o.selection.ids = {romashka, 999};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    CHECK_FALSE(ClientExporter(b.clients).write(o, &buffer, &error));
    CHECK(error.contains(QStringLiteral("999")));
}

TEST_CASE("A base larger than a page streams through every client once, and can be cancelled")
{
    Base b;
    DemoGenerator::Options demo;
    demo.clients = 1234;
    demo.seed = 5;
    REQUIRE(DemoGenerator(b.t.db()).generate(demo));
    const int count = b.clients.count(ClientListQuery());

    ClientExporter::Options o;
    o.format = ClientExporter::Format::Json;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QList<qint64> seen;
    qint64 lastTotal = 0;
    ClientExporter::Result result;
    REQUIRE(ClientExporter(b.clients).write(
        o, &buffer, &error,
        [&](qint64 done, qint64 total) {
            seen << done;
            lastTotal = total;
            return true;
        },
        &result));
    CHECK(result.clients == count);
    CHECK(seen.last() == count);
    CHECK(lastTotal == count);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    const QJsonArray json = QJsonDocument::fromJson(buffer.data()).array();
    REQUIRE(json.size() == count);
    QSet<qint64> ids;
    for (const QJsonValue &v : json)
        ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    CHECK(ids.size() == count);

    buffer.buffer().clear();
    buffer.seek(0);
    CHECK_FALSE(ClientExporter(b.clients).write(o, &buffer, &error,
                                                [](qint64 done, qint64) { return done < 500; }));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("vCard text values are escaped and long lines folded on character boundaries")
{
    CHECK(VCardWriter::escape(QStringLiteral("a\\b,c;d\ne\r\nf\rg")) ==
          QStringLiteral("a\\\\b\\,c\\;d\\ne\\nf\\ng"));

    const QByteArray ascii = QByteArray("NOTE:") + QByteArray(200, 'x');
    const QByteArray folded = VCardWriter::fold(ascii);
    QList<QByteArray> lines = folded.split('\n');
    CHECK(lines.takeLast().isEmpty());
    for (const QByteArray &l : lines) {
        CHECK(l.endsWith('\r'));
        CHECK(l.size() - 1 <= 75);
    }
    CHECK(lines.at(0).size() - 1 == 75);
    CHECK(lines.at(1).startsWith(' '));

    // Two-byte Cyrillic and four-byte emoji: no line ends inside a character.
    const QString text = QStringLiteral("NOTE:") + QStringLiteral("Ёжик в тумане 😀 ").repeated(12);
    const QByteArray utf8 = VCardWriter::fold(text.toUtf8());
    CHECK(utf8.endsWith("\r\n"));
    QByteArray unfolded;
    const QList<QByteArray> parts = utf8.chopped(2).split('\n');
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray l = parts.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        CHECK(l.size() <= 75);
        if (i > 0) {
            REQUIRE(l.startsWith(' '));
            l = l.mid(1);
        }
        // Each physical line alone is valid UTF-8.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString piece = decoder.decode(l);
        CHECK_FALSE(decoder.hasError());
        CHECK_FALSE(piece.contains(QChar::ReplacementCharacter));
        unfolded += l;
    }
    CHECK(QString::fromUtf8(unfolded) == text);
    CHECK(VCardWriter::fold("FN:short") == "FN:short\r\n");

    CHECK(VCardWriter::birthday(QDate(1980, 4, 15)) == QStringLiteral("1980-04-15"));
    CHECK(VCardWriter::birthday(QDate(VCard::NoYear, 2, 29)) == QStringLiteral("--0229"));
    CHECK(VCardWriter::birthday(QDate()).isEmpty());
    CHECK(VCardWriter::phoneType(QStringLiteral("мобильный"), QStringLiteral("VOICE")) ==
          QStringLiteral("CELL"));
    CHECK(VCardWriter::phoneType(QStringLiteral("Work"), QStringLiteral("VOICE")) ==
          QStringLiteral("WORK"));
    CHECK(VCardWriter::phoneType(QStringLiteral("дача"), QStringLiteral("VOICE")) ==
          QStringLiteral("VOICE"));
}

TEST_CASE("A company is a card and one more per contact person; a person is one card")
{
    Base b;
    Client company;
    company.name = QStringLiteral("ООО \"Ромашка, Лютик; и Ко\"");
    company.city = QStringLiteral("Екатеринбург");
    company.region = QStringLiteral("Свердловская обл.");
    company.address = QStringLiteral("ул. Ленина, 1");
    company.notes = QStringLiteral("Звонить после обеда;\nспросить про договор");
    company.tags << QStringLiteral("Клиенты") << QStringLiteral("VIP, важные");
    company.phones << phone("8 343 555-12-34");
    company.emails << email("Info@Romashka.Example");
    ContactPerson ivan;
    ivan.lastName = QStringLiteral("Сидоров");
    ivan.firstName = QStringLiteral("Иван");
    ivan.middleName = QStringLiteral("Петрович");
    ivan.position = QStringLiteral("Генеральный директор");
    ivan.birthday = QDate(1975, 3, 8);
    ivan.phones << phone("8 912 345-67-89", "мобильный");
    ivan.emails << email("ivan@romashka.example");
    ContactPerson olga;
    olga.lastName = QStringLiteral("Петрова");
    olga.firstName = QStringLiteral("Ольга");
    olga.birthday = QDate(VCard::NoYear, 4, 15);
    company.contacts << ivan << olga;
    const qint64 companyId = b.add(company);
    Client person;
    person.kind = Client::Kind::Person;
    person.lastName = QStringLiteral("Ёлкин");
    person.firstName = QStringLiteral("Пётр");
    person.phones << phone("+7 912 000-11-22", "mobile");
    person.city = QStringLiteral("Пермь");
    const qint64 personId = b.add(person);

    ClientExporter::Options o;
    o.format = ClientExporter::Format::VCard;
    o.selection.ids = {companyId, personId};
    const QByteArray bytes = b.run(o);
    CHECK(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK_FALSE(bytes.contains("\n\n"));
    CHECK(bytes.count("\r\n") == bytes.count('\n'));
    CHECK(bytes.contains("\r\nBDAY:--0415\r\n"));
    CHECK(bytes.contains("\r\nBDAY:1975-03-08\r\n"));
    CHECK(bytes.contains("\r\nTEL;TYPE=CELL:+79123456789\r\n"));

    const QList<VCard> cards = readCards(bytes);
    REQUIRE(cards.size() == 4);
    const VCard &c = cards.at(0);
    CHECK(c.version == QStringLiteral("3.0"));
    CHECK(c.formattedName == company.name);
    CHECK(c.organization == company.name);
    CHECK(c.lastName.isEmpty());
    CHECK(values(c.phones) == QStringList{QStringLiteral("+73435551234")});
    CHECK(c.phones.at(0).types == QStringList{QStringLiteral("WORK")});
    CHECK(values(c.emails) == QStringList{QStringLiteral("info@romashka.example")});
    CHECK(c.city == company.city);
    CHECK(c.region == company.region);
    CHECK(c.addresses.value(0).value.startsWith(company.address));
    CHECK(c.note == company.notes);
    CHECK(c.categories == QStringList{QStringLiteral("VIP, важные"), QStringLiteral("Клиенты")});

    const VCard &i = cards.at(1);
    CHECK(i.lastName == ivan.lastName);
    CHECK(i.firstName == ivan.firstName);
    CHECK(i.middleName == ivan.middleName);
    CHECK(i.formattedName == QStringLiteral("Сидоров Иван Петрович"));
    CHECK(i.organization == company.name);
    CHECK(i.title == ivan.position);
    CHECK(i.birthday == ivan.birthday);
    CHECK(i.birthdayHasYear);
    CHECK(values(i.phones) == QStringList{QStringLiteral("+79123456789")});
    CHECK(i.phones.at(0).types == QStringList{QStringLiteral("CELL")});
    CHECK(values(i.emails) == QStringList{QStringLiteral("ivan@romashka.example")});

    const VCard &ol = cards.at(2);
    CHECK(ol.formattedName == QStringLiteral("Петрова Ольга"));
    CHECK(ol.birthday == QDate(VCard::NoYear, 4, 15));
    CHECK_FALSE(ol.birthdayHasYear);

    const VCard &p = cards.at(3);
    CHECK(p.lastName == QStringLiteral("Ёлкин"));
    CHECK(p.firstName == QStringLiteral("Пётр"));
    CHECK(p.organization.isEmpty());
    CHECK(values(p.phones) == QStringList{QStringLiteral("+79120001122")});
    CHECK(p.city == QStringLiteral("Пермь"));

    // Chosen contact persons of one client.
    const Client saved = *b.clients.load(companyId);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(VCardWriter(&buffer).writeContacts(saved, {saved.contacts.at(1).id}));
    const QList<VCard> one = readCards(buffer.data());
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).formattedName == QStringLiteral("Петрова Ольга"));
    CHECK(one.at(0).organization == company.name);
}

TEST_CASE("Clients exported as vCard come back the same through the vCard import")
{
    Base from;
    Client company;
    company.name = QStringLiteral("ООО Ромашка");
    company.city = QStringLiteral("Екатеринбург");
    company.phones << phone("8 343 555-12-34");
    company.emails << email("info@romashka.example");
    company.tags << QStringLiteral("Клиенты");
    ContactPerson ivan;
    ivan.lastName = QStringLiteral("Сидоров");
    ivan.firstName = QStringLiteral("Иван");
    ivan.position = QStringLiteral("Директор");
    ivan.phones << phone("8 912 345-67-89", "mobile");
    company.contacts << ivan;
    from.add(company);
    from.person("Ёлкин", "Пётр");

    ClientExporter::Options o;
    o.format = ClientExporter::Format::VCard;
    const QByteArray bytes = from.run(o);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.vcf"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    Base to;
    ClientImporter importer(to.t.db(), to.clients);
    ImportReport report;
    QString error;
    REQUIRE(importer.importVCard(path, {}, &report, &error));
    CHECK(report.created == 2);
    const QList<ClientListRow> rows = to.clients.page(ClientListQuery(), {}, false, 0, 10);
    REQUIRE(rows.size() == 2);
    const Client elkin = *to.clients.load(rows.at(0).id);
    CHECK(elkin.kind == Client::Kind::Person);
    CHECK(elkin.name == QStringLiteral("Ёлкин Пётр"));
    const Client back = *to.clients.load(rows.at(1).id);
    CHECK(back.kind == Client::Kind::Company);
    CHECK(back.name == QStringLiteral("ООО Ромашка"));
    CHECK(back.city == QStringLiteral("Екатеринбург"));
    CHECK(back.phones.value(0).e164 == QStringLiteral("+73435551234"));
    CHECK(back.emails.value(0).address == QStringLiteral("info@romashka.example"));
    CHECK(back.tags.contains(QStringLiteral("Клиенты")));
    // The company's own card is not a person of the company.
    REQUIRE(back.contacts.size() == 1);
    CHECK(back.contacts.at(0).fullName() == QStringLiteral("Сидоров Иван"));
    CHECK(back.contacts.at(0).position == QStringLiteral("Директор"));
    CHECK(back.contacts.at(0).phones.value(0).e164 == QStringLiteral("+79123456789"));
}
