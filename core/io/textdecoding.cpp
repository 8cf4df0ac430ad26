#include "textdecoding.h"

#include <QFile>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace {

QString fromUchardet(const QByteArray &name)
{
    const QByteArray upper = name.toUpper();
    if (upper.isEmpty())
        return {};
    if (upper == "ASCII" || upper == "UTF-8")
        return QStringLiteral("UTF-8");
    // uchardet says "WINDOWS-1251"; ICU knows the lower-case spelling.
    if (upper.startsWith("WINDOWS-"))
        return QStringLiteral("windows-") + QString::fromLatin1(upper.mid(8));
    if (upper == "MAC-CYRILLIC")
        return QStringLiteral("x-mac-cyrillic");
    return QString::fromLatin1(upper);
}

} // namespace

qsizetype TextDecoding::bomLength(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (sample.startsWith("\xFF\xFE\x00\x00") ||
        sample.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return 4;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return 2;
    return 0;
}

QString TextDecoding::detect(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (sample.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return QStringLiteral("UTF-32LE");
    if (sample.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32BE");
    if (sample.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (sample.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    // uchardet may call a short UTF-8 or ASCII sample something else.
    if (isValidUtf8(sample))
        return QStringLiteral("UTF-8");

    std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                   &uchardet_delete);
    uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size()));
    uchardet_data_end(detector.get());
    const QString name = fromUchardet(QByteArray(uchardet_get_charset(detector.get())));
    if (!name.isEmpty() && isSupported(name))
        return name;
    return QStringLiteral("windows-1251");
}

bool TextDecoding::isSupported(const QString &name)
{
    if (name.isEmpty())
        return false;
    return QStringDecoder(name.toLatin1().constData()).isValid();
}

bool TextDecoding::isWide(const QString &name)
{
    const QString upper = name.toUpper();
    return upper.startsWith(QStringLiteral("UTF-16")) ||
           upper.startsWith(QStringLiteral("UTF-32")) || upper.startsWith(QStringLiteral("UCS-"));
}

bool TextDecoding::isValidUtf8(const QByteArray &sample)
{
    const auto *p = reinterpret_cast<const unsigned char *>(sample.constData());
    const qsizetype n = sample.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        // The sample may end in the middle of a character.
        if (i + extra >= n) {
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool TextDecoding::openSample(QIODevice &device, qint64 maxBytes, QByteArray *sample, qint64 *line,
                              QString *message)
{
    *line = 0;
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        *message = tr("cannot open the file: %1").arg(device.errorString());
        return false;
    }
    if (!device.isSequential() && device.size() > maxBytes) {
        constexpr qint64 MiB = 1024 * 1024;
        *message = tr("the file is %1 MiB; files over %2 MiB are not read")
                       .arg((device.size() + MiB - 1) / MiB)
                       .arg(maxBytes / MiB);
        return false;
    }
    if (!read(device, SampleSize, sample)) {
        *message = tr("cannot read the file: %1").arg(device.errorString());
    } else if (!sample->isEmpty()) {
        return true;
    } else {
        *line = 1;
        *message = tr("the file is empty");
    }
    return false;
}

bool TextDecoding::read(QIODevice &device, qsizetype maxSize, QByteArray *bytes)
{
    // A file knows how much is left: a small one needs no whole chunk. (A pipe
    // may know of nothing yet, and then its read waits for data.)
    const qint64 available = device.bytesAvailable();
    if (available > 0 && available < maxSize)
        maxSize = qsizetype(available);
    bytes->resize(maxSize);
    const qint64 n = device.read(bytes->data(), maxSize);
    bytes->resize(n > 0 ? qsizetype(n) : 0);
    return n >= 0;
}

QString TextDecoding::located(const QString &path, qint64 line, const QString &message)
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(path, message);
}
