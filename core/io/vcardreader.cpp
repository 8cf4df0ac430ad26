#include "vcardreader.h"

#include "textdecoding.h"

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype MiB = 1024 * 1024;

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

bool isMarker(const QByteArray &line, const char *marker)
{
    return line.trimmed().compare(marker, Qt::CaseInsensitive) == 0;
}

// The colon that ends NAME;PARAMS; one inside a quoted parameter value does not.
// The search starts at from, in the quoting *quoted says, and leaves it there.
qsizetype headerEnd(const QByteArray &line, qsizetype from, bool *quoted)
{
    for (qsizetype i = from; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            *quoted = !*quoted;
        else if (c == ':' && !*quoted)
            return i;
    }
    return -1;
}

qsizetype headerEnd(const QByteArray &line)
{
    bool quoted = false;
    return headerEnd(line, 0, &quoted);
}

// The property and the lists a line is split into: its parameters and their
// values, and the parts of N, ADR, ORG and CATEGORIES (an upper bound).
qsizetype listItems(const QByteArray &line)
{
    const qsizetype colon = headerEnd(line);
    if (colon < 0)
        return 1;
    const QByteArray header = line.left(colon);
    const qsizetype semicolon = header.indexOf(';');
    QByteArray name = (semicolon < 0 ? header : header.left(semicolon)).trimmed().toUpper();
    name.remove(0, name.lastIndexOf('.') + 1);
    qsizetype items = 1 + header.count(';') + header.count(',');
    if (name == "N" || name == "ADR" || name == "ORG" || name == "CATEGORIES") {
        const auto value = line.cbegin() + colon + 1;
        items += std::count(value, line.cend(), ';') + std::count(value, line.cend(), ',');
    }
    return items;
}

QList<QByteArray> splitUnquoted(const QByteArray &text, char separator)
{
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            const int hi = hexValue(in.at(i + 1));
            const int lo = hexValue(in.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// Splits on separators not escaped by a backslash; the parts stay escaped.
QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            part += c;
            part += text.at(++i);
        } else if (c == separator) {
            parts.append(std::exchange(part, QString()));
        } else {
            part += c;
        }
    }
    parts.append(part);
    return parts;
}

// 3.0 and 4.0 escape \\ \, \; \n; 2.1 writers escape only the ; of compound values.
QString unescape(const QString &text, bool v21)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(i + 1);
        if (v21) {
            if (e == QLatin1Char(';')) {
                out += e;
                ++i;
            } else {
                out += c;
            }
            continue;
        }
        if (e == QLatin1Char('n') || e == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (e == QLatin1Char('\\') || e == QLatin1Char(',') || e == QLatin1Char(';') ||
                 e == QLatin1Char(':'))
            out += e;
        else
            out += QString(c) + e; // not an escape: keep both
        ++i;
    }
    return out;
}

// The structured components of N, ADR, ORG, unescaped.
QStringList components(const QString &text, bool v21)
{
    QStringList parts = splitEscaped(text, QLatin1Char(';'));
    for (QString &part : parts)
        part = unescape(part, v21).trimmed();
    return parts;
}

// A component that is itself a list ("Ivan,Ivanovich"), joined by spaces.
QString joinedList(const QString &text, bool v21, const QString &glue)
{
    QStringList out;
    const QStringList parts = splitEscaped(text, QLatin1Char(','));
    for (const QString &part : parts) {
        const QString value = unescape(part, v21).trimmed();
        if (!value.isEmpty())
            out.append(value);
    }
    return out.join(glue);
}

QString charsetName(const QString &charset)
{
    const QString upper = charset.trimmed().toUpper();
    if (upper.startsWith(QStringLiteral("WINDOWS-")))
        return QStringLiteral("windows-") + upper.mid(8);
    return upper;
}

QString mimeFromBytes(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("GIF8"))
        return QStringLiteral("image/gif");
    if (bytes.startsWith("BM"))
        return QStringLiteral("image/bmp");
    return {};
}

