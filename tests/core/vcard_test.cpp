#include "catchqt.h"

#include "io/vcardreader.h"
#include "trickledevice.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/vcard/") + QString::fromLatin1(name);
}

QList<VCard> readAll(VCardReader &reader)
{
    QList<VCard> cards;
    VCard card;
    while (reader.next(&card))
        cards.append(card);
    return cards;
}

QList<qint64> lines(const QList<VCard> &cards)
{
    QList<qint64> out;
    for (const VCard &card : cards)
        out.append(card.line);
    return out;
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

VCard::Value value(const char *text, QStringList types)
{
    return VCard::Value{QString::fromUtf8(text), std::move(types)};
}

} // namespace

namespace Catch {
template <> struct StringMaker<VCard::Value>
{
    static std::string convert(const VCard::Value &v)
    {
        return '"' + v.value.toStdString() + "\" " + v.types.join(QLatin1Char(',')).toStdString();
    }
};
} // namespace Catch

TEST_CASE("Android export: vCard 2.1, UTF-8 behind QUOTED-PRINTABLE with soft line breaks")
{
    VCardReader reader(fixture("android_21_qp.vcf"));
    const QList<VCard> cards = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    REQUIRE(cards.size() == 2);
    CHECK(lines(cards) == QList<qint64>{1, 28});

    const VCard &ivan = cards.at(0);
    CHECK(ivan.version == QStringLiteral("2.1"));
    // A soft break falls inside "Иванов" (=D0=\r\n=B2): the bytes are joined before decoding.
    CHECK(ivan.lastName == QStringLiteral("Иванов"));
    CHECK(ivan.firstName == QStringLiteral("Иван"));
    CHECK(ivan.middleName == QStringLiteral("Петрович"));
    CHECK(ivan.formattedName ==
          QStringLiteral("Иван Петрович Иванов-Крестовоздвиженский (Уралхиммаш, отдел закупок)"));
    REQUIRE(ivan.phones.size() == 3);
    CHECK(ivan.phones.at(0) == value("+7 912 345-67-89", {QStringLiteral("CELL")}));
    CHECK(ivan.phones.at(1) ==
          value("8 (343) 555-12-34", {QStringLiteral("WORK"), QStringLiteral("VOICE")}));
    CHECK(ivan.phones.at(2) == value("+7 343 222-33-44", {QStringLiteral("HOME")}));
    REQUIRE(ivan.emails.size() == 2);
    CHECK(ivan.emails.at(0) == value("ivan.ivanov@example.ru", {QStringLiteral("HOME")}));
    CHECK(ivan.emails.at(1) == value("i.ivanov@uralhim.example", {QStringLiteral("WORK")}));
    CHECK(ivan.organization == QStringLiteral("ООО \"Ромашка\""));
    CHECK(ivan.title == QStringLiteral("Генеральный директор"));
    CHECK(ivan.note == QStringLiteral("Первая строка\nвторая строка = с равенством"));
    CHECK(ivan.birthday == QDate(1975, 3, 8));
    CHECK(ivan.birthdayHasYear);
    CHECK(ivan.photo.isEmpty());

    const VCard &john = cards.at(1);
    CHECK(john.formattedName == QStringLiteral("John Smith"));
    CHECK(john.lastName == QStringLiteral("Smith"));
    CHECK(john.firstName == QStringLiteral("John"));
    CHECK(john.phones == QList<VCard::Value>{value(
                             "+1 555 0100", {QStringLiteral("CELL"), QStringLiteral("PREF")})});
    CHECK(john.emails ==
          QList<VCard::Value>{value("john@example.com", {QStringLiteral("INTERNET")})});
    CHECK(john.birthday.isNull());
}

