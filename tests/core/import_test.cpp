// Importing real contact files into the base.
#include "catchqt.h"
#include "testdatabase.h"

#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "io/clientimporter.h"
#include "io/mappingmemory.h"
#include "settings/settingsrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
QString data(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QLatin1String(name);
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

struct Import
{
    TestDatabase t;
    ClientRepository clients{t.db()};
    ClientImporter importer{t.db(), clients};

    ImportReport run(const QString &path, ClientImporter::Options options = {})
    {
        ImportReport report;
        QString error;
        REQUIRE(importer.importCsv(path, {}, {}, options, &report, &error));
        return report;
    }
    int count() { return clients.count(ClientListQuery()); }
    Client only(const QString &search)
    {
        const QList<ClientListRow> rows = clients.search(search, 5);
        REQUIRE(rows.size() == 1);
        return *clients.load(rows.first().id);
    }
};
} // namespace

TEST_CASE("An Excel export in windows-1251 with semicolons becomes companies", "[import]")
{
    Import i;
    const ImportReport r = i.run(data("excel_cp1251.csv"));
    CHECK(r.created == 5);
    CHECK(r.skipped == 0);
    CHECK(i.count() == 5);
    const Client romashka = i.only(QStringLiteral("ромашка"));
    CHECK(romashka.kind == Client::Kind::Company);
    CHECK(romashka.name == QStringLiteral("ООО \"Ромашка\""));
    CHECK(romashka.city == QStringLiteral("Екатеринбург"));
    REQUIRE(romashka.phones.size() == 1);
    CHECK(romashka.phones.first().e164 == QStringLiteral("+73435551234"));
    REQUIRE(romashka.legalEntities.size() == 1);
    CHECK(romashka.legalEntities.first().inn == QStringLiteral("6658000001"));
    CHECK(romashka.tags.contains(r.tag));
    CHECK(i.only(QStringLiteral("6670000012")).name == QStringLiteral("ООО Берёзка"));
}

TEST_CASE("The same file imported twice with merge changes nothing the second time", "[import]")
{
    Import i;
    i.run(data("outlook_utf8_bom.csv"));
    const int before = i.count();
    const ImportReport again = i.run(data("outlook_utf8_bom.csv"));
    CHECK(again.created == 0);
    CHECK(again.merged == 0);
    CHECK(again.unchanged == 3);
    CHECK(i.count() == before);
    // A company row with a person: a company client with that contact person.
    const Client sever = i.only(QStringLiteral("север"));
    CHECK(sever.kind == Client::Kind::Company);
    REQUIRE(sever.contacts.size() == 1);
    CHECK(sever.contacts.first().lastName == QStringLiteral("Кузнецов"));
    CHECK(sever.contacts.first().emails.first().address == QStringLiteral("ivan@sever.example"));
    CHECK(sever.notes == QStringLiteral("First line\nsecond line, with a comma"));
    // A row with only a person: a person client.
    const Client popov = i.only(QStringLiteral("oleg@popov.example"));
    CHECK(popov.kind == Client::Kind::Person);
    CHECK(popov.name == QStringLiteral("Попов Олег"));
}

TEST_CASE("Rows of one company become one client with several contacts", "[import]")
{
    Import i;
    QTemporaryDir dir;
    const QString path = write(dir, "people.csv",
                               "Организация;ИНН;ФИО;Должность;Телефон;E-mail\n"
                               "ООО Вектор;7707083893;Сидоров Иван Петрович;Директор;"
                               "8 912 345-67-89;sidorov@vector.example\n"
                               "ООО «Вектор»;7707083893;Петрова Анна Сергеевна;Бухгалтер;;"
                               "petrova@vector.example\n"
                               ";;;;;\n"
                               "ООО Луч;;;;;\n");
    const ImportReport r = i.run(path);
    CHECK(r.created == 2);
    const Client vector = i.only(QStringLiteral("вектор"));
    REQUIRE(vector.contacts.size() == 2);
    CHECK(vector.contacts.at(0).fullName() == QStringLiteral("Сидоров Иван Петрович"));
    CHECK(vector.contacts.at(0).position == QStringLiteral("Директор"));
    CHECK(vector.contacts.at(1).fullName() == QStringLiteral("Петрова Анна Сергеевна"));
    CHECK(vector.contacts.at(0).phones.first().e164 == QStringLiteral("+79123456789"));
}