QString mimeFromType(const QString &type)
{
    const QString lower = type.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    if (lower.contains(QLatin1Char('/')))
        return lower;
    if (lower == QStringLiteral("jpg"))
        return QStringLiteral("image/jpeg");
    return QStringLiteral("image/") + lower;
}

bool parseBirthday(const QString &text, const QString &omitYear, VCard *card)
{
    QString s = text.trimmed();
    const qsizetype t = s.indexOf(QLatin1Char('T'));
    if (t > 0)
        s.truncate(t);
    if (s.startsWith(QStringLiteral("--"))) {
        // --MMDD (4.0) or --MM-DD (3.0 as Google writes it): no year.
        const QString md = s.mid(2).remove(QLatin1Char('-'));
        if (md.size() != 4)
            return false;
        const QDate date(VCard::NoYear, md.left(2).toInt(), md.mid(2).toInt());
        if (!date.isValid())
            return false;
        card->birthday = date;
        card->birthdayHasYear = false;
        return true;
    }
    QDate date = QDate::fromString(s, QStringLiteral("dd.MM.yyyy"));
    if (!date.isValid()) {
        const QString digits = QString(s).remove(QLatin1Char('-'));
        if (digits.size() != 8)
            return false;
        date = QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    }
    if (!date.isValid())
        return false;
    // Apple writes a year-less birthday as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604.
    const bool hasYear = omitYear.isEmpty() || omitYear.toInt() != date.year();
    card->birthday = hasYear ? date : QDate(VCard::NoYear, date.month(), date.day());
    card->birthdayHasYear = hasYear;
    return true;
}

} // namespace

VCardReader::VCardReader(const QString &path) : VCardReader(path, Options())
{
}

VCardReader::VCardReader(const QString &path, const Options &options)
    : m_path(path), m_options(options), m_file(path), m_device(&m_file)
{
}

VCardReader::VCardReader(QIODevice *device, const QString &name)
    : VCardReader(device, name, Options())
{
}

VCardReader::VCardReader(QIODevice *device, const QString &name, const Options &options)
    : m_path(name), m_options(options), m_device(device)
{
}

void VCardReader::fail(qint64 line, const QString &message)
{
    if (!hasError())
        m_error = TextDecoding::located(m_path, line, message);
    m_finished = true;
    m_eof = true;
}

bool VCardReader::open()
{
    if (m_opened)
        return !hasError();
    m_opened = true;
    QByteArray sample;
    qint64 line = 0;
    QString why;
    if (!TextDecoding::openSample(*m_device, m_options.maxFileBytes, &sample, &line, &why)) {
        fail(line, why);
        return false;
    }
    m_bytesRead = sample.size();

    if (m_options.encoding.isEmpty()) {
        // Folding may split a UTF-8 letter between two lines; judge the bytes joined.
        QByteArray probe = sample;
        for (const char *fold : {"\r\n ", "\r\n\t", "\n ", "\n\t"})
            probe.replace(fold, "");
        m_encoding = TextDecoding::detect(probe);
    } else {
        m_encoding = m_options.encoding;
    }
    if (!TextDecoding::isSupported(m_encoding)) {
        fail(0, tr("unknown encoding \"%1\"").arg(m_encoding));
        return false;
    }
    m_wide = TextDecoding::isWide(m_encoding);
    if (m_wide) {
        // Lines cannot be split on the bytes of UTF-16: turn the file into UTF-8 as it is read.
        m_wideDecoder.emplace(m_encoding.toLatin1().constData());
        m_buffer = QString(m_wideDecoder->decode(sample)).toUtf8();
        m_textEncoding = QStringLiteral("UTF-8");
        return true;
    }
    // NUL bytes never occur in text, except in UTF-16 and UTF-32.
    const qsizetype nul = sample.indexOf('\0');
    if (nul >= 0) {
        fail(1 + sample.left(nul).count('\n'), tr("binary data, not a text file"));
        return false;
    }
    if (sample.startsWith("\xEF\xBB\xBF"))
        sample.remove(0, 3);
    m_buffer = std::move(sample);
    m_textEncoding = m_encoding;
    return true;
}