TEST_CASE("Old phone: vCard 2.1 in windows-1251 with CHARSET parameters")
{
    VCardReader reader(fixture("oldphone_cp1251.vcf"));
    const QList<VCard> cards = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("windows-1251"));
    REQUIRE(cards.size() == 2);
    CHECK(lines(cards) == QList<qint64>{1, 12});

    const VCard &alexey = cards.at(0);
    CHECK(alexey.lastName == QStringLiteral("Сидоров"));
    CHECK(alexey.firstName == QStringLiteral("Алексей"));
    CHECK(alexey.middleName == QStringLiteral("Николаевич"));
    CHECK(alexey.formattedName == QStringLiteral("Сидоров Алексей"));
    // Bare 2.1 type parameters.
    REQUIRE(alexey.phones.size() == 2);
    CHECK(alexey.phones.at(0) ==
          value("+79501234567", {QStringLiteral("CELL"), QStringLiteral("WORK")}));
    CHECK(alexey.phones.at(1) == value("83432123456", {QStringLiteral("HOME")}));
    // Quoted-printable over windows-1251 bytes.
    CHECK(alexey.organization == QStringLiteral("ЗАО \"Уральские самоцветы\""));
    REQUIRE(alexey.addresses.size() == 1);
    CHECK(alexey.addresses.at(0) ==
          value("ул. Ленина, 5, Екатеринбург, Свердловская обл., 620000, Россия",
                {QStringLiteral("WORK")}));
    CHECK(alexey.city == QStringLiteral("Екатеринбург"));
    CHECK(alexey.region == QStringLiteral("Свердловская обл."));
    CHECK(alexey.postalCode == QStringLiteral("620000"));
    CHECK(alexey.country == QStringLiteral("Россия"));
    // No CHARSET: the encoding of the file.
    CHECK(alexey.note == QStringLiteral("Звонить после обеда, спросить про счёт"));

    // Lower-case property and parameter names.
    const VCard &maria = cards.at(1);
    CHECK(maria.lastName == QStringLiteral("Ёлкина"));
    CHECK(maria.firstName == QStringLiteral("Мария"));
    CHECK(maria.phones == QList<VCard::Value>{value("89001112233", {QStringLiteral("CELL")})});
    CHECK(maria.emails ==
          QList<VCard::Value>{value("maria@example.ru", {QStringLiteral("INTERNET")})});
}

TEST_CASE("iPhone export: vCard 3.0 with folding, groups, escapes and a photo")
{
    VCardReader reader(fixture("iphone_30.vcf"));
    const QList<VCard> cards = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    REQUIRE(cards.size() == 2);
    CHECK(lines(cards) == QList<qint64>{1, 34});

    const VCard &anna = cards.at(0);
    CHECK(anna.version == QStringLiteral("3.0"));
    CHECK(anna.formattedName == QStringLiteral("Анна Сергеевна Петрова"));
    CHECK(anna.lastName == QStringLiteral("Петрова"));
    CHECK(anna.firstName == QStringLiteral("Анна"));
    CHECK(anna.middleName == QStringLiteral("Сергеевна"));
    CHECK(anna.organization == QStringLiteral("Иванов, Петров и партнёры"));
    CHECK(anna.department == QStringLiteral("Отдел продаж"));
    CHECK(anna.title == QStringLiteral("Менеджер по продажам"));
    // item1.EMAIL: the group is dropped, the value kept.
    REQUIRE(anna.emails.size() == 2);
    CHECK(anna.emails.at(0) ==
          value("anna@example.ru", {QStringLiteral("INTERNET"), QStringLiteral("PREF")}));
    CHECK(anna.emails.at(1) ==
          value("a.petrova@ipp.example", {QStringLiteral("INTERNET"), QStringLiteral("WORK")}));
    REQUIRE(anna.phones.size() == 2);
    CHECK(anna.phones.at(0) ==
          value("+7 (912) 345-67-89",
                {QStringLiteral("CELL"), QStringLiteral("VOICE"), QStringLiteral("PREF")}));
    CHECK(anna.phones.at(1) ==
          value("+7 343 555-12-34", {QStringLiteral("WORK"), QStringLiteral("VOICE")}));
    REQUIRE(anna.addresses.size() == 1);
    CHECK(anna.addresses.at(0).value ==
          QStringLiteral("ул. Малышева, 51, Екатеринбург, Свердловская обл., 620014, Россия"));
    CHECK(anna.city == QStringLiteral("Екатеринбург"));
    // Folded in the middle of a letter; \n \; \, \\ unescaped.
    CHECK(anna.note == QStringLiteral("Встреча на выставке «Иннопром»\nвторая строка; точка с "
                                      "запятой, запятая и обратная черта \\ конец"));
    // Apple's year-less birthday.
    CHECK_FALSE(anna.birthdayHasYear);
    CHECK(anna.birthday.month() == 4);
    CHECK(anna.birthday.day() == 15);
    CHECK(anna.photoMimeType == QStringLiteral("image/jpeg"));
    REQUIRE(anna.photo.size() == 16 + 256 * 3 + 2);
    CHECK(anna.photo.startsWith("\xFF\xD8\xFF\xE0\x00\x10JFIF"));
    CHECK(anna.photo.endsWith("\xFF\xD9"));

    const VCard &acme = cards.at(1);
    CHECK(acme.formattedName == QStringLiteral("Acme Corporation"));
    CHECK(acme.lastName.isEmpty());
    CHECK(acme.organization == QStringLiteral("Acme Corporation"));
    CHECK(acme.department.isEmpty());
    CHECK(acme.url == QStringLiteral("https://acme.example/"));
    // Folded with a tab.
    CHECK(acme.phones == QList<VCard::Value>{value("+1 (555) 0100-2000", {})});
    CHECK(acme.birthday == QDate(1969, 7, 20));
    CHECK(acme.birthdayHasYear);
    CHECK(acme.photo.isEmpty());
}

