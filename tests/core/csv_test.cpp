#include "catchqt.h"

#include "io/csvreader.h"
#include "io/textdecoding.h"
#include "trickledevice.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

struct Row
{
    qint64 line;
    QStringList fields;
};

QList<Row> readAll(CsvReader &reader)
{
    QList<Row> rows;
    QStringList fields;
    while (reader.next(&fields))
        rows.append(Row{reader.line(), fields});
    return rows;
}

QList<qint64> lines(const QList<Row> &rows)
{
    QList<qint64> out;
    for (const Row &row : rows)
        out.append(row.line);
    return out;
}

} // namespace

TEST_CASE("Excel export in windows-1251 with semicolons")
{
    CsvReader reader(fixture("excel_cp1251.csv"));
    const QList<Row> rows = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("windows-1251"));
    CHECK(reader.delimiter() == QLatin1Char(';'));

    // The ";;;;" rows Excel leaves behind are skipped.
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0).fields == QStringList{QStringLiteral("Наименование"), QStringLiteral("ИНН"),
                                           QStringLiteral("Телефон"), QStringLiteral("E-mail"),
                                           QStringLiteral("Город")});
    CHECK(rows.at(1).fields.at(0) == QStringLiteral("ООО \"Ромашка\""));
    CHECK(rows.at(1).fields.at(4) == QStringLiteral("Екатеринбург"));
    CHECK(rows.at(3).fields.at(0) == QStringLiteral("АО \"Уралхиммаш\"; филиал"));
    CHECK(rows.at(3).fields.at(3).isEmpty());
    CHECK(rows.at(5).fields.at(0) == QStringLiteral("ООО Берёзка"));
    for (const Row &row : rows)
        CHECK(row.fields.size() == 5);
    CHECK(lines(rows) == QList<qint64>{1, 2, 3, 4, 5, 7});
}

TEST_CASE("Outlook export in UTF-8 with BOM, quoted fields and a line break")
{
    CsvReader reader(fixture("outlook_utf8_bom.csv"));
    const QList<Row> rows = readAll(reader);
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    CHECK(reader.delimiter() == QLatin1Char(','));

    REQUIRE(rows.size() == 4);
    // The BOM does not stick to the first header name.
    CHECK(rows.at(0).fields.at(0) == QStringLiteral("First Name"));
    CHECK(rows.at(1).fields.at(2) == QStringLiteral("Smirnov, Petrov & Partners"));
    CHECK(rows.at(1).fields.at(5) == QStringLiteral("Met at the \"Expo 2026\" fair"));
    CHECK(rows.at(2).fields.at(2) == QStringLiteral("ООО \"Север\""));
    CHECK(rows.at(2).fields.at(5) == QStringLiteral("First line\nsecond line, with a comma"));
    CHECK(rows.at(3).fields == QStringList{QStringLiteral("Олег"), QStringLiteral("Попов"),
                                           QString(), QStringLiteral("oleg@popov.example"),
                                           QString(), QString()});
    for (const Row &row : rows)
        CHECK(row.fields.size() == 6);
    // The record after the two-line note starts on line 5.
    CHECK(lines(rows) == QList<qint64>{1, 2, 3, 5});
}

TEST_CASE("UTF-16LE with BOM, tab-separated")
{
    CsvReader reader(fixture("google_utf16le_bom.csv"));
    const QList<Row> rows = readAll(reader);
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-16LE"));
    CHECK(reader.delimiter() == QLatin1Char('\t'));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).fields.at(0) == QStringLiteral("Имя"));
    CHECK(rows.at(2).fields == QStringList{QStringLiteral("Пётр"), QStringLiteral("Лебедев"),
                                           QStringLiteral("+79220003344"),
                                           QStringLiteral("petr@lebedev.example")});
    CHECK(lines(rows) == QList<qint64>{1, 2, 3, 4});
}

TEST_CASE("KOI8-R")
{
    CsvReader reader(fixture("contacts_koi8r.csv"));
    const QList<Row> rows = readAll(reader);
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("KOI8-R"));
    CHECK(reader.delimiter() == QLatin1Char(','));
    REQUIRE(rows.size() == 8);
    CHECK(rows.at(0).fields.at(0) == QStringLiteral("Фамилия"));
    CHECK(rows.at(4).fields.at(3) == QStringLiteral("Руководитель отдела закупок"));
}

