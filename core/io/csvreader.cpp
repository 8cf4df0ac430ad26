#include "csvreader.h"

#include "textdecoding.h"

#include <QHash>
#include <QRegularExpression>

#include <csv.h>

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;
constexpr int DetectLines = 50;
constexpr qsizetype MiB = 1024 * 1024;

// Parser states of libcsv (libcsv.c keeps them private; csv.h exposes pstate).
constexpr int RowNotBegun = 0;
constexpr int FieldBegun = 2;
constexpr int FieldMightHaveEnded = 3; // after a quote: closing, or the first of ""

bool inQuotedField(const csv_parser *p)
{
    return p->pstate == FieldBegun && p->quoted;
}

// A quoted field not yet handed out, though its closing quote may have come.
bool quotedFieldPending(const csv_parser *p)
{
    return (p->pstate == FieldBegun || p->pstate == FieldMightHaveEnded) && p->quoted;
}

struct FieldCounter
{
    int fields = 0;
    QList<int> counts;
};

void countField(void *, size_t, void *data)
{
    ++static_cast<FieldCounter *>(data)->fields;
}

void countRecord(int, void *data)
{
    auto *counter = static_cast<FieldCounter *>(data);
    counter->counts.append(counter->fields);
    counter->fields = 0;
}

// CR, LF and CRLF each end one line; *afterCr carries a CR at the end of one
// piece of text over to the next.
qint64 lineBreaks(QStringView text, bool *afterCr)
{
    qint64 breaks = 0;
    for (const QChar c : text) {
        if (c == u'\r' || (c == u'\n' && !*afterCr))
            ++breaks;
        *afterCr = c == u'\r';
    }
    return breaks;
}

bool looksLikeValue(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[\\d\\s()\\-.]{5,}$"));
    static const QRegularExpression number(
        QStringLiteral("^[+-]?\\d[\\d\\s\\x{00A0}]*([.,]\\d+)?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}$"));
    const QString t = text.trimmed();
    return email.match(t).hasMatch() || phone.match(t).hasMatch() || number.match(t).hasMatch() ||
           date.match(t).hasMatch();
}

} // namespace

CsvReader::CsvReader(const QString &path) : CsvReader(path, Options())
{
}

CsvReader::CsvReader(const QString &path, const Options &options)
    : m_path(path), m_options(options), m_file(path), m_device(&m_file),
      m_parser(std::make_unique<csv_parser>())
{
    csv_init(m_parser.get(), 0);
}

CsvReader::CsvReader(QIODevice *device, const QString &name) : CsvReader(device, name, Options())
{
}

CsvReader::CsvReader(QIODevice *device, const QString &name, const Options &options)
    : m_path(name), m_options(options), m_device(device), m_parser(std::make_unique<csv_parser>())
{
    csv_init(m_parser.get(), 0);
}

CsvReader::~CsvReader()
{
    csv_free(m_parser.get());
}

void CsvReader::fail(qint64 line, const QString &message)
{
    if (!hasError())
        m_error = TextDecoding::located(m_path, line, message);
    m_finished = true;
}

bool CsvReader::open()
{
    if (m_opened)
        return !hasError();
    m_opened = true;
    qint64 line = 0;
    QString why;
    if (!TextDecoding::openSample(*m_device, m_options.maxFileBytes, &m_pendingRaw, &line, &why)) {
        fail(line, why);
        return false;
    }

    m_encoding =
        m_options.encoding.isEmpty() ? TextDecoding::detect(m_pendingRaw) : m_options.encoding;
    if (!TextDecoding::isSupported(m_encoding)) {
        fail(0, tr("unknown encoding \"%1\"").arg(m_encoding));
        return false;
    }
    // NUL bytes never occur in text, except in UTF-16 and UTF-32.
    if (!TextDecoding::isWide(m_encoding)) {
        const qsizetype nul = m_pendingRaw.indexOf('\0');
        if (nul >= 0) {
            fail(1 + m_pendingRaw.left(nul).count('\n'), tr("binary data, not a text file"));
            return false;
        }
    }
    // Bad bytes become NUL, which no text holds either: its first one is where
    // the usable text ends, whatever the encoding and its decoder.
    m_decoder.emplace(m_encoding.toLatin1().constData(),
                      QStringDecoder::Flag::ConvertInvalidToNull);

    if (m_options.delimiter.isNull()) {
        // A separate decoder: the sample is decoded again below, from the start.
        QStringDecoder sampleDecoder(m_encoding.toLatin1().constData());
        const QString sampleText = sampleDecoder.decode(m_pendingRaw);
        m_delimiter = detectDelimiter(sampleText.toUtf8());
    } else {
        m_delimiter = m_options.delimiter;
        const char16_t c = m_delimiter.unicode();
        if (c > 0x7F || c == u'"' || c == u'\n' || c == u'\r') {
            fail(0, tr("unsupported delimiter \"%1\"").arg(m_delimiter));
            return false;
        }
    }
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter.unicode()));
    return true;
}