TEST_CASE("Google export: vCard 3.0 with categories, LF line ends")
{
    VCardReader reader(fixture("google_30.vcf"));
    const QList<VCard> cards = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    REQUIRE(cards.size() == 2);
    CHECK(lines(cards) == QList<qint64>{1, 13});

    const VCard &sergey = cards.at(0);
    CHECK(sergey.formattedName == QStringLiteral("Сергей Кузнецов"));
    CHECK(sergey.organization == QStringLiteral("ООО «Север»"));
    CHECK(sergey.title == QStringLiteral("Закупщик"));
    CHECK(sergey.emails ==
          QList<VCard::Value>{
              value("sergey.k@example.com", {QStringLiteral("INTERNET"), QStringLiteral("HOME")})});
    CHECK(sergey.phones == QList<VCard::Value>{value("+79221234567", {QStringLiteral("CELL")})});
    CHECK(sergey.city == QStringLiteral("Пермь"));
    CHECK(sergey.region == QStringLiteral("Пермский край"));
    CHECK(sergey.addresses.at(0).value ==
          QStringLiteral("ул. Мира, 10, Пермь, Пермский край, 614000, Россия"));
    CHECK(sergey.categories == QStringList{QStringLiteral("myContacts"), QStringLiteral("Клиенты"),
                                           QStringLiteral("VIP")});
    CHECK_FALSE(sergey.birthdayHasYear);
    CHECK(sergey.birthday == QDate(VCard::NoYear, 5, 20));

    const VCard &olga = cards.at(1);
    CHECK(olga.categories == QStringList{QStringLiteral("myContacts"), QStringLiteral("Starred")});
    CHECK(olga.birthday == QDate(1990, 12, 1));
    CHECK(olga.birthdayHasYear);
    CHECK(olga.url == QStringLiteral("https://example.org/olga"));
}

TEST_CASE("vCard 4.0: tel: URIs, quoted type lists, year-less birthday, data: photo")
{
    VCardReader reader(fixture("v40.vcf"));
    const QList<VCard> cards = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    REQUIRE(cards.size() == 2);
    CHECK(lines(cards) == QList<qint64>{1, 14});

    const VCard &dmitry = cards.at(0);
    CHECK(dmitry.version == QStringLiteral("4.0"));
    CHECK(dmitry.formattedName == QStringLiteral("Дмитрий Орлов"));
    CHECK(dmitry.middleName == QStringLiteral("Андреевич"));
    REQUIRE(dmitry.phones.size() == 2);
    CHECK(dmitry.phones.at(0) ==
          value("+7-912-345-67-89",
                {QStringLiteral("CELL"), QStringLiteral("VOICE"), QStringLiteral("PREF")}));
    CHECK(dmitry.phones.at(1) == value("+7-343-555-00-11", {QStringLiteral("WORK")}));
    CHECK(dmitry.emails ==
          QList<VCard::Value>{value("d.orlov@example.ru", {QStringLiteral("WORK")})});
    CHECK(dmitry.organization == QStringLiteral("АО \"Уралхиммаш\""));
    CHECK_FALSE(dmitry.birthdayHasYear);
    CHECK(dmitry.birthday == QDate(VCard::NoYear, 4, 15));
    CHECK(dmitry.photoMimeType == QStringLiteral("image/png"));
    CHECK(dmitry.photo.size() == 70);
    CHECK(dmitry.photo.startsWith("\x89PNG\r\n"));

    CHECK(cards.at(1).birthday == QDate(1985, 7, 4));
    CHECK(cards.at(1).birthdayHasYear);
}