TEST_CASE("The encoding can be given instead of detected")
{
    CsvReader::Options options;
    options.encoding = QStringLiteral("KOI8-R");
    options.delimiter = QLatin1Char(',');
    CsvReader reader(fixture("contacts_koi8r.csv"), options);
    QStringList fields;
    REQUIRE(reader.next(&fields));
    CHECK(reader.encoding() == QStringLiteral("KOI8-R"));
    CHECK(fields.at(1) == QStringLiteral("Имя"));

    // Read as windows-1251 the same bytes decode, but to other letters.
    options.encoding = QStringLiteral("windows-1251");
    CsvReader wrong(fixture("contacts_koi8r.csv"), options);
    REQUIRE(wrong.next(&fields));
    CHECK(fields.at(1) != QStringLiteral("Имя"));
}

TEST_CASE("LF-only file with blank, blank-looking and all-empty lines")
{
    CsvReader reader(fixture("lf_blank_lines.csv"));
    const QList<Row> rows = readAll(reader);
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(3).fields == QStringList{QStringLiteral("Gamma Ltd"),
                                           QStringLiteral("+7 343 100-00-03"),
                                           QStringLiteral("Tyumen")});
    CHECK(lines(rows) == QList<qint64>{1, 3, 6, 9});

    CsvReader::Options keep;
    keep.skipEmpty = false;
    CsvReader all(fixture("lf_blank_lines.csv"), keep);
    // Blank lines are no records at all; ",," is one of three empty fields.
    CHECK(readAll(all).size() == 5);
}

TEST_CASE("File-level problems name the file and the line")
{
    SECTION("unterminated quote")
    {
        const QString path = fixture("unterminated_quote.csv");
        CsvReader reader(path);
        const QList<Row> rows = readAll(reader);
        CHECK(rows.size() == 2);
        CHECK(reader.hasError());
        CHECK(reader.error() == path + QStringLiteral(":3: unterminated quoted field"));
    }
    SECTION("bytes invalid in the chosen encoding")
    {
        const QString path = fixture("invalid_utf8.csv");
        CsvReader::Options options;
        options.encoding = QStringLiteral("UTF-8");
        CsvReader reader(path, options);
        const QList<Row> rows = readAll(reader);
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(1).fields.at(0) == QStringLiteral("Альфа"));
        CHECK(reader.error() == path + QStringLiteral(":3: bytes invalid in the encoding UTF-8"));
    }
    SECTION("binary file")
    {
        const QString path = fixture("binary.csv");
        CsvReader reader(path);
        QStringList fields;
        CHECK_FALSE(reader.next(&fields));
        CHECK(reader.error() == path + QStringLiteral(":3: binary data, not a text file"));
    }
    SECTION("empty file")
    {
        const QString path = fixture("empty.csv");
        CsvReader reader(path);
        QStringList fields;
        CHECK_FALSE(reader.next(&fields));
        CHECK(reader.error() == path + QStringLiteral(":1: the file is empty"));
    }
    SECTION("missing file")
    {
        CsvReader reader(fixture("no-such-file.csv"));
        QStringList fields;
        CHECK_FALSE(reader.next(&fields));
        CHECK(reader.error().startsWith(fixture("no-such-file.csv") + QStringLiteral(": ")));
    }
    SECTION("unknown encoding")
    {
        CsvReader::Options options;
        options.encoding = QStringLiteral("no-such-encoding");
        CsvReader reader(fixture("lf_blank_lines.csv"), options);
        CHECK_FALSE(reader.open());
        CHECK(reader.error().contains(QStringLiteral("no-such-encoding")));
    }
}

