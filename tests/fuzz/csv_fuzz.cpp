// libFuzzer target: the bytes as a CSV file. Reads them to the end twice:
// once as a file would be read (encoding and delimiter detected), once a few
// bytes per read with the encoding and delimiter of the first pass and blank
// records kept. Sanitizers catch memory errors; the checks below catch a
// reader whose records depend on where its reads end.

#include "io/csvreader.h"
#include "io/textdecoding.h"
#include "trickledevice.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "csv_fuzz: %s\n", what);
        std::abort();
    }
}

bool blank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

struct Result
{
    QString encoding;
    QChar delimiter;
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
};

const QString Name = QStringLiteral("fuzz.csv");

Result readAll(QIODevice *device, const CsvReader::Options &options)
{
    CsvReader reader(device, Name, options);
    Result result;
    QStringList fields;
    while (reader.next(&fields)) {
        check(reader.line() > result.lines.value(result.lines.size() - 1, 0),
              "records start on increasing lines");
        check(!options.skipEmpty || !blank(fields), "blank records are skipped");
        result.rows.append(fields);
        result.lines.append(reader.line());
    }
    check(!reader.next(&fields), "the end stays the end");
    check(reader.hasError() == !reader.error().isEmpty(), "hasError() agrees with error()");
    check(!reader.hasError() || reader.error().startsWith(Name + QLatin1Char(':')),
          "errors name the file");
    check(!result.rows.isEmpty() || reader.hasError(), "no records is an error");
    check(reader.bufferedBytes() >= 0, "buffered bytes");
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    result.error = reader.error();
    if (!result.rows.isEmpty())
        CsvReader::looksLikeHeader(result.rows.at(0), result.rows.value(1));
    return result;
}

void dump(const char *label, const Result &result)
{
    std::fprintf(stderr, "%s: encoding %s, delimiter %d, %lld records, error \"%s\"\n", label,
                 qPrintable(result.encoding), result.delimiter.unicode(),
                 static_cast<long long>(result.rows.size()), qPrintable(result.error));
    for (qsizetype i = 0; i < result.rows.size() && i < 20; ++i)
        std::fprintf(stderr, "  line %lld: %s\n", static_cast<long long>(result.lines.at(i)),
                     qPrintable(result.rows.at(i).join(QStringLiteral(" | "))));
}

quint32 hash(const uint8_t *data, size_t size)
{
    quint32 h = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // The whole input is the sample that encoding and delimiter detection see.
    QBuffer buffer;
    buffer.setData(bytes);
    const Result whole = readAll(&buffer, CsvReader::Options());
    if (whole.encoding.isEmpty() || whole.error.contains(QStringLiteral("binary data")))
        return 0; // the bytes were never decoded; the NUL check sees only the sample
    check(TextDecoding::isSupported(whole.encoding), "detected encodings are supported");
    check(QStringLiteral(",;\t|").contains(whole.delimiter), "detected delimiters");
    if (TextDecoding::bomLength(bytes) == 0 && TextDecoding::isValidUtf8(bytes))
        check(whole.encoding == QStringLiteral("UTF-8"), "valid UTF-8 is UTF-8");

    CsvReader::Options options;
    options.encoding = whole.encoding;
    options.delimiter = whole.delimiter;
    options.skipEmpty = false;
    const qint64 step = 4 + hash(data, size) % 60;
    TrickleDevice trickle(bytes, step);
    const Result pieces = readAll(&trickle, options);

    QList<QStringList> rows;
    QList<qint64> lines;
    for (qsizetype i = 0; i < pieces.rows.size(); ++i) {
        if (!blank(pieces.rows.at(i))) {
            rows.append(pieces.rows.at(i));
            lines.append(pieces.lines.at(i));
        }
    }
    // An empty-file error is the only one that blank records can take away.
    const bool sameError =
        pieces.error == whole.error || (whole.rows.isEmpty() && !pieces.rows.isEmpty());
    if (rows != whole.rows || lines != whole.lines || !sameError) {
        dump("whole", whole);
        std::fprintf(stderr, "reads of %lld bytes:\n", static_cast<long long>(step));
        dump("pieces", pieces);
        check(false, "the same records, lines and error, however the reads fall");
    }
    return 0;
}