QChar CsvReader::detectDelimiter(const QByteArray &utf8Sample)
{
    // Whole lines only: a record cut by the end of the sample would miscount.
    qsizetype end = 0;
    for (int lines = 0; lines < DetectLines; ++lines) {
        const qsizetype nl = utf8Sample.indexOf('\n', end);
        if (nl < 0) {
            if (lines == 0)
                end = utf8Sample.size();
            break;
        }
        end = nl + 1;
    }

    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    int bestScore = 0;
    for (const char candidate : candidates) {
        csv_parser parser;
        csv_init(&parser, 0);
        csv_set_delim(&parser, static_cast<unsigned char>(candidate));
        FieldCounter counter;
        csv_parse(&parser, utf8Sample.constData(), size_t(end), countField, countRecord, &counter);
        csv_fini(&parser, countField, countRecord, &counter);
        csv_free(&parser);

        // The most frequent field count above one, and how many records have it.
        QHash<int, int> frequency;
        for (const int count : std::as_const(counter.counts)) {
            if (count > 1)
                ++frequency[count];
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestScore) {
                bestScore = it.value();
                best = candidate;
            }
        }
    }
    return QLatin1Char(best);
}

bool CsvReader::fill()
{
    QByteArray raw;
    if (!m_pendingRaw.isEmpty()) {
        raw = std::exchange(m_pendingRaw, QByteArray());
    } else if (!TextDecoding::read(*m_device, ChunkSize, &raw)) {
        fail(0, tr("cannot read the file: %1").arg(m_device->errorString()));
        m_eof = true;
        return false;
    }
    if (raw.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += raw.size();

    QString text = m_decoder->decode(raw);
    const qsizetype bad = text.indexOf(QChar(u'\0'));
    if (bad >= 0 || m_decoder->hasError()) {
        // Keep everything before the bad bytes, also the start of their line:
        // however the reads fall, the parser then meets the same text, and a
        // limit that line breaks before them is the error (found by csv_fuzz).
        // Its record is never given out: the decoding error ends the file.
        const QStringView before = QStringView(text).left(bad >= 0 ? bad : 0);
        bool afterCr = m_decodedLastCr;
        m_decodeErrorLine = 1 + m_decodedLines + lineBreaks(before, &afterCr);
        m_decodeError = m_decoder->hasError()
                            ? tr("bytes invalid in the encoding %1").arg(m_encoding)
                            : tr("binary data, not a text file");
        text.truncate(before.size());
        m_eof = true;
    }
    m_decodedLines += lineBreaks(text, &m_decodedLastCr);

    m_utf8.remove(0, m_utf8Pos);
    m_utf8Pos = 0;
    m_utf8 += text.toUtf8();
    return true;
}

void CsvReader::feed(const char *data, qsizetype len)
{
    csv_parser *p = m_parser.get();
    const bool quotedBefore = quotedFieldPending(p);
    const qint64 fieldsBefore = m_fieldCount;
    if (p->pstate == RowNotBegun)
        m_recordStartLine = m_physLine;
    // libcsv grows a field's buffer by a fixed block (128 bytes): a long field
    // was reallocated and copied every 128 bytes, which took minutes for 16 MiB
    // under AddressSanitizer. Half what it holds makes the growth geometric.
    csv_set_blk_size(p, std::max(size_t(ChunkSize), p->entry_size / 2));
    if (csv_parse(p, data, size_t(len), onField, onRecord, this) < size_t(len)) {
        fail(m_physLine,
             tr("cannot parse: %1").arg(QString::fromLatin1(csv_strerror(csv_error(p)))));
        return;
    }
    if (quotedFieldPending(p)) {
        // The quoted field began on this line unless it was pending before
        // and no field ended since: one may close and the next open here.
        if (!quotedBefore || m_fieldCount != fieldsBefore)
            m_quoteLine = m_physLine;
    }
    // A feed ends at a line break, so at most one record ended in it: the
    // one that began on m_recordStartLine.
    const qsizetype field = qsizetype(p->entry_pos);
    if (field > m_options.maxFieldBytes) {
        if (quotedFieldPending(p))
            fail(m_quoteLine, tr("quoted field longer than %1 MiB; is a quote not closed?")
                                  .arg(m_options.maxFieldBytes / MiB));
        else
            fail(m_physLine, tr("field longer than %1 MiB").arg(m_options.maxFieldBytes / MiB));
    } else if (!m_oversized.isEmpty()) {
        fail(m_recordStartLine, m_oversized);
    } else if (m_fields.size() > m_options.maxFields) {
        fail(m_recordStartLine, tooManyFields());
    } else if (m_recordBytes + field > m_options.maxRecordBytes) {
        fail(m_recordStartLine, tooLongRecord());
    }
}

QString CsvReader::tooManyFields() const
{
    return tr("more than %1 columns").arg(m_options.maxFields);
}

QString CsvReader::tooLongRecord() const
{
    return tr("row longer than %1 MiB").arg(m_options.maxRecordBytes / MiB);
}

bool CsvReader::parseMore()
{
    while (m_records.isEmpty() && !m_finished) {
        if (m_utf8Pos >= m_utf8.size()) {
            if (!m_eof) {
                fill();
                continue;
            }
            finish();
            break;
        }
        // Feed up to and including the next line break, so that line numbers
        // are known when a record starts and ends.
        const char *d = m_utf8.constData();
        const qsizetype n = m_utf8.size();
        qsizetype end = m_utf8Pos;
        while (end < n && d[end] != '\n' && d[end] != '\r')
            ++end;
        const bool terminated = end < n;
        if (terminated)
            ++end;
        const qsizetype length = end - m_utf8Pos;
        feed(d + m_utf8Pos, length);
        m_utf8Pos = end;
        if (terminated) {
            // CR, LF and CRLF each end one physical line: an LF alone right
            // after a CR is the second half of a CRLF.
            const char t = d[end - 1];
            if (t == '\r' || !(m_lastWasCr && length == 1))
                ++m_physLine;
            m_lastWasCr = t == '\r';
        } else {
            m_lastWasCr = false;
        }
    }
    return !m_records.isEmpty();
}

void CsvReader::finish()
{
    if (!m_decodeError.isEmpty()) {
        fail(m_decodeErrorLine, m_decodeError);
        return;
    }
    if (inQuotedField(m_parser.get())) {
        fail(m_quoteLine, tr("unterminated quoted field"));
        return;
    }
    csv_fini(m_parser.get(), onField, onRecord, this);
    if (!m_oversized.isEmpty())
        fail(m_recordStartLine, m_oversized);
    m_finished = true;
}

void CsvReader::onField(void *data, size_t len, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    reader->m_recordBytes += qsizetype(len);
    ++reader->m_fieldCount;
    // One past the limit is enough for feed() to refuse the record.
    if (reader->m_fields.size() > reader->m_options.maxFields)
        return;
    QString field = QString::fromUtf8(static_cast<const char *>(data), qsizetype(len));
    // Line breaks inside quoted fields come as the file had them; keep one kind.
    if (field.contains(QLatin1Char('\r'))) {
        field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    reader->m_fields.append(field);
}

void CsvReader::onRecord(int, void *self)
{
    auto *reader = static_cast<CsvReader *>(self);
    QStringList fields = std::exchange(reader->m_fields, QStringList());
    const qsizetype bytes = std::exchange(reader->m_recordBytes, 0);
    // feed() fails with it once libcsv returns.
    if (fields.size() > reader->m_options.maxFields) {
        reader->m_oversized = reader->tooManyFields();
        return;
    }
    if (bytes > reader->m_options.maxRecordBytes) {
        reader->m_oversized = reader->tooLongRecord();
        return;
    }
    if (reader->m_options.skipEmpty) {
        bool empty = true;
        for (const QString &field : std::as_const(fields))
            empty = empty && field.trimmed().isEmpty();
        if (empty)
            return;
    }
    reader->m_records.append(Record{std::move(fields), reader->m_recordStartLine});
}

bool CsvReader::next(QStringList *fields)
{
    if (!m_opened && !open())
        return false;
    if (m_records.isEmpty() && !m_finished)
        parseMore();
    if (m_records.isEmpty()) {
        if (!hasError() && m_delivered == 0)
            fail(1, tr("the file is empty"));
        return false;
    }
    Record record = m_records.takeFirst();
    if (fields)
        *fields = std::move(record.fields);
    m_line = record.line;
    ++m_delivered;
    return true;
}

qint64 CsvReader::bufferedBytes() const
{
    qint64 bytes = m_pendingRaw.size() + m_utf8.size() + qint64(m_parser->entry_size);
    auto add = [&bytes](const QStringList &fields) {
        for (const QString &field : fields)
            bytes += qint64(sizeof(QString)) + field.size() * qint64(sizeof(QChar));
    };
    add(m_fields);
    for (const Record &record : m_records)
        add(record.fields);
    return bytes;
}

bool CsvReader::looksLikeHeader(const QStringList &first, const QStringList &second)
{
    if (first.isEmpty())
        return false;
    for (const QString &label : first) {
        if (label.trimmed().isEmpty() || looksLikeValue(label))
            return false;
    }
    if (second.isEmpty())
        return true;
    // Labels over data: the data row has a typed value or a gap somewhere.
    for (const QString &value : second) {
        if (value.trimmed().isEmpty() || looksLikeValue(value))
            return true;
    }
    return false;
}
