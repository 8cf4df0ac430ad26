#include "businesssettings.h"

#include "clients/emailaddress.h"
#include "mailing/loopback.h"
#include "settingsrepository.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <QUrlQuery>

namespace {
// What is wrong with an SMS gateway's address; never quoting it, since what
// is wrong may be a key written into it.
QString smsUrlProblem(const QString &value)
{
    const QUrl url(value);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return BusinessSettings::tr("sms.url: this is not an http: or https: address.");
    if (!url.userInfo().isEmpty())
        return BusinessSettings::tr("sms.url: a login or password in the address would be kept "
                                    "in the base; write {key} where the gateway wants its key.");
    if (url.scheme() == QLatin1String("http") && !Loopback::isHost(url.host()))
        return BusinessSettings::tr("sms.url: a gateway is reached over https:, so that the key "
                                    "and the messages go encrypted (http: only on this machine).");
    static const QRegularExpression secretName(
        QStringLiteral("key|token|pass|secret|api_?id|auth|sign"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &[name, item] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        const bool placeholder =
            item.startsWith(QLatin1Char('{')) && item.endsWith(QLatin1Char('}'));
        if (name.contains(secretName) && !item.isEmpty() && !placeholder)
            return BusinessSettings::tr(
                       "sms.url: the address carries the key itself (%1=…); write %1={key}: the "
                       "key is kept in the system keychain, and the command line reads "
                       "$CLIENTELE_SMS_KEY.")
                .arg(name);
    }
    return {};
}
} // namespace

const QList<BusinessSettings::Key> &BusinessSettings::keys()
{
    static const QList<Key> all = {
        {"phone_region",
         QT_TRANSLATE_NOOP("BusinessSettings", "country of phone numbers typed without a code"),
         "RU"},
        {"currency", QT_TRANSLATE_NOOP("BusinessSettings", "currency of new deals"), "RUB"},
        {"smtp.host", QT_TRANSLATE_NOOP("BusinessSettings", "outgoing mail server"), ""},
        {"smtp.port", QT_TRANSLATE_NOOP("BusinessSettings", "its port"), "587"},
        {"smtp.security",
         QT_TRANSLATE_NOOP("BusinessSettings", "encryption: none, starttls or tls"), "starttls"},
        {"smtp.user", QT_TRANSLATE_NOOP("BusinessSettings", "login on the mail server"), ""},
        {"smtp.from", QT_TRANSLATE_NOOP("BusinessSettings", "sender's address"), ""},
        {"smtp.from_name", QT_TRANSLATE_NOOP("BusinessSettings", "sender's name"), ""},
        {"smtp.ca_file",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "certificate to trust for a server with its own (a file)"),
         ""},
        {"smtp.unsubscribe",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "where recipients unsubscribe from mailings (mailto: or https:)"),
         ""},
        {"sms.provider", QT_TRANSLATE_NOOP("BusinessSettings", "SMS gateway: generic or smsru"),
         "generic"},
        {"sms.url",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "gateway address with {phone}, {text}, {sender} and {key}"),
         ""},
        {"sms.method", QT_TRANSLATE_NOOP("BusinessSettings", "GET or POST"), "GET"},
        {"sms.sender", QT_TRANSLATE_NOOP("BusinessSettings", "sender name of SMS"), ""},
        {"sms.ca_file",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "certificate to trust for a gateway with its own (a file)"),
         ""},
        {"sms.success_field",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "JSON field and value that mean success (status=OK); empty: "
                           "the HTTP status"),
         ""},
        {"calendar.work_start",
         QT_TRANSLATE_NOOP("BusinessSettings", "start of the working day in the calendar (HH:mm)"),
         "09:00"},
        {"calendar.work_end",
         QT_TRANSLATE_NOOP("BusinessSettings", "end of the working day in the calendar (HH:mm)"),
         "18:00"},
        {"calendar.default_reminder",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "minutes before a new event its reminder comes (0-10080); none: "
                           "no reminder"),
         "15"},
        {"backup.folder",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "folder of the automatic backups (an absolute path); empty: a "
                           "backups folder beside the database"),
         ""},
        {"backup.daily",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "how many days with a backup keep their newest one (1-366)"),
         "7"},
        {"backup.weekly",
         QT_TRANSLATE_NOOP("BusinessSettings",
                           "how many weeks with a backup keep their newest one (0-520)"),
         "4"},
    };
    return all;
}

