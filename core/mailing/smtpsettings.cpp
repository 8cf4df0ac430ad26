#include "smtpsettings.h"

QString SmtpSettings::securityName(Security s)
{
    switch (s) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

bool SmtpSettings::securityFromName(const QString &name, Security *s)
{
    for (Security candidate : {Security::None, Security::StartTls, Security::Tls}) {
        if (name.compare(securityName(candidate), Qt::CaseInsensitive) == 0) {
            *s = candidate;
            return true;
        }
    }
    return false;
}
