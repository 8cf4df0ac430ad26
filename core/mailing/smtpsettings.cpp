#include "smtpsettings.h"

#include "settings/businesssettings.h"

SmtpSettings SmtpSettings::load(const BusinessSettings &settings, const QString &password)
{
    SmtpSettings s;
    s.host = settings.value(QStringLiteral("smtp.host"));
    s.port = settings.value(QStringLiteral("smtp.port")).toInt();
    securityFromName(settings.value(QStringLiteral("smtp.security")), &s.security);
    s.user = settings.value(QStringLiteral("smtp.user"));
    s.password = password;
    s.caFile = settings.value(QStringLiteral("smtp.ca_file"));
    s.fromAddress = settings.value(QStringLiteral("smtp.from"));
    s.fromName = settings.value(QStringLiteral("smtp.from_name"));
    s.unsubscribe = settings.value(QStringLiteral("smtp.unsubscribe"));
    return s;
}

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