TEST_CASE("Merge fills empty fields, lists conflicts and never overwrites", "[import]")
{
    Import i;
    Client existing;
    existing.name = QStringLiteral("ООО Вектор");
    existing.city = QStringLiteral("Пермь");
    existing.phones << PhoneEntry{0, QString(), QStringLiteral("+7 342 200-00-00"), QString()};
    REQUIRE(i.clients.save(existing));
    QTemporaryDir dir;
    const QString path = write(dir, "update.csv",
                               "Наименование,Город,Регион,Телефон\n"
                               "ООО Вектор,Екатеринбург,Пермский край,8 912 000-00-01\n");
    const ImportReport r = i.run(path);
    CHECK(r.created == 0);
    CHECK(r.merged == 1);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.first().contains(QStringLiteral("Пермь")));
    CHECK(r.conflicts.first().contains(QStringLiteral("Екатеринбург")));
    const Client merged = *i.clients.load(existing.id);
    CHECK(merged.city == QStringLiteral("Пермь"));
    CHECK(merged.region == QStringLiteral("Пермский край"));
    CHECK(merged.phones.size() == 2);

    // skip leaves it alone, create makes a second one
    ClientImporter::Options skip;
    skip.onDuplicate = ClientImporter::OnDuplicate::Skip;
    CHECK(i.run(path, skip).skipped == 1);
    ClientImporter::Options create;
    create.onDuplicate = ClientImporter::OnDuplicate::Create;
    CHECK(i.run(path, create).created == 1);
    CHECK(i.count() == 2);
}