bool VCardReader::fill()
{
    QByteArray raw;
    if (!TextDecoding::read(*m_device, ChunkSize, &raw)) {
        fail(0, tr("cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (raw.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += raw.size();
    if (m_wide)
        m_buffer += QString(m_wideDecoder->decode(raw)).toUtf8();
    else
        m_buffer += raw;
    return true;
}

bool VCardReader::readPhysicalLine(QByteArray *line, qint64 *lineNumber)
{
    if (m_hasPeek) {
        *line = std::exchange(m_peek, QByteArray());
        *lineNumber = m_peekLine;
        m_hasPeek = false;
        return true;
    }
    qsizetype scan = m_pos;
    for (;;) {
        const char *d = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype i = scan;
        while (i < n && d[i] != '\n' && d[i] != '\r')
            ++i;
        if (i < n) {
            // A CR at the end of the buffer may be the first half of CRLF.
            if (!(d[i] == '\r' && i + 1 == n && !m_eof)) {
                *line = m_buffer.mid(m_pos, i - m_pos);
                qsizetype end = i + 1;
                if (d[i] == '\r' && end < n && d[end] == '\n')
                    ++end;
                m_pos = end;
                *lineNumber = ++m_physLine;
                return true;
            }
            scan = i;
        } else {
            if (m_eof) {
                if (m_pos >= n || hasError())
                    return false;
                *line = m_buffer.mid(m_pos);
                m_pos = n;
                *lineNumber = ++m_physLine;
                return true;
            }
            if (n - m_pos > m_options.maxLineBytes) {
                failLongLine(m_physLine + 1);
                return false;
            }
            scan = n;
        }
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            scan -= m_pos;
            m_pos = 0;
        }
        fill();
    }
}

bool VCardReader::peekPhysicalLine()
{
    if (!m_hasPeek)
        m_hasPeek = readPhysicalLine(&m_peek, &m_peekLine);
    return m_hasPeek;
}

bool VCardReader::readLogicalLine(QByteArray *line, qint64 *lineNumber)
{
    if (!readPhysicalLine(line, lineNumber))
        return false;
    bool headerKnown = false;
    bool quotedPrintable = false;
    // Until the colon comes, only what folding appended is new: a long value
    // without one must not be searched again for every line it spans.
    qsizetype searched = 0;
    bool quoted = false;
    for (;;) {
        if (!headerKnown) {
            const qsizetype colon = headerEnd(*line, searched, &quoted);
            searched = line->size();
            if (colon >= 0) {
                headerKnown = true;
                quotedPrintable = line->left(colon).toUpper().contains("QUOTED-PRINTABLE");
            }
        }
        if (!peekPhysicalLine())
            break;
        if (quotedPrintable && line->endsWith('=') && !isMarker(m_peek, "END:VCARD")) {
            // 2.1 QUOTED-PRINTABLE soft line break: "=" at the end joins the next
            // line whole, even when it starts with a space of the text.
            line->chop(1);
            line->append(m_peek);
        } else if (!m_peek.isEmpty() && (m_peek.at(0) == ' ' || m_peek.at(0) == '\t')) {
            // 3.0/4.0 folding: the line break and one blank are not part of the value.
            line->append(m_peek.constData() + 1, m_peek.size() - 1);
        } else {
            break;
        }
        m_peek.clear();
        m_hasPeek = false;
        if (line->size() > m_options.maxLineBytes) {
            failLongLine(*lineNumber);
            return false;
        }
    }
    return !hasError();
}

void VCardReader::failLongLine(qint64 line)
{
    fail(line, tr("line longer than %1 MiB").arg(m_options.maxLineBytes / MiB));
}

bool VCardReader::parseProperty(const QByteArray &line, qint64 lineNumber, Property *property) const
{
    const qsizetype colon = headerEnd(line);
    if (colon < 0)
        return false;
    const QList<QByteArray> parts = splitUnquoted(line.left(colon), ';');
    QByteArray name = parts.first().trimmed().toUpper();
    // "item1.EMAIL": Apple groups a value with its label; the group is not needed.
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name.remove(0, dot + 1);
    if (name.isEmpty())
        return false;
    property->name = name;
    property->line = lineNumber;
    property->value = line.mid(colon + 1);
    property->params.clear();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0) {
            // 2.1 bare parameters: TEL;CELL;WORK, PHOTO;JPEG, NOTE;QUOTED-PRINTABLE.
            const QByteArray bare = part.toUpper();
            const bool encoding = bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B" ||
                                  bare == "8BIT" || bare == "7BIT";
            property->params[encoding ? QByteArray("ENCODING") : QByteArray("TYPE")].append(
                QString::fromUtf8(bare));
            continue;
        }
        const QByteArray key = part.left(eq).trimmed().toUpper();
        const bool upper = key == "TYPE" || key == "ENCODING" || key == "VALUE";
        const QList<QByteArray> values = splitUnquoted(part.mid(eq + 1), ',');
        for (QByteArray value : values) {
            value = value.trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            // TYPE="cell,voice" in 4.0: the commas are inside the quotes.
            const QList<QByteArray> items = key == "TYPE" ? value.split(',') : QList{value};
            for (const QByteArray &item : items) {
                const QByteArray trimmed = item.trimmed();
                if (!trimmed.isEmpty())
                    property->params[key].append(
                        QString::fromUtf8(upper ? trimmed.toUpper() : trimmed));
            }
        }
    }
    return true;
}