TEST_CASE("vCard file-level problems name the file and the line")
{
    SECTION("BEGIN without END at the end of the file")
    {
        const QString path = fixture("begin_without_end.vcf");
        VCardReader reader(path);
        VCard card;
        REQUIRE(reader.next(&card));
        CHECK(card.formattedName == QStringLiteral("Complete Card"));
        CHECK_FALSE(reader.next(&card));
        CHECK(reader.hasError());
        CHECK(reader.error() == path + QStringLiteral(":6: BEGIN:VCARD without END:VCARD"));
        CHECK_FALSE(reader.next(&card));
    }
    SECTION("empty file")
    {
        const QString path = fixture("empty.vcf");
        VCardReader reader(path);
        VCard card;
        CHECK_FALSE(reader.next(&card));
        CHECK(reader.error() == path + QStringLiteral(":1: the file is empty"));
    }
    SECTION("missing file")
    {
        VCardReader reader(fixture("no-such-file.vcf"));
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error().startsWith(fixture("no-such-file.vcf") + QStringLiteral(": ")));
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("only blank lines")
    {
        const QString path = write(dir, "blank.vcf", "\r\n  \r\n\r\n");
        VCardReader reader(path);
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error() == path + QStringLiteral(":1: the file is empty"));
    }
    SECTION("no BEGIN:VCARD at all")
    {
        const QString path = write(dir, "notes.vcf", "\nName;Phone\nIvan;+79120000000\n");
        VCardReader reader(path);
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error() ==
              path + QStringLiteral(":2: not a vCard file: BEGIN:VCARD expected"));
    }
    SECTION("binary file")
    {
        const QString path =
            write(dir, "photo.vcf", QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10));
        VCardReader reader(path);
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error() == path + QStringLiteral(":1: binary data, not a text file"));
    }
    SECTION("a second BEGIN before the first card ends")
    {
        const QString path = write(
            dir, "twobegins.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
        VCardReader reader(path);
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error() == path + QStringLiteral(":1: BEGIN:VCARD without END:VCARD"));
    }
    SECTION("bytes invalid in the encoding of a CHARSET parameter")
    {
        const QString path = write(dir, "badutf8.vcf",
                                   "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Smith;John\r\n"
                                   "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=FF=FE\r\n"
                                   "END:VCARD\r\n");
        VCardReader reader(path);
        CHECK_FALSE(reader.next(nullptr));
        CHECK(reader.error() == path + QStringLiteral(":4: bytes invalid in the encoding UTF-8"));
    }
}

