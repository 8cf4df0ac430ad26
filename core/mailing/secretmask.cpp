#include "secretmask.h"

#include <QUrl>

QString SecretMask::apply(QString text, const QStringList &secrets)
{
    static const QString mask = QStringLiteral("***");
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QByteArray utf8 = secret.toUtf8();
        QByteArray form = QUrl::toPercentEncoding(secret, " ");
        form.replace(' ', '+');
        for (const QByteArray &encoded : {QUrl::toPercentEncoding(secret), form, utf8.toBase64()})
            text.replace(QString::fromLatin1(encoded), mask);
        text.replace(secret, mask);
    }
    return text;
}