const BusinessSettings::Key *BusinessSettings::key(const QString &name)
{
    for (const Key &k : keys())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString BusinessSettings::value(const QString &name) const
{
    const Key *k = key(name);
    return k ? m_settings.value(name, QString::fromUtf8(k->fallback)) : QString();
}

QString BusinessSettings::check(const QString &name, const QString &value)
{
    if (name.endsWith(QLatin1String("password")) || name == QLatin1String("sms.key"))
        return tr("Passwords and keys are kept in the system keychain, never in the database; "
                  "the command line reads $CLIENTELE_SMTP_PASSWORD and $CLIENTELE_SMS_KEY.");
    if (!key(name)) {
        QStringList names;
        for (const Key &k : keys())
            names << QString::fromLatin1(k.name);
        return tr("Unknown setting \"%1\"; the settings are: %2")
            .arg(name, names.join(QStringLiteral(", ")));
    }
    if (value.isEmpty())
        return {}; // back to the fallback
    if (name == QLatin1String("smtp.port")) {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("smtp.port: \"%1\" is not a port (1-65535).").arg(value);
    } else if (name == QLatin1String("smtp.security")) {
        if (!QStringList{QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")}
                 .contains(value))
            return tr("smtp.security: \"%1\" is not none, starttls or tls.").arg(value);
    } else if (name == QLatin1String("smtp.from")) {
        if (!EmailAddress::isValid(value))
            return tr("smtp.from: \"%1\" is not an e-mail address.").arg(value);
    } else if (name == QLatin1String("smtp.ca_file") || name == QLatin1String("sms.ca_file")) {
        if (!QFileInfo(value).isReadable())
            return tr("%1: cannot read \"%2\".").arg(name, value);
    } else if (name == QLatin1String("smtp.unsubscribe")) {
        const QUrl url(value);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("mailto") && url.scheme() != QLatin1String("https")))
            return tr("smtp.unsubscribe: \"%1\" is not a mailto: or https: address.").arg(value);
    } else if (name == QLatin1String("sms.provider")) {
        if (value != QLatin1String("generic") && value != QLatin1String("smsru"))
            return tr("sms.provider: \"%1\" is not generic or smsru.").arg(value);
    } else if (name == QLatin1String("sms.url")) {
        return smsUrlProblem(value);
    } else if (name == QLatin1String("smtp.host")) {
        static const QRegularExpression notHost(QStringLiteral("[@/\\s]"));
        if (value.contains(notHost))
            return tr("smtp.host: the server's name or address only; the login and the password "
                      "have fields of their own.");
    } else if (name == QLatin1String("sms.method")) {
        if (value != QLatin1String("GET") && value != QLatin1String("POST"))
            return tr("sms.method: \"%1\" is not GET or POST.").arg(value);
    } else if (name == QLatin1String("phone_region")) {
        if (value.size() != 2 || value.toUpper() != value)
            return tr("phone_region: \"%1\" is not a two-letter country code (RU).").arg(value);
    } else if (name == QLatin1String("calendar.work_start") ||
               name == QLatin1String("calendar.work_end")) {
        if (!QTime::fromString(value, QStringLiteral("HH:mm")).isValid())
            return tr("%1: \"%2\" is not a time of day (09:00).").arg(name, value);
    } else if (name == QLatin1String("calendar.default_reminder")) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (value != QLatin1String("none") && (!ok || minutes < 0 || minutes > 10080))
            return tr("calendar.default_reminder: \"%1\" is not none or a number of minutes "
                      "(0-10080).")
                .arg(value);
    } else if (name == QLatin1String("backup.daily") || name == QLatin1String("backup.weekly")) {
        bool ok = false;
        const int count = value.toInt(&ok);
        const bool daily = name == QLatin1String("backup.daily");
        if (!ok || count < (daily ? 1 : 0) || count > (daily ? 366 : 520))
            return daily ? tr("backup.daily: \"%1\" is not a number of days (1-366).").arg(value)
                         : tr("backup.weekly: \"%1\" is not a number of weeks (0-520).").arg(value);
    } else if (name == QLatin1String("backup.folder")) {
        if (!QFileInfo(value).isAbsolute())
            return tr("backup.folder: \"%1\" is not an absolute path.").arg(value);
    } else if (name == QLatin1String("currency")) {
        if (value.size() != 3 || value.toUpper() != value)
            return tr("currency: \"%1\" is not a three-letter code (RUB).").arg(value);
    }
    return {};
}

bool BusinessSettings::setValue(const QString &name, const QString &value, QString *error)
{
    const QString why = check(name, value);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return m_settings.setValue(name, value, error);
}