TEST_CASE("Unusual but valid vCard files")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    VCard card;

    SECTION("unknown properties, an AGENT with a card of its own, junk between cards")
    {
        const QString path = write(dir, "agent.vcf",
                                   "BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nX-FOO;BAR=1:baz\n"
                                   "AGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Secretary\nEND:VCARD\n"
                                   "TEL:+79120000001\nEND:VCARD\n"
                                   "garbage line\n"
                                   "BEGIN:VCARD\nVERSION:3.0\nFN:Next\nEND:VCARD\n");
        VCardReader reader(path);
        const QList<VCard> cards = readAll(reader);
        INFO(reader.error().toStdString());
        CHECK_FALSE(reader.hasError());
        REQUIRE(cards.size() == 2);
        CHECK(cards.at(0).formattedName == QStringLiteral("Boss"));
        CHECK(cards.at(0).phones == QList<VCard::Value>{value("+79120000001", {})});
        CHECK(cards.at(1).formattedName == QStringLiteral("Next"));
        CHECK(lines(cards) == QList<qint64>{1, 13});
    }
    SECTION("UTF-16LE with BOM")
    {
        const QString text = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ольга\r\nTEL;TYPE="
                                            "CELL:+79120000002\r\nEND:VCARD\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QString path = write(dir, "utf16.vcf", bytes);
        VCardReader reader(path);
        REQUIRE(reader.next(&card));
        CHECK(reader.encoding() == QStringLiteral("UTF-16LE"));
        CHECK(card.formattedName == QStringLiteral("Ольга"));
        CHECK(card.phones == QList<VCard::Value>{value("+79120000002", {QStringLiteral("CELL")})});
        CHECK_FALSE(reader.next(&card));
        CHECK_FALSE(reader.hasError());
    }
    SECTION("UTF-8 BOM and CR-only line ends")
    {
        const QString path = write(dir, "cr.vcf",
                                   "\xEF\xBB\xBF"
                                   "BEGIN:VCARD\rVERSION:3.0\rFN:Mac\r User\rEND:VCARD\r");
        VCardReader reader(path);
        REQUIRE(reader.next(&card));
        CHECK(card.formattedName == QStringLiteral("MacUser"));
        CHECK(card.line == 1);
        CHECK_FALSE(reader.next(&card));
        CHECK_FALSE(reader.hasError());
    }
    SECTION("quoted-printable windows-1251 without CHARSET")
    {
        const QString path = write(dir, "qp1251.vcf",
                                   "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                   "N;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2;=C8=E2=E0=ED\r\n"
                                   "END:VCARD\r\n");
        VCardReader reader(path);
        REQUIRE(reader.next(&card));
        CHECK(card.lastName == QStringLiteral("Иванов"));
        CHECK(card.firstName == QStringLiteral("Иван"));
    }
    SECTION("a quoted-printable soft break before a space of the text")
    {
        const QString path = write(
            dir, "qpspace.vcf",
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=80=D0=B2=D0=B0=D1=8F=\r\n"
            " =D1=81=D1=82=D1=80=D0=BE=D0=BA=D0=B0\r\n"
            "TEL;CELL:+79120000003\r\n"
            "END:VCARD\r\n");
        VCardReader reader(path);
        REQUIRE(reader.next(&card));
        CHECK(card.note == QStringLiteral("Первая строка"));
        CHECK(card.phones.size() == 1);
    }
    SECTION("many cards in chunks, a photo across chunk boundaries")
    {
        QByteArray bytes;
        const QByteArray photo = QByteArray(200000, '\x42');
        const QByteArray b64 = photo.toBase64();
        for (int i = 0; i < 300; ++i) {
            bytes += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Контакт " + QByteArray::number(i) + "\r\n";
            if (i == 150) {
                bytes += "PHOTO;ENCODING=b;TYPE=JPEG:";
                for (qsizetype p = 0; p < b64.size(); p += 74)
                    bytes += (p ? " " : "") + b64.mid(p, 74) + "\r\n";
            }
            bytes += "END:VCARD\r\n";
        }
        const QString path = write(dir, "many.vcf", bytes);
        VCardReader reader(path);
        const QList<VCard> cards = readAll(reader);
        INFO(reader.error().toStdString());
        CHECK_FALSE(reader.hasError());
        REQUIRE(cards.size() == 300);
        CHECK(cards.at(299).formattedName == QStringLiteral("Контакт 299"));
        CHECK(cards.at(150).photo == photo);
        CHECK(cards.at(150).photoMimeType == QStringLiteral("image/jpeg"));
        CHECK(cards.at(151).line == cards.at(150).line + 4 + (b64.size() + 73) / 74);
        CHECK(reader.bytesRead() == bytes.size());
    }
}