TEST_CASE("A dry run and a broken file write nothing", "[import]")
{
    Import i;
    ClientImporter::Options dry;
    dry.dryRun = true;
    const ImportReport r = i.run(data("excel_cp1251.csv"), dry);
    CHECK(r.created == 5);
    CHECK(i.count() == 0);

    QTemporaryDir dir;
    const QString broken =
        write(dir, "broken.csv", "Name,Phone\nИван Сидоров,+7 912 345-67-89\n\"Петров,+7 912\n");
    ImportReport report;
    QString error;
    CHECK_FALSE(i.importer.importCsv(broken, {}, {}, {}, &report, &error));
    CHECK(error.startsWith(broken + QStringLiteral(":3:")));
    CHECK(i.count() == 0);

    const QString nameless = write(dir, "nameless.csv", "Цвет,Размер\nкрасный,42\n");
    CHECK_FALSE(i.importer.importCsv(nameless, {}, {}, {}, &report, &error));
    CHECK(error.contains(QStringLiteral("nameless.csv:1:")));

    // An import into an empty base sets indexes and triggers aside: the
    // rollback brings every one back, so the next edit has its history.
    QSqlQuery q(i.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name IN ('clients', 'phones', 'client_tags')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 10);
    Client c;
    c.kind = Client::Kind::Person;
    c.name = QStringLiteral("Иван Сидоров");
    REQUIRE(i.clients.save(c, &error));
    c.city = QStringLiteral("Пермь");
    REQUIRE(i.clients.save(c, &error));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'city'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("A row with no name, e-mail or phone is skipped with its line", "[import]")
{
    Import i;
    QTemporaryDir dir;
    const QString path = write(dir, "gaps.csv",
                               "ФИО,Город,Телефон\n"
                               "Иванов Иван,Москва,\n"
                               ",Казань,\n"
                               ",,8 (912) 111-22-33\n");
    const ImportReport r = i.run(path);
    CHECK(r.created == 2);
    CHECK(r.skipped == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().line == 3);
}

TEST_CASE("vCard files from phones and Google become clients; again changes nothing", "[import]")
{
    Import i;
    ImportReport report;
    QString error;
    const QString google = QStringLiteral(CLIENTELE_TEST_DATA "/vcard/google_30.vcf");
    REQUIRE(i.importer.importVCard(google, {}, &report, &error));
    CHECK(report.created > 0);
    CHECK(report.skipped == 0);
    const int count = i.count();
    CHECK(count == report.created);
    bool tagged = false;
    for (qint64 id : i.clients.allIds()) {
        const Client c = *i.clients.load(id);
        CHECK_FALSE(c.tags.contains(QStringLiteral("myContacts")));
        tagged |= c.tags.contains(QStringLiteral("VIP"));
    }
    CHECK(tagged);
    REQUIRE(i.importer.importVCard(google, {}, &report, &error));
    CHECK(report.created == 0);
    CHECK(report.merged == 0);
    CHECK(i.count() == count);

    const QString android = QStringLiteral(CLIENTELE_TEST_DATA "/vcard/android_21_qp.vcf");
    REQUIRE(i.importer.importVCard(android, {}, &report, &error));
    CHECK(report.created > 0);

    const QString broken = QStringLiteral(CLIENTELE_TEST_DATA "/vcard/begin_without_end.vcf");
    const int before = i.count();
    CHECK_FALSE(i.importer.importVCard(broken, {}, &report, &error));
    CHECK(error.startsWith(broken + QLatin1Char(':')));
    CHECK(i.count() == before);
}

TEST_CASE("A mapping is remembered per header and recalled for the same header", "[import]")
{
    TestDatabase t;
    SettingsRepository settings(t.db());
    MappingMemory memory(settings);
    using F = ColumnMapping::Field;
    const QStringList header = {QStringLiteral("Наименование"), QStringLiteral("Телефон"),
                                QStringLiteral("Телефон"), QStringLiteral("Город")};
    CHECK_FALSE(memory.recall(header).has_value());

    const QList<F> mine = {F::CompanyName, F::WorkPhone, F::MobilePhone, F::Region};
    QString error;
    REQUIRE(memory.remember(header, mine, &error));
    // The same header, spelled in another case and spacing, is the same file.
    const QStringList again = {QStringLiteral("наименование "), QStringLiteral("ТЕЛЕФОН"),
                               QStringLiteral("Телефон"), QStringLiteral("  Город")};
    CHECK(MappingMemory::key(again) == MappingMemory::key(header));
    REQUIRE(memory.recall(again).has_value());
    CHECK(*memory.recall(again) == mine);
    CHECK(*memory.recall(header) == mine);
    // The stored value is the --map format.
    CHECK(settings.value(MappingMemory::key(header))
              .contains(QStringLiteral("\"Город\":\"region\"")));

    // Another header knows nothing; a new mapping replaces the old one.
    CHECK_FALSE(
        memory.recall({QStringLiteral("Наименование"), QStringLiteral("Город")}).has_value());
    const QList<F> other = {F::CompanyName, F::Phone, F::Ignore, F::City};
    REQUIRE(memory.remember(header, other));
    CHECK(*memory.recall(header) == other);
}

TEST_CASE("An iPhone card keeps its photo as a file and its birthday without a year", "[import]")
{
    Import i;
    ImportReport report;
    QString error;
    const QString iphone = QStringLiteral(CLIENTELE_TEST_DATA "/vcard/iphone_30.vcf");
    REQUIRE(i.importer.importVCard(iphone, {}, &report, &error));
    const Client company = i.only(QStringLiteral("партнёры"));
    REQUIRE(company.contacts.size() == 1);
    const ContactPerson anna = company.contacts.first();
    CHECK(anna.fullName() == QStringLiteral("Петрова Анна Сергеевна"));
    CHECK(anna.birthday == QDate(ContactPerson::NoYear, 4, 15));
    CHECK_FALSE(anna.birthdayHasYear());
    AttachmentRepository files(i.t.db());
    const QList<Attachment> photos = files.forClient(company.id);
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().contactId == anna.id);
    CHECK(photos.first().mime == QStringLiteral("image/jpeg"));
    CHECK(photos.first().name == QStringLiteral("Photo of Петрова Анна Сергеевна.jpg"));
    CHECK(files.data(photos.first().id).startsWith("\xFF\xD8"));

    // Again: nothing new, no second photo; without photos: none at all.
    REQUIRE(i.importer.importVCard(iphone, {}, &report, &error));
    CHECK(report.created == 0);
    CHECK(files.forClient(company.id).size() == 1);
    Import other;
    ClientImporter::Options noPhotos;
    noPhotos.keepPhotos = false;
    REQUIRE(other.importer.importVCard(iphone, noPhotos, &report, &error));
    CHECK(AttachmentRepository(other.t.db())
              .forClient(other.only(QStringLiteral("партнёры")).id)
              .isEmpty());
}

