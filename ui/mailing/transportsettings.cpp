#include "transportsettings.h"

#include "common/secretstore.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

TransportSettings TransportSettings::load(const Database &db, SecretStore &secrets)
{
    SettingsRepository repository(db);
    const BusinessSettings settings(repository);
    TransportSettings t;
    t.smtp = SmtpSettings::load(settings, secrets.read(QStringLiteral("smtp.password")));
    t.sms = SmsGateway::Settings::load(settings, secrets.read(QStringLiteral("sms.key")));
    return t;
}

bool TransportSettings::isReady(const QString &channel) const
{
    return channel == QLatin1String("sms") ? sms.isConfigured() : smtp.isConfigured();
}

QString TransportSettings::notReadyText(const QString &channel)
{
    return channel == QLatin1String("sms")
               ? tr("No SMS gateway is set up: Settings → Mail and SMS…")
               : tr("No mail server is set up: Settings → Mail and SMS…");
}
