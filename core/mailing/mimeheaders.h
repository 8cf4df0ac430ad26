#pragma once

#include "mailmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Header values that survive every mail reader: non-ASCII text as RFC 2047
// encoded words, file names as RFC 2231 parameters.
class MimeHeaders
{
public:
    // "Привет" -> "=?UTF-8?B?0J/RgNC40LLQtdGC?=", folded into words of at most
    // 75 characters; ASCII stays as it is.
    static QByteArray encodedText(const QString &text);
    // "Иван Петров" <ivan@example.com>, the name encoded or quoted as needed.
    static QByteArray mailbox(const MailMessage::Address &address);
    // attachment; filename="a.pdf" or filename*=UTF-8''%D0%9A%D0%9F.pdf
    static QByteArray contentDisposition(const QString &fileName);
    // Content-Type with the name parameter, as older readers look there.
    static QByteArray contentType(const QString &mimeType, const QString &fileName);
    static QByteArray date(const QDateTime &when);
    // A new <random@domain> for a sender's address.
    static QString newMessageId(const QString &fromAddress);
};