TEST_CASE("Encoding detection")
{
    CHECK(TextDecoding::detect(QByteArrayLiteral("name,phone\nAlpha,123\n")) ==
          QStringLiteral("UTF-8"));
    CHECK(TextDecoding::detect(QStringLiteral("Город;ИНН\n").toUtf8()) == QStringLiteral("UTF-8"));
    CHECK(TextDecoding::detect(QByteArrayLiteral("\xEF\xBB\xBFname")) == QStringLiteral("UTF-8"));
    CHECK(TextDecoding::detect(QByteArrayLiteral("\xFF\xFEn\x00")) == QStringLiteral("UTF-16LE"));
    CHECK(TextDecoding::detect(QByteArrayLiteral("\xFE\xFF\x00n")) == QStringLiteral("UTF-16BE"));
    // A UTF-8 sample cut in the middle of a letter is still UTF-8.
    CHECK(TextDecoding::detect(QStringLiteral("Имя").toUtf8().chopped(1)) ==
          QStringLiteral("UTF-8"));
    CHECK_FALSE(TextDecoding::isValidUtf8(QByteArrayLiteral("\xC0\xAF")));

    QFile file(fixture("excel_cp1251.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(TextDecoding::detect(file.readAll()) == QStringLiteral("windows-1251"));

    CHECK(TextDecoding::isSupported(QStringLiteral("windows-1251")));
    CHECK(TextDecoding::isSupported(QStringLiteral("KOI8-R")));
    CHECK(TextDecoding::isSupported(QStringLiteral("UTF-16LE")));
    CHECK_FALSE(TextDecoding::isSupported(QStringLiteral("no-such-encoding")));
    CHECK_FALSE(TextDecoding::isSupported(QString()));
}

TEST_CASE("Delimiter detection")
{
    CHECK(CsvReader::detectDelimiter("a,b,c\n1,2,3\n4,5,6\n") == QLatin1Char(','));
    // Commas inside the fields do not fool it.
    CHECK(CsvReader::detectDelimiter("name;city\nSmith, John;Perm\nDoe, Jane;Omsk\n") ==
          QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter("a\tb\n1\t2\n") == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter("a|b|c\n1|2|3\n") == QLatin1Char('|'));
    // Nor do delimiters inside quotes.
    CHECK(CsvReader::detectDelimiter("\"a;b;c\",d\n\"1;2;3\",4\n\"x\",y\n") == QLatin1Char(','));
    // One column: comma, which changes nothing.
    CHECK(CsvReader::detectDelimiter("name\nAlpha\nBeta\n") == QLatin1Char(','));
}

TEST_CASE("Header detection")
{
    const QStringList header{QStringLiteral("Наименование"), QStringLiteral("Телефон"),
                             QStringLiteral("E-mail")};
    const QStringList data{QStringLiteral("ООО Ромашка"), QStringLiteral("+7 343 555-12-34"),
                           QStringLiteral("info@romashka.example")};
    CHECK(CsvReader::looksLikeHeader(header, data));
    CHECK_FALSE(CsvReader::looksLikeHeader(data, data));
    CHECK_FALSE(CsvReader::looksLikeHeader(
        {QStringLiteral("Name"), QString(), QStringLiteral("City")}, data));
    CHECK_FALSE(CsvReader::looksLikeHeader({QStringLiteral("Date"), QStringLiteral("28.11.2026")},
                                           {QStringLiteral("x"), QStringLiteral("01.12.2026")}));
    CHECK(CsvReader::looksLikeHeader({QStringLiteral("Date"), QStringLiteral("Amount")},
                                     {QStringLiteral("2026-11-28"), QStringLiteral("1 500,00")}));
}

TEST_CASE("A large file is read with bounded memory")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    constexpr int Rows = 300000;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("windows-1251");
        file.write(encoder.encode(QStringLiteral("Наименование;ИНН;Телефон;E-mail;Город\r\n")));
        for (int i = 0; i < Rows; ++i) {
            // Every tenth row has a note over two lines.
            const QString note = i % 10 ? QStringLiteral("обычный клиент, без особенностей")
                                        : QStringLiteral("\"первая строка\r\nвторая; строка\"");
            const QString row =
                QStringLiteral("ООО \"\"Клиент %1\"\";%2;+7 343 %3;client%1@example.ru;"
                               "Екатеринбург;%4\r\n")
                    .arg(i)
                    .arg(6600000000LL + i)
                    .arg(1000000 + i)
                    .arg(note);
            file.write(encoder.encode(QLatin1Char('"') + row.section(QLatin1Char(';'), 0, 0) +
                                      QLatin1Char('"') + QLatin1Char(';') +
                                      row.section(QLatin1Char(';'), 1)));
        }
    }
    REQUIRE(QFileInfo(path).size() > 25 * 1024 * 1024);

    CsvReader reader(path);
    QStringList fields;
    REQUIRE(reader.next(&fields));
    CHECK(reader.encoding() == QStringLiteral("windows-1251"));
    CHECK(reader.delimiter() == QLatin1Char(';'));
    qint64 records = 0;
    qint64 maxBuffered = 0;
    qint64 line = 1;
    bool fieldsOk = true;
    while (reader.next(&fields)) {
        ++records;
        maxBuffered = std::max(maxBuffered, reader.bufferedBytes());
        fieldsOk = fieldsOk && fields.size() == 6;
        line = reader.line();
    }
    INFO(reader.error().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(records == Rows);
    CHECK(fieldsOk);
    CHECK(fields.at(0) == QStringLiteral("ООО \"Клиент %1\"").arg(Rows - 1));
    // 30000 two-line notes push the last record down by as many lines.
    CHECK(line == 1 + Rows + Rows / 10);
    CHECK(reader.bytesRead() == QFileInfo(path).size());
    CHECK(maxBuffered < 512 * 1024);
}

TEST_CASE("Line endings: CR only, and UTF-8 letters cut by chunk boundaries")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString mac = dir.filePath(QStringLiteral("mac.csv"));
    {
        QFile file(mac);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("a;b\r\"x\ry\";2\r\r3;4\r").toUtf8());
    }
    CsvReader macReader(mac);
    const QList<Row> macRows = readAll(macReader);
    CHECK_FALSE(macReader.hasError());
    REQUIRE(macRows.size() == 3);
    CHECK(macRows.at(1).fields.at(0) == QStringLiteral("x\ny"));
    CHECK(lines(macRows) == QList<qint64>{1, 2, 5});

    // Two-byte letters over many 64 KiB chunks: some always straddle a boundary.
    const QString utf8 = dir.filePath(QStringLiteral("utf8.csv"));
    const QString city = QStringLiteral("Екатеринбург");
    constexpr int Rows = 20000;
    {
        QFile file(utf8);
        REQUIRE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < Rows; ++i)
            file.write((QString::number(i) + QLatin1Char(',') + city + QLatin1Char('\n')).toUtf8());
    }
    CsvReader reader(utf8);
    QStringList fields;
    int count = 0;
    bool same = true;
    while (reader.next(&fields)) {
        same = same && fields.at(1) == city;
        ++count;
    }
    CHECK_FALSE(reader.hasError());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    CHECK(count == Rows);
    CHECK(same);
}