bool VCardReader::decodeText(const Property &property, QString *text)
{
    QByteArray bytes = property.value;
    const QString encoding = property.params.value("ENCODING").value(0);
    const bool quotedPrintable = encoding == QStringLiteral("QUOTED-PRINTABLE");
    if (quotedPrintable)
        bytes = decodeQuotedPrintable(bytes);
    else if (encoding == QStringLiteral("BASE64") || encoding == QStringLiteral("B"))
        bytes = QByteArray::fromBase64(bytes);

    QString name = m_textEncoding;
    const QString charset = property.params.value("CHARSET").value(0);
    bool named = false;
    if (!charset.isEmpty()) {
        const QString candidate = charsetName(charset);
        if (TextDecoding::isSupported(candidate)) {
            name = candidate;
            named = true;
        } else if (TextDecoding::isSupported(candidate.toLower())) {
            name = candidate.toLower();
            named = true;
        }
    }
    // Quoted-printable bytes without a CHARSET were invisible to the detection
    // of the file; old Russian phones wrote windows-1251 there.
    if (quotedPrintable && !named && !TextDecoding::isValidUtf8(bytes) &&
        !TextDecoding::isWide(m_encoding) && name == QStringLiteral("UTF-8"))
        name = QStringLiteral("windows-1251");

    QStringDecoder decoder(name.toLatin1().constData());
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        fail(property.line, tr("bytes invalid in the encoding %1").arg(name));
        return false;
    }
    if (decoded.contains(QLatin1Char('\r'))) {
        decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        decoded.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    *text = std::move(decoded);
    return true;
}

