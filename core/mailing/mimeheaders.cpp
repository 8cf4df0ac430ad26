#include "mimeheaders.h"

#include <QLocale>
#include <QUuid>

namespace {
// A header value never carries a line break of its own: that would let a
// client's name add headers (or a body) to the message.
QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(QStringLiteral("=?"));
}

// RFC 2231 attr-char: what may stand unescaped in an extended parameter.
bool isAttrChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$&+-.^_`|~").contains(c);
}

QByteArray fileNameParameter(const char *name, const QString &fileName)
{
    const QString clean = oneLine(fileName);
    if (isPlainAscii(clean) && !clean.contains(QLatin1Char('"')) &&
        !clean.contains(QLatin1Char('\\')))
        return QByteArray(name) + "=\"" + clean.toLatin1() + '"';
    QByteArray value = QByteArray(name) + "*=UTF-8''";
    for (char c : clean.toUtf8()) {
        if (isAttrChar(c))
            value += c;
        else
            value += '%' + QByteArray::number(static_cast<unsigned char>(c), 16)
                               .rightJustified(2, '0')
                               .toUpper();
    }
    return value;
}
} // namespace

QByteArray MimeHeaders::encodedText(const QString &text)
{
    const QString clean = oneLine(text);
    if (isPlainAscii(clean))
        return clean.toLatin1();
    // 45 bytes make 60 base64 characters: with "=?UTF-8?B?" and "?=" a word
    // stays within RFC 2047's 75. A character is never split between words.
    QByteArray result;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray bytes = clean.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return result;
}

QByteArray MimeHeaders::mailbox(const MailMessage::Address &address)
{
    const QByteArray addr = oneLine(address.address).trimmed().toLatin1();
    const QString name = oneLine(address.name).trimmed();
    if (name.isEmpty())
        return addr;
    if (!isPlainAscii(name))
        return encodedText(name) + " <" + addr + '>';
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + "\" <" + addr + '>';
}

QByteArray MimeHeaders::contentDisposition(const QString &fileName)
{
    return "attachment; " + fileNameParameter("filename", fileName);
}

QByteArray MimeHeaders::contentType(const QString &mimeType, const QString &fileName)
{
    const QString type =
        mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : oneLine(mimeType);
    return type.toLatin1() + "; " + fileNameParameter("name", fileName);
}

QByteArray MimeHeaders::date(const QDateTime &when)
{
    // RFC 5322 names days and months in English whatever the user's language.
    return QLocale::c()
               .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

QString MimeHeaders::newMessageId(const QString &fromAddress)
{
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 && at + 1 < fromAddress.size() ? fromAddress.mid(at + 1)
                                                                  : QStringLiteral("localhost");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}
