#pragma once

#include "textdecoding.h"
#include "vcard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

// Streaming reader of vCard 2.1, 3.0 and 4.0 files: hands out one card at a
// time, so a phone's whole address book with photos never sits in memory.
//
// The structure of a vCard is ASCII, so lines are split on the raw bytes and
// each value is decoded on its own: a 2.1 property may name its own CHARSET
// and hide its bytes behind QUOTED-PRINTABLE.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    // Beyond these a file is refused, naming the line and the limit. A card
    // is one contact: its lines are kept until END:VCARD, so one hostile card
    // must not take the memory. A photo of 12 MB fits in a line.
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxCardBytes = 32 * 1024 * 1024;
    // Properties, their parameters and the parts of N, ADR, ORG and
    // CATEGORIES, together: a phone's card has a few dozen; a million
    // categories on one line took a gigabyte and quadratic time.
    static constexpr int MaxCardValues = 10000;

    struct Options
    {
        QString encoding; // of the file; empty: detect
        // The limits, smaller in tests; sizes in whole MiB.
        qint64 maxFileBytes = TextDecoding::MaxFileBytes;
        qsizetype maxLineBytes = MaxLineBytes;
        qsizetype maxCardBytes = MaxCardBytes;
        int maxCardValues = MaxCardValues;
    };

    explicit VCardReader(const QString &path);
    VCardReader(const QString &path, const Options &options);
    // Reads a device the caller keeps alive (a buffer, a pipe); opened here
    // when it is not yet. name stands for the file in error messages.
    VCardReader(QIODevice *device, const QString &name);
    VCardReader(QIODevice *device, const QString &name, const Options &options);
    VCardReader(const VCardReader &) = delete;
    VCardReader &operator=(const VCardReader &) = delete;

    // Opens the file and settles its encoding; next() calls it too.
    bool open();
    // The next card; false at the end or on an error (see hasError()).
    bool next(VCard *card);

    QString encoding() const { return m_encoding; }
    bool hasError() const { return !m_error.isEmpty(); }
    // "contacts.vcf:17: BEGIN:VCARD without END:VCARD"
    QString error() const { return m_error; }

    // For a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_device->size(); }

private:
    // One unfolded "group.NAME;PARAM=A,B;BARE:value" line.
    struct Property
    {
        QByteArray name;                       // upper-case, group stripped
        QHash<QByteArray, QStringList> params; // upper-case keys; bare ones under TYPE
        QByteArray value;                      // raw bytes after the colon
        qint64 line = 0;
    };

    bool fill();
    bool readPhysicalLine(QByteArray *line, qint64 *lineNumber);
    bool peekPhysicalLine();
    bool readLogicalLine(QByteArray *line, qint64 *lineNumber);
    void failLongLine(qint64 line);
    bool parseProperty(const QByteArray &line, qint64 lineNumber, Property *property) const;
    bool decodeText(const Property &property, QString *text);
    bool apply(const Property &property, VCard *card);
    void fail(qint64 line, const QString &message);

    QString m_path;
    Options m_options;
    QFile m_file;
    QIODevice *m_device;    // m_file, or the caller's device
    QString m_encoding;     // of the file, as detected or given
    QString m_textEncoding; // of the bytes after fill(): UTF-8 for a UTF-16 file
    // Built in place: Qt 6.4 loses the error count of an ICU decoder (UCS-2
    // is one) once it has been moved.
    std::optional<QStringDecoder> m_wideDecoder;
    QString m_error;

    QByteArray m_buffer; // raw lines not yet handed out
    qsizetype m_pos = 0;
    QByteArray m_peek; // one physical line of look-ahead, for folding
    qint64 m_peekLine = 0;
    bool m_hasPeek = false;

    bool m_opened = false;
    bool m_eof = false;
    bool m_finished = false;
    bool m_wide = false;
    qint64 m_physLine = 0; // lines handed out by readPhysicalLine()
    qint64 m_bytesRead = 0;
    qint64 m_delivered = 0;
};
