#include "csvwriter.h"

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device), m_encodingName(options.encoding.toLatin1()),
      m_encoder(std::in_place, m_encodingName.constData()), m_delimiter(options.delimiter)
{
    const QString name = isValid() ? QString::fromLatin1(m_encoder->name()) : QString();
    m_bomPending = options.bom && name.startsWith(QLatin1String("UTF-"), Qt::CaseInsensitive);
}

bool CsvWriter::isSupportedEncoding(const QString &name)
{
    return !name.isEmpty() && QStringEncoder(name.toLatin1().constData()).isValid();
}

bool CsvWriter::isValidDelimiter(QChar delimiter)
{
    return !delimiter.isNull() && delimiter != QLatin1Char('"') && delimiter != QLatin1Char('\r') &&
           delimiter != QLatin1Char('\n');
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::guardFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QByteArray CsvWriter::encode(const QString &text)
{
    QByteArray bytes = m_encoder->encode(text);
    if (!m_encoder->hasError())
        return bytes;
    // ICU puts the control character SUB where the encoding has no letter,
    // which some programs take for the end of the file: a '?' instead, as
    // Excel's "Save as" does. In Qt 6.4 the error flag of an ICU encoder
    // survives resetState(), and a move-assigned one stops reporting errors:
    // a new one is built in place after each miss. Only lines that have such
    // characters pay for it.
    auto fresh = [this] { m_encoder.emplace(m_encodingName.constData()); };
    fresh();
    bytes.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
        const QByteArray one = m_encoder->encode(QStringView(text).mid(i, n));
        if (m_encoder->hasError()) {
            fresh();
            bytes += QByteArray(m_encoder->encode(QStringView(u"?")));
            ++m_replaced;
        } else {
            bytes += one;
        }
        i += n - 1;
    }
    return bytes;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!isValid())
        return false;
    QString line;
    if (m_bomPending) {
        line += QChar(0xFEFF); // encoded in the file's own byte order
        m_bomPending = false;
    }
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line += m_delimiter;
        QString f = fields.at(i);
        if (f.contains(m_delimiter) || f.contains(QLatin1Char('"')) ||
            f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))) {
            f.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        line += f;
    }
    line += QStringLiteral("\r\n");
    return m_device->write(encode(line)) >= 0;
}