TEST_CASE("A device instead of a file: a buffer, read a few bytes at a time or at once")
{
    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("name;city\r\nAlpha;Perm\r\n\"Beta\r\nGamma\";Omsk\r\n"));
    CsvReader reader(&buffer, QStringLiteral("pasted.csv"));
    const QList<Row> rows = readAll(reader);
    CHECK_FALSE(reader.hasError());
    CHECK(reader.delimiter() == QLatin1Char(';'));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(2).fields.at(0) == QStringLiteral("Beta\nGamma"));
    CHECK(lines(rows) == QList<qint64>{1, 2, 3});
    CHECK(reader.bytesRead() == buffer.size());

    QBuffer bad;
    bad.setData(QByteArrayLiteral("a,b\n\"open,1\n"));
    CsvReader badReader(&bad, QStringLiteral("pasted.csv"));
    CHECK(readAll(badReader).size() == 1);
    CHECK(badReader.error() == QStringLiteral("pasted.csv:2: unterminated quoted field"));
}

// The first U+FFFD of the decoded text was taken for the bad bytes (found by
// tests/fuzz/csv_fuzz), though a file may hold that letter itself; ICU decoders
// (Shift_JIS here) mark bad bytes otherwise, and lost count of them once moved.
TEST_CASE("Bytes invalid in the encoding are reported on their own line")
{
    const auto read = [](const QByteArray &bytes, const QString &encoding) {
        QBuffer buffer;
        buffer.setData(bytes);
        CsvReader::Options options;
        options.encoding = encoding;
        CsvReader reader(&buffer, QStringLiteral("x.csv"), options);
        QList<Row> rows = readAll(reader);
        return std::make_pair(rows, reader.error());
    };

    SECTION("after a U+FFFD that the file holds as a letter")
    {
        const auto [rows, error] =
            read(QByteArrayLiteral("a,b\n\xEF\xBF\xBD,1\nok,2\nbad\xFF,3\nafter,4\n"),
                 QStringLiteral("UTF-8"));
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(1).fields.at(0) == QString(QChar::ReplacementCharacter));
        CHECK(error == QStringLiteral("x.csv:4: bytes invalid in the encoding UTF-8"));
    }
    SECTION("in an encoding that ICU decodes")
    {
        const auto [rows, error] =
            read(QByteArrayLiteral("a,b\nc,d\nx\x81\xFF,y\n"), QStringLiteral("Shift_JIS"));
        CHECK(rows.size() == 2);
        CHECK(error == QStringLiteral("x.csv:3: bytes invalid in the encoding Shift_JIS"));
    }
    SECTION("with CR alone ending the lines")
    {
        const auto [rows, error] =
            read(QByteArrayLiteral("a,b\r1,2\r\xFF,3\r"), QStringLiteral("UTF-8"));
        CHECK(rows.size() == 2);
        CHECK(error == QStringLiteral("x.csv:3: bytes invalid in the encoding UTF-8"));
    }
    SECTION("a NUL byte past the sample that detection looks at")
    {
        QByteArray bytes = "id,name\n";
        qint64 line = 1;
        while (bytes.size() <= TextDecoding::SampleSize) {
            bytes += QByteArray::number(line) + ",client\n";
            ++line;
        }
        bytes += QByteArray("x,\0\n", 4);
        const auto [rows, error] = read(bytes, {});
        CHECK(rows.size() == line);
        CHECK(error == QStringLiteral("x.csv:%1: binary data, not a text file").arg(line + 1));
    }
}

