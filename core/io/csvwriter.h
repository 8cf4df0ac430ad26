#pragma once

#include <QIODevice>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

// RFC 4180 CSV out: CRLF after each record, fields quoted when they hold the
// delimiter, a quote or a line break. UTF-8 and comma unless told otherwise;
// a BOM on request, so that Excel reads UTF-8 as UTF-8.
class CsvWriter
{
public:
    struct Options
    {
        QString encoding = QStringLiteral("UTF-8"); // any name QStringEncoder knows
        bool bom = false;                           // only for UTF-8, UTF-16 and UTF-32
        QChar delimiter = QLatin1Char(',');
    };

    explicit CsvWriter(QIODevice *device) : CsvWriter(device, Options()) {}
    CsvWriter(QIODevice *device, const Options &options);

    // False when the encoding is unknown: nothing can be written.
    bool isValid() const { return m_encoder->isValid(); }
    bool writeRow(const QStringList &fields);
    // Characters the encoding has no place for, written as '?' so far.
    qint64 replacedCharacters() const { return m_replaced; }

    static bool isSupportedEncoding(const QString &name);
    // The delimiter must not be a quote or a line break.
    static bool isValidDelimiter(QChar delimiter);
    // A cell a spreadsheet would take for a formula (=, +, -, @, tab or CR
    // first) gets a leading single quote, as OWASP recommends against CSV
    // injection.
    static QString guardFormula(const QString &cell);
    static bool looksLikeFormula(const QString &cell);

private:
    QByteArray encode(const QString &text);

    QIODevice *m_device;
    QByteArray m_encodingName;
    std::optional<QStringEncoder> m_encoder; // always set; optional for emplace()
    QChar m_delimiter;
    bool m_bomPending = false;
    qint64 m_replaced = 0;
};