bool VCardReader::apply(const Property &p, VCard *card)
{
    const bool v21 = card->version.startsWith(QLatin1Char('2'));
    const QByteArray &name = p.name;

    if (name == "PHOTO") {
        if (!card->photo.isEmpty())
            return true;
        const QString encoding = p.params.value("ENCODING").value(0);
        QByteArray bytes;
        QString mime;
        if (encoding == QStringLiteral("B") || encoding == QStringLiteral("BASE64")) {
            bytes = QByteArray::fromBase64(p.value);
        } else if (p.value.trimmed().startsWith("data:")) {
            // 4.0: data:image/jpeg;base64,....
            const QByteArray uri = p.value.trimmed();
            const qsizetype comma = uri.indexOf(',');
            if (comma < 0)
                return true;
            const QByteArray head = uri.mid(5, comma - 5);
            mime = QString::fromLatin1(head.split(';').first()).toLower();
            if (head.endsWith(";base64"))
                bytes = QByteArray::fromBase64(uri.mid(comma + 1));
            else
                bytes = QByteArray::fromPercentEncoding(uri.mid(comma + 1));
        } else {
            return true; // a link to a photo elsewhere: nothing to keep
        }
        if (bytes.isEmpty())
            return true;
        QString sniffed = mimeFromBytes(bytes);
        if (!sniffed.isEmpty())
            mime = sniffed;
        if (mime.isEmpty())
            mime = mimeFromType(p.params.value("MEDIATYPE").value(0));
        if (mime.isEmpty())
            mime = mimeFromType(p.params.value("TYPE").value(0));
        card->photo = std::move(bytes);
        card->photoMimeType = mime;
        return true;
    }

    static const QList<QByteArray> known = {"VERSION", "FN",    "N",         "ORG",  "TITLE",
                                            "TEL",     "EMAIL", "ADR",       "NOTE", "BDAY",
                                            "URL",     "UID",   "CATEGORIES"};
    if (!known.contains(name))
        return true; // unknown and unused properties are fine

    QString text;
    if (!decodeText(p, &text))
        return false;

    if (name == "VERSION") {
        card->version = text.trimmed();
    } else if (name == "FN") {
        card->formattedName = unescape(text, v21).trimmed();
    } else if (name == "N") {
        const QStringList n = splitEscaped(text, QLatin1Char(';'));
        const QString space = QStringLiteral(" ");
        card->lastName = joinedList(n.value(0), v21, space);
        card->firstName = joinedList(n.value(1), v21, space);
        card->middleName = joinedList(n.value(2), v21, space);
        card->namePrefix = joinedList(n.value(3), v21, space);
        card->nameSuffix = joinedList(n.value(4), v21, space);
    } else if (name == "ORG") {
        QStringList org = components(text, v21);
        card->organization = org.takeFirst();
        org.removeAll(QString());
        card->department = org.join(QStringLiteral(", "));
    } else if (name == "TITLE") {
        card->title = unescape(text, v21).trimmed();
    } else if (name == "TEL" || name == "EMAIL") {
        QString value = unescape(text, v21).trimmed();
        const QString scheme = name == "TEL" ? QStringLiteral("tel:") : QStringLiteral("mailto:");
        if (value.startsWith(scheme, Qt::CaseInsensitive)) {
            // 4.0 TEL;VALUE=uri:tel:+7-912-345-67-89;ext=12: the number without its scheme.
            value.remove(0, scheme.size());
            const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
            if (semicolon >= 0)
                value.truncate(semicolon);
        }
        if (value.isEmpty())
            return true;
        QStringList types = p.params.value("TYPE");
        if (p.params.contains("PREF") && !types.contains(QStringLiteral("PREF")))
            types.append(QStringLiteral("PREF"));
        (name == "TEL" ? card->phones : card->emails).append(VCard::Value{value, types});
    } else if (name == "ADR") {
        const QStringList adr = components(text, v21);
        QStringList parts;
        for (const QString &part : adr) {
            QString oneLine = part;
            oneLine.replace(QLatin1Char('\n'), QStringLiteral(", "));
            if (!oneLine.isEmpty())
                parts.append(oneLine);
        }
        if (parts.isEmpty())
            return true;
        if (card->addresses.isEmpty()) {
            card->city = adr.value(3);
            card->region = adr.value(4);
            card->postalCode = adr.value(5);
            card->country = adr.value(6);
        }
        card->addresses.append(
            VCard::Value{parts.join(QStringLiteral(", ")), p.params.value("TYPE")});
    } else if (name == "NOTE") {
        const QString note = unescape(text, v21).trimmed();
        if (!note.isEmpty())
            card->note += (card->note.isEmpty() ? QString() : QStringLiteral("\n")) + note;
    } else if (name == "BDAY") {
        parseBirthday(unescape(text, v21), p.params.value("X-APPLE-OMIT-YEAR").value(0), card);
    } else if (name == "URL") {
        if (card->url.isEmpty())
            card->url = unescape(text, v21).trimmed();
    } else if (name == "UID") {
        card->uid = unescape(text, v21).trimmed();
    } else if (name == "CATEGORIES") {
        // 2.1 writers separate categories with ";" as often as with ",".
        QStringList raw = splitEscaped(text, QLatin1Char(','));
        if (v21) {
            QStringList split;
            for (const QString &part : std::as_const(raw))
                split += splitEscaped(part, QLatin1Char(';'));
            raw = split;
        }
        for (const QString &part : std::as_const(raw)) {
            const QString category = unescape(part, v21).trimmed();
            if (!category.isEmpty() && !card->categories.contains(category))
                card->categories.append(category);
        }
    }
    return true;
}