// After a CR-ended line, the LF that ends the next one was taken for the second
// half of a CRLF, and two records shared a line number.
TEST_CASE("A CR-ended line and an LF-ended line after it count as two")
{
    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("a,b\rx,y\nc,d\r\ne,f\n"));
    CsvReader reader(&buffer, QStringLiteral("mixed.csv"));
    const QList<Row> rows = readAll(reader);
    CHECK_FALSE(reader.hasError());
    REQUIRE(rows.size() == 4);
    CHECK(lines(rows) == QList<qint64>{1, 2, 3, 4});
}

// Found by tests/fuzz/csv_fuzz: a quoted field that closed on a later line and
// another that opened on the same line and never closed were taken for one; and
// a read that ended between a closing quote and what reopened the field (libcsv
// keeps a quote followed by anything but a delimiter or a line end) moved the
// error to the next line.
TEST_CASE("An unterminated quote is reported where it opens, however the reads fall")
{
    const auto check = [](const QByteArray &bytes, const QString &error) {
        for (qint64 step = 1; step <= bytes.size(); ++step) {
            TrickleDevice device(bytes, step);
            CsvReader::Options options;
            options.encoding = QStringLiteral("UTF-8");
            options.delimiter = QLatin1Char(',');
            CsvReader reader(&device, QStringLiteral("quotes.csv"), options);
            readAll(reader);
            INFO("reads of " << step << " bytes");
            CHECK(reader.error() == error);
        }
    };
    check(QByteArrayLiteral("a,b,c\n\"multi\nline\",x,\"open\nmore\n"),
          QStringLiteral("quotes.csv:3: unterminated quoted field"));
    check(QByteArrayLiteral("a,b\r\"q\rr\"\t3\r"),
          QStringLiteral("quotes.csv:2: unterminated quoted field"));
}

