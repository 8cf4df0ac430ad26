#pragma once

#include <QByteArray>
#include <QString>

// Guesses the text encoding of a file from its first bytes, in names that
// QStringDecoder accepts.
class TextDecoding
{
public:
    // Up to this many bytes are worth looking at.
    static constexpr qsizetype SampleSize = 64 * 1024;

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
};