TEST_CASE("A card written by Python's vobject reads back")
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import vobject")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        WARN("python3-vobject is not installed: skipped");
        return;
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vobject.vcf"));
    const QString script = QStringLiteral(R"(
import sys, vobject
c = vobject.vCard()
c.add('n').value = vobject.vcard.Name(family='Кузнецова', given='Елена', additional='Викторовна')
c.add('fn').value = 'Елена Викторовна Кузнецова'
c.add('org').value = ['ООО "Ромашка, Лютик и Ко"', 'Бухгалтерия']
c.add('title').value = 'Главный бухгалтер'
t = c.add('tel'); t.value = '+7 912 000-11-22'; t.type_param = 'CELL'
e = c.add('email'); e.value = 'elena@romashka.example'; e.type_param = 'WORK'
c.add('note').value = 'Длинная заметка, ' * 8 + '\nвторая строка; конец'
c.add('categories').value = ['Клиенты', 'Бухгалтерия, отчёты']
c.add('bday').value = '1980-02-29'
with open(sys.argv[1], 'w', encoding='utf-8', newline='') as f:
    f.write(c.serialize())
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    REQUIRE(python.waitForFinished(30000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);

    VCardReader reader(path);
    VCard card;
    REQUIRE(reader.next(&card));
    CHECK(card.formattedName == QStringLiteral("Елена Викторовна Кузнецова"));
    CHECK(card.lastName == QStringLiteral("Кузнецова"));
    CHECK(card.firstName == QStringLiteral("Елена"));
    CHECK(card.middleName == QStringLiteral("Викторовна"));
    CHECK(card.organization == QStringLiteral("ООО \"Ромашка, Лютик и Ко\""));
    CHECK(card.department == QStringLiteral("Бухгалтерия"));
    CHECK(card.title == QStringLiteral("Главный бухгалтер"));
    CHECK(card.phones == QList<VCard::Value>{value("+7 912 000-11-22", {QStringLiteral("CELL")})});
    CHECK(card.emails ==
          QList<VCard::Value>{value("elena@romashka.example", {QStringLiteral("WORK")})});
    const QString note =
        QStringLiteral("Длинная заметка, ").repeated(8) + QStringLiteral("\nвторая строка; конец");
    CHECK(card.note == note);
    CHECK(card.categories ==
          QStringList{QStringLiteral("Клиенты"), QStringLiteral("Бухгалтерия, отчёты")});
    CHECK(card.birthday == QDate(1980, 2, 29));
    CHECK_FALSE(reader.next(&card));
    CHECK_FALSE(reader.hasError());
}

TEST_CASE("A device instead of a file, read a few bytes at a time")
{
    for (const char *name : {"android_21_qp.vcf", "iphone_30.vcf", "oldphone_cp1251.vcf"}) {
        VCardReader fromFile(fixture(name));
        const QList<VCard> expected = readAll(fromFile);
        REQUIRE_FALSE(fromFile.hasError());
        QFile file(fixture(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        QBuffer buffer;
        buffer.setData(bytes);
        VCardReader fromBuffer(&buffer, QStringLiteral("pasted.vcf"));
        CHECK(lines(readAll(fromBuffer)) == lines(expected));
        CHECK(fromBuffer.encoding() == fromFile.encoding());
        CHECK(fromBuffer.bytesRead() == bytes.size());

        // The first read decides the encoding: give the one of the file.
        VCardReader::Options options;
        options.encoding = fromFile.encoding();
        for (const qint64 step : {4, 7, 64}) {
            TrickleDevice device(bytes, step);
            VCardReader reader(&device, QStringLiteral("pipe.vcf"), options);
            const QList<VCard> cards = readAll(reader);
            INFO(name << ", reads of " << step << " bytes");
            CHECK_FALSE(reader.hasError());
            REQUIRE(cards.size() == expected.size());
            for (qsizetype i = 0; i < cards.size(); ++i) {
                CHECK(cards.at(i).line == expected.at(i).line);
                CHECK(cards.at(i).formattedName == expected.at(i).formattedName);
                CHECK(cards.at(i).lastName == expected.at(i).lastName);
                CHECK(cards.at(i).note == expected.at(i).note);
                CHECK(cards.at(i).phones == expected.at(i).phones);
                CHECK(cards.at(i).photo == expected.at(i).photo);
            }
        }
    }

    QBuffer missing;
    VCardReader empty(&missing, QStringLiteral("pasted.vcf"));
    CHECK_FALSE(empty.next(nullptr));
    CHECK(empty.error() == QStringLiteral("pasted.vcf:1: the file is empty"));
}

// A header without its colon made every folded line after it scan the whole
// joined line again for the colon: a 1.5 MB photo took 19 s.
TEST_CASE("A long folded line without a colon is read in linear time")
{
    QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nPHOTO;ENCODING=b;TYPE=JPEG\r\n";
    constexpr int Folds = 30000;
    for (int i = 0; i < Folds; ++i)
        bytes += ' ' + QByteArray(74, 'Q') + "\r\n";
    bytes += "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n";
    QBuffer buffer;
    buffer.setData(bytes);
    VCardReader reader(&buffer, QStringLiteral("folds.vcf"));
    QElapsedTimer timer;
    timer.start();
    const QList<VCard> cards = readAll(reader);
    CHECK(timer.elapsed() < 5000);
    CHECK_FALSE(reader.hasError());
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).formattedName == QStringLiteral("A"));
    CHECK(cards.at(0).photo.isEmpty());
    CHECK(lines(cards) == QList<qint64>{1, 4 + Folds + 2});
}

TEST_CASE("A card of a million categories is refused at the card's limit")
{
    QTemporaryDir dir;
    QByteArray wide = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n";
    wide += "CATEGORIES:" + QByteArray("a,").repeated(1000000) + "z\nEND:VCARD\n";
    const QString path = write(dir, "wide.vcf", wide);
    VCardReader reader(path);
    CHECK(readAll(reader).size() == 1);
    CHECK(reader.error() ==
          path + QStringLiteral(":8: card with more than 10000 properties, parameters and values"));

    // A parameter list counts too; a NOTE's commas are text.
    const QString params = write(dir, "params.vcf",
                                 "BEGIN:VCARD\nFN:C\nTEL;TYPE=" + QByteArray("x,").repeated(20000) +
                                     "x:1\nEND:VCARD\n");
    VCardReader many(params);
    CHECK(readAll(many).isEmpty());
    CHECK(many.error().startsWith(params + QStringLiteral(":3: card with more than")));
    const QString note =
        write(dir, "note.vcf",
              "BEGIN:VCARD\nFN:D\nNOTE:" + QByteArray("a\\, ").repeated(20000) + "\nEND:VCARD\n");
    VCardReader text(note);
    CHECK(readAll(text).size() == 1);
    CHECK_FALSE(text.hasError());
}

TEST_CASE("Smaller vCard limits through the options: line, card, values, file")
{
    QTemporaryDir dir;
    VCardReader::Options options;
    options.maxLineBytes = 1024 * 1024;
    options.maxCardBytes = 2 * 1024 * 1024;
    options.maxCardValues = 5;

    const QByteArray half(700 * 1024, 'n');
    const QString lines3 = write(dir, "card.vcf",
                                 "BEGIN:VCARD\nFN:A\nNOTE:" + half + "\nNOTE:" + half +
                                     "\nNOTE:" + half + "\nEND:VCARD\n");
    VCardReader card(lines3, options);
    CHECK(readAll(card).isEmpty());
    CHECK(card.error() == lines3 + QStringLiteral(":1: card longer than 2 MiB"));

    const QString line =
        write(dir, "line.vcf",
              "BEGIN:VCARD\nFN:A\nNOTE:" + QByteArray(3 * 1024 * 1024, 'n') + "\nEND:VCARD\n");
    VCardReader longLine(line, options);
    CHECK(readAll(longLine).isEmpty());
    CHECK(longLine.error() == line + QStringLiteral(":3: line longer than 1 MiB"));

    const QString values = write(dir, "values.vcf", "BEGIN:VCARD\nFN:A\nN:a;b;c;d;e\nEND:VCARD\n");
    VCardReader tooMany(values, options);
    CHECK(readAll(tooMany).isEmpty());
    CHECK(tooMany.error() ==
          values + QStringLiteral(":3: card with more than 5 properties, parameters and values"));

    options.maxFileBytes = 1024 * 1024;
    VCardReader file(line, options);
    CHECK(readAll(file).isEmpty());
    CHECK(file.error() ==
          line + QStringLiteral(": the file is 4 MiB; files over 1 MiB are not read"));
    CHECK(file.bytesRead() == 0);
}
