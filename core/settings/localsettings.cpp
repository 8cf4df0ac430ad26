#include "localsettings.h"

#include <QSettings>

namespace {
const QString kVersionKey = QStringLiteral("settings/version");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kStart = QStringLiteral("preferences/startSection");
const QString kFirstRun = QStringLiteral("preferences/firstRunDone");

// Layout 1 had no version key; any of its keys means someone used it.
void migrateFrom1(QSettings &settings)
{
    const QString oldLanguage = QStringLiteral("ui/language");
    const QString oldDashboard = QStringLiteral("reports/openOnDashboard");
    if (settings.contains(oldLanguage))
        settings.setValue(kLanguage, settings.value(oldLanguage).toString());
    if (settings.value(oldDashboard).toBool())
        settings.setValue(kStart, QStringLiteral("dashboard"));
    settings.remove(oldLanguage);
    settings.remove(oldDashboard);
    // They knew the program before the wizard came: it would only be in the way.
    settings.setValue(kFirstRun, true);
}
} // namespace

void LocalSettings::migrate()
{
    QSettings settings;
    const bool fresh = settings.allKeys().isEmpty();
    const int from = settings.value(kVersionKey, fresh ? 0 : 1).toInt();
    if (from >= kVersion)
        return;
    if (from == 1)
        migrateFrom1(settings);
    settings.setValue(kVersionKey, kVersion);
}

int LocalSettings::version()
{
    return QSettings().value(kVersionKey, 1).toInt();
}

QString LocalSettings::language()
{
    const QString code = QSettings().value(kLanguage).toString();
    return code == QLatin1String("en") || code == QLatin1String("ru") ? code : QString();
}

void LocalSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

LocalSettings::Theme LocalSettings::theme()
{
    const QString name = QSettings().value(kTheme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void LocalSettings::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                                 : theme == Theme::Dark ? QStringLiteral("dark")
                                                        : QStringLiteral("system"));
}

LocalSettings::StartSection LocalSettings::startSection()
{
    return QSettings().value(kStart).toString() == QLatin1String("dashboard")
               ? StartSection::Dashboard
               : StartSection::Clients;
}

void LocalSettings::setStartSection(StartSection section)
{
    QSettings().setValue(kStart, section == StartSection::Dashboard ? QStringLiteral("dashboard")
                                                                    : QStringLiteral("clients"));
}

bool LocalSettings::firstRunDone()
{
    return QSettings().value(kFirstRun).toBool();
}

void LocalSettings::setFirstRunDone()
{
    QSettings().setValue(kFirstRun, true);
}
