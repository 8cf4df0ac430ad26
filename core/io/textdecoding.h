#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Guesses the text encoding of a file from its first bytes, in names that
// QStringDecoder accepts.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    // Up to this many bytes are worth looking at.
    static constexpr qsizetype SampleSize = 64 * 1024;
    // The largest contact file the readers take: four times a million
    // clients' CSV (130 MB), the size the program is built and measured for.
    // Reading streams, but an import keeps a few dozen bytes per client it
    // writes and takes minutes; a 2 GB file is refused before it starts.
    static constexpr qint64 MaxFileBytes = 512 * 1024 * 1024;

    // BOM first, then "valid UTF-8" (pure ASCII included), then uchardet;
    // windows-1251 when nothing is sure (the files we meet are Russian).
    static QString detect(const QByteArray &sample);
    static bool isSupported(const QString &name);
    // True for UTF-16 and UTF-32, where NUL bytes are ordinary.
    static bool isWide(const QString &name);
    // Bytes of a BOM at the start of the sample, 0 when there is none.
    static qsizetype bomLength(const QByteArray &sample);
    // Valid UTF-8; a sequence cut by the end of the sample is allowed.
    static bool isValidUtf8(const QByteArray &sample);

    // Opens the file (or device) of a reader unless it is open, refuses one
    // over maxBytes (whole MiB) whose size is known, and reads up to
    // SampleSize bytes (what one read gives: a pipe may give less); on failure,
    // the line to blame (0 for the file as a whole) and why.
    static bool openSample(QIODevice &device, qint64 maxBytes, QByteArray *sample, qint64 *line,
                           QString *message);
    // Up to maxSize bytes, empty at the end; false on a read error, which
    // QIODevice::read(qint64) would not tell from the end.
    static bool read(QIODevice &device, qsizetype maxSize, QByteArray *bytes);
    // "clients.csv:17: message", or "clients.csv: message" without a line.
    static QString located(const QString &path, qint64 line, const QString &message);
};