bool VCardReader::next(VCard *card)
{
    if (!m_opened && !open())
        return false;
    if (m_finished)
        return false;

    QByteArray line;
    qint64 lineNumber = 0;
    qint64 begin = 0;
    while (begin == 0) {
        if (!readLogicalLine(&line, &lineNumber)) {
            if (!hasError() && m_delivered == 0)
                fail(1, tr("the file is empty"));
            m_finished = true;
            return false;
        }
        if (isBlank(line))
            continue;
        if (isMarker(line, "BEGIN:VCARD"))
            begin = lineNumber;
        else if (m_delivered == 0) {
            fail(lineNumber, tr("not a vCard file: BEGIN:VCARD expected"));
            return false;
        }
        // Stray lines between cards are skipped.
    }

    // The whole card first: VERSION, which decides the escaping, may come late.
    QList<Property> properties;
    int nested = 0; // a 2.1 AGENT may hold a whole vCard of its own
    bool agentOpen = false;
    qsizetype cardBytes = 0;
    qint64 cardValues = 0;
    for (;;) {
        if (!readLogicalLine(&line, &lineNumber)) {
            if (!hasError())
                fail(begin, tr("BEGIN:VCARD without END:VCARD"));
            return false;
        }
        cardBytes += line.size();
        if (cardBytes > m_options.maxCardBytes) {
            fail(begin, tr("card longer than %1 MiB").arg(m_options.maxCardBytes / MiB));
            return false;
        }
        if (isBlank(line))
            continue;
        if (isMarker(line, "END:VCARD")) {
            if (nested == 0)
                break;
            --nested;
            continue;
        }
        if (isMarker(line, "BEGIN:VCARD")) {
            if (!agentOpen) {
                fail(begin, tr("BEGIN:VCARD without END:VCARD"));
                return false;
            }
            agentOpen = false;
            ++nested;
            continue;
        }
        if (nested > 0)
            continue;
        // Counted on the bytes, before they are split into lists.
        cardValues += listItems(line);
        if (cardValues > m_options.maxCardValues) {
            fail(lineNumber, tr("card with more than %1 properties, parameters and values")
                                 .arg(m_options.maxCardValues));
            return false;
        }
        Property property;
        if (!parseProperty(line, lineNumber, &property))
            continue; // not a property at all: nothing a user would miss
        const QByteArray value = property.value.trimmed();
        agentOpen = property.name == "AGENT" && value.isEmpty();
        if (property.name == "AGENT" && value.compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0)
            ++nested;
        properties.append(std::move(property));
    }

    VCard result;
    result.line = begin;
    for (const Property &property : std::as_const(properties)) {
        if (property.name == "VERSION")
            result.version = QString::fromLatin1(property.value.trimmed());
    }
    for (const Property &property : std::as_const(properties)) {
        if (property.name != "VERSION" && !apply(property, &result))
            return false;
    }
    ++m_delivered;
    if (card)
        *card = std::move(result);
    return true;
}