// Huge files as the importer meets them (the limits are in the readers).
TEST_CASE("A 100 MB field or a million columns: the file is refused whole, naming the line",
          "[import]")
{
    Import i;
    QTemporaryDir dir;
    ImportReport report;
    QString error;

    QFile huge(dir.filePath(QStringLiteral("huge.csv")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    huge.write("Name,Phone,Notes\nИван Сидоров,+7 912 345-67-89,ok\nПётр Петров,,\"");
    const QByteArray megabyte(1024 * 1024, 'x');
    for (int mb = 0; mb < 100; ++mb)
        huge.write(megabyte);
    huge.write("\"\n");
    huge.close();
    CHECK_FALSE(i.importer.importCsv(huge.fileName(), {}, {}, {}, &report, &error));
    CHECK(error ==
          huge.fileName() +
              QStringLiteral(":3: quoted field longer than 16 MiB; is a quote not closed?"));
    CHECK(i.count() == 0);

    const QString wide = write(dir, "wide.csv",
                               "Name,Phone\nИван Сидоров,+7 912 345-67-89\n" +
                                   QByteArray("x,").repeated(1000000) + "\n");
    CHECK_FALSE(i.importer.importCsv(wide, {}, {}, {}, &report, &error));
    CHECK(error == wide + QStringLiteral(":3: more than 1000 columns"));
    CHECK(i.count() == 0);

    const QString card = write(dir, "huge.vcf",
                               "BEGIN:VCARD\nVERSION:3.0\nFN:Иван Сидоров\nNOTE:" +
                                   QByteArray(100 * 1024 * 1024, 'n') + "\nEND:VCARD\n");
    CHECK_FALSE(i.importer.importVCard(card, {}, &report, &error));
    CHECK(error == card + QStringLiteral(":4: line longer than 16 MiB"));
    CHECK(i.count() == 0);
}

TEST_CASE("A 2 GB file is refused before it is read, naming its size and the limit", "[import]")
{
    Import i;
    QTemporaryDir dir;
    ImportReport report;
    QString error;
    for (const char *name : {"huge.csv", "huge.vcf"}) {
        // Sparse: two gigabytes the disk does not hold, which the reader
        // would take minutes and all memory to go through.
        const QString path = write(dir, name, "Name,Phone\nИван Сидоров,+7 912 345-67-89\n");
        QFile grown(path);
        REQUIRE(grown.resize(qint64(2) * 1024 * 1024 * 1024));
        const bool csv = QString::fromLatin1(name).endsWith(QLatin1String(".csv"));
        const bool read = csv ? i.importer.importCsv(path, {}, {}, {}, &report, &error)
                              : i.importer.importVCard(path, {}, &report, &error);
        CHECK_FALSE(read);
        CHECK(error ==
              path + QStringLiteral(": the file is 2048 MiB; files over 512 MiB are not read"));
        CHECK(i.count() == 0);
    }
}
