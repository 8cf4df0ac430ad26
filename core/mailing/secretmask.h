#pragma once

#include <QString>
#include <QStringList>

// Takes passwords and API keys out of text that is shown, printed or kept
// in the outbox: a gateway that echoes the request it got, an error that
// quotes the address it was sent to. A secret is masked as typed,
// percent-encoded (as in a URL or a form) and in base64 (as in SMTP AUTH).
class SecretMask
{
public:
    static QString apply(QString text, const QStringList &secrets);
};