// Found by tests/fuzz/csv_fuzz: read at once, the line was dropped at its bad
// bytes and the encoding was the error; read a few bytes at a time, its
// columns went to the parser first and the column limit was.
TEST_CASE("A line over the column limit before its bad bytes: one error, however the reads fall")
{
    const QByteArray bytes = "name" + QByteArray(1001, ',') + "\xFF,x\nafter,1\n";
    for (qint64 step : {qint64(1), qint64(7), qint64(500), bytes.size()}) {
        TrickleDevice device(bytes, step);
        CsvReader::Options options;
        options.encoding = QStringLiteral("UTF-8");
        options.delimiter = QLatin1Char(',');
        CsvReader reader(&device, QStringLiteral("wide.csv"), options);
        INFO("reads of " << step << " bytes");
        CHECK(readAll(reader).isEmpty());
        CHECK(reader.error() == QStringLiteral("wide.csv:1: more than 1000 columns"));
    }
}

TEST_CASE("An unquoted field longer than 16 MiB stops the reader with bounded memory")
{
    QByteArray bytes = "id,note\n1,ok\n2,";
    bytes += QByteArray(17 * 1024 * 1024, 'x');
    bytes += "\n3,after\n";
    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader reader(&buffer, QStringLiteral("long.csv"));
    QStringList fields;
    qint64 rows = 0;
    qint64 maxBuffered = 0;
    while (reader.next(&fields)) {
        ++rows;
        maxBuffered = std::max(maxBuffered, reader.bufferedBytes());
    }
    CHECK(rows == 2);
    CHECK(reader.error() == QStringLiteral("long.csv:3: field longer than 16 MiB"));
    CHECK(maxBuffered < 512 * 1024);
}

namespace {
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

constexpr qsizetype MiB = 1024 * 1024;
} // namespace

TEST_CASE("A line of a million columns is refused at the column limit, memory bounded")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "wide.csv", "a,b\n1,2\n" + QByteArray(1000000, ',') + "\n3,4\n");
    CsvReader reader(path);
    CHECK(readAll(reader).size() == 2);
    CHECK(reader.error() == path + QStringLiteral(":3: more than 1000 columns"));
    // Stopped within a chunk of the line: not a million fields held.
    CHECK(reader.bufferedBytes() < MiB);
}

TEST_CASE("Smaller limits through the options: field, row, columns, file")
{
    QTemporaryDir dir;
    CsvReader::Options options;
    options.maxFieldBytes = MiB;
    options.maxRecordBytes = 2 * MiB;
    options.maxFields = 3;

    // A quote never closed swallows the rest of the file: stopped at the limit
    // where it opens, holding about the limit.
    const QString quote =
        writeFile(dir, "quote.csv", "a,b\n1,\"" + QByteArray(3 * MiB, 'q') + "\n2,x\n");
    CsvReader quoted(quote, options);
    CHECK(readAll(quoted).size() == 1);
    CHECK(quoted.error() ==
          quote + QStringLiteral(":2: quoted field longer than 1 MiB; is a quote not closed?"));
    CHECK(quoted.bufferedBytes() < 2 * MiB); // the field's buffer grows by half

    // Three fields under the field limit, together over the row limit.
    const QByteArray big(MiB - 1, 'y');
    const QString rows = writeFile(dir, "rows.csv", "a,b,c\n" + big + ',' + big + ',' + big + '\n');
    CsvReader longRow(rows, options);
    CHECK(readAll(longRow).size() == 1);
    CHECK(longRow.error() == rows + QStringLiteral(":2: row longer than 2 MiB"));

    // The last row, without a line break, has one column too many.
    const QString cols = writeFile(dir, "cols.csv", "a,b,c\n1,2,3,4");
    CsvReader wide(cols, options);
    CHECK(readAll(wide).size() == 1);
    CHECK(wide.error() == cols + QStringLiteral(":2: more than 3 columns"));

    // A file over the limit is refused before a byte of it is read.
    options.maxFileBytes = MiB;
    const QString file = writeFile(dir, "big.csv", "a,b\n" + QByteArray(MiB, '1') + '\n');
    CsvReader tooBig(file, options);
    CHECK(readAll(tooBig).isEmpty());
    CHECK(tooBig.error() ==
          file + QStringLiteral(": the file is 2 MiB; files over 1 MiB are not read"));
    CHECK(tooBig.bytesRead() == 0);
}
