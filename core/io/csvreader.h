#pragma once

#include "textdecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

struct csv_parser;

// Streaming RFC 4180 reader: decodes the file in chunks (any encoding to
// UTF-8), parses with libcsv and hands out one record at a time, so memory
// stays flat whatever the file size.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Beyond these a file is refused, naming the line and the limit. They are
    // far above any real contact table and keep one hostile file from taking
    // the memory: a record is handed out whole, as QStrings twice its size.
    // A field this long is almost surely a quote that never closes, and an
    // unquoted one no cell of a table (a 100 MB line took 300 MB to hand out).
    static constexpr qsizetype MaxFieldBytes = 16 * 1024 * 1024;
    // A record is one contact, quoted line breaks and all.
    static constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;
    // Google's and Outlook's exports have under 100 columns; a mapping page of
    // a thousand is already past use (a million-column line took 100 MB).
    static constexpr int MaxFields = 1000;

    struct Options
    {
        QString encoding;      // empty: detect
        QChar delimiter;       // null: detect among , ; tab |
        bool skipEmpty = true; // blank lines and rows of empty fields
        // The limits, smaller in tests; sizes in whole MiB.
        qint64 maxFileBytes = TextDecoding::MaxFileBytes;
        qsizetype maxFieldBytes = MaxFieldBytes;
        qsizetype maxRecordBytes = MaxRecordBytes;
        int maxFields = MaxFields;
    };

    explicit CsvReader(const QString &path);
    CsvReader(const QString &path, const Options &options);
    // Reads a device the caller keeps alive (a buffer, a pipe); opened here
    // when it is not yet. name stands for the file in error messages.
    CsvReader(QIODevice *device, const QString &name);
    CsvReader(QIODevice *device, const QString &name, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file and settles encoding and delimiter; next() calls it too.
    bool open();
    // The next record; false at the end or on an error (see hasError()).
    bool next(QStringList *fields);
    // 1-based physical line where the current record started.
    qint64 line() const { return m_line; }

    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    bool hasError() const { return !m_error.isEmpty(); }
    // "clients.csv:17: unterminated quoted field"
    QString error() const { return m_error; }

    // For a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_device->size(); }
    // What the reader holds in memory now, to prove it does not grow.
    qint64 bufferedBytes() const;

    // A first row of distinct non-empty labels, none of which looks like a
    // value (phone, e-mail, date, number), over a row that has such values or gaps.
    static bool looksLikeHeader(const QStringList &first, const QStringList &second);
    // Among , ; tab |: the one splitting most lines of the sample into the
    // same number (more than one) of fields; comma when none does.
    static QChar detectDelimiter(const QByteArray &utf8Sample);

private:
    struct Record
    {
        QStringList fields;
        qint64 line = 0;
    };

    static void onField(void *data, size_t len, void *self);
    static void onRecord(int terminator, void *self);

    bool fill();
    bool parseMore();
    void feed(const char *data, qsizetype len);
    void finish();
    void fail(qint64 line, const QString &message);
    QString tooManyFields() const;
    QString tooLongRecord() const;

    QString m_path;
    QString m_name;
    Options m_options;
    QFile m_file;
    QIODevice *m_device; // m_file, or the caller's device
    // Built in place: Qt 6.4 loses the error count of an ICU decoder once it
    // has been moved (its callback keeps a stale pointer to the old state).
    std::optional<QStringDecoder> m_decoder;
    std::unique_ptr<csv_parser> m_parser;
    QString m_encoding;
    QChar m_delimiter;
    QString m_error;

    QByteArray m_pendingRaw; // the sample, read before decoding started
    QByteArray m_utf8;       // decoded text not yet parsed
    qsizetype m_utf8Pos = 0;
    QStringList m_fields;    // fields of the record being parsed
    QList<Record> m_records; // parsed, not yet handed out

    bool m_opened = false;
    bool m_eof = false;
    bool m_finished = false;
    bool m_lastWasCr = false;
    QString m_decodeError; // bad bytes or NUL met by fill(), reported at the end
    qint64 m_decodeErrorLine = 0;
    qint64 m_decodedLines = 0; // line breaks decoded so far
    bool m_decodedLastCr = false;
    qint64 m_physLine = 1;        // line being fed to the parser
    qint64 m_recordStartLine = 1; // where the record being parsed began
    qint64 m_quoteLine = 0;       // where the open quoted field began
    qint64 m_fieldCount = 0;      // fields parsed so far
    qsizetype m_recordBytes = 0;  // of the fields of the record being parsed
    QString m_oversized;          // why the record just parsed was not kept
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_delivered = 0;
};
