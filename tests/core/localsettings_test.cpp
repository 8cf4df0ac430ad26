// The person's own settings (QSettings): the versioned layout and its
// migration, and the business settings the Settings dialog added.
#include "catchqt.h"
#include "testdatabase.h"

#include "settings/businesssettings.h"
#include "settings/localsettings.h"
#include "settings/settingsrepository.h"

#include <QSettings>
#include <QTemporaryDir>

namespace {
// Each case on a settings file of its own.
struct FreshSettings
{
    FreshSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
    ~FreshSettings() { QSettings().clear(); }
    QTemporaryDir dir;
};
} // namespace

TEST_CASE("Settings of the layout before the Settings dialog are moved once", "[settings]")
{
    FreshSettings fresh;
    {
        QSettings old;
        old.setValue(QStringLiteral("ui/language"), QStringLiteral("ru"));
        old.setValue(QStringLiteral("reports/openOnDashboard"), true);
        old.setValue(QStringLiteral("user/name"), QStringLiteral("Анна Петрова"));
        old.setValue(QStringLiteral("mainwindow/geometry"), QByteArray("geometry"));
    }
    CHECK(LocalSettings::version() == 1);
    LocalSettings::migrate();

    CHECK(LocalSettings::version() == LocalSettings::kVersion);
    CHECK(LocalSettings::language() == QStringLiteral("ru"));
    CHECK(LocalSettings::startSection() == LocalSettings::StartSection::Dashboard);
    // They used the program before: no wizard for them.
    CHECK(LocalSettings::firstRunDone());
    QSettings now;
    CHECK_FALSE(now.contains(QStringLiteral("ui/language")));
    CHECK_FALSE(now.contains(QStringLiteral("reports/openOnDashboard")));
    CHECK(now.value(QStringLiteral("user/name")).toString() == QStringLiteral("Анна Петрова"));
    CHECK(now.value(QStringLiteral("mainwindow/geometry")).toByteArray() == "geometry");

    // Once: a language chosen since is not overwritten by a second run.
    LocalSettings::setLanguage(QStringLiteral("en"));
    LocalSettings::migrate();
    CHECK(LocalSettings::language() == QStringLiteral("en"));
}

TEST_CASE("A first start gets the current layout and the first-run wizard", "[settings]")
{
    FreshSettings fresh;
    LocalSettings::migrate();
    CHECK(LocalSettings::version() == LocalSettings::kVersion);
    CHECK_FALSE(LocalSettings::firstRunDone());
    CHECK(LocalSettings::language().isEmpty());
    CHECK(LocalSettings::theme() == LocalSettings::Theme::System);
    CHECK(LocalSettings::startSection() == LocalSettings::StartSection::Clients);

    LocalSettings::setFirstRunDone();
    LocalSettings::setTheme(LocalSettings::Theme::Dark);
    CHECK(LocalSettings::firstRunDone());
    CHECK(LocalSettings::theme() == LocalSettings::Theme::Dark);
    // A language the program has no catalogue for reads as the system's.
    QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("xx"));
    CHECK(LocalSettings::language().isEmpty());
}

TEST_CASE("Settings written by a newer Clientele are read, never rewritten", "[settings]")
{
    FreshSettings fresh;
    {
        QSettings newer;
        newer.setValue(QStringLiteral("settings/version"), LocalSettings::kVersion + 1);
        newer.setValue(QStringLiteral("preferences/language"), QStringLiteral("ru"));
        newer.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }
    LocalSettings::migrate();
    CHECK(LocalSettings::version() == LocalSettings::kVersion + 1);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    CHECK(LocalSettings::language() == QStringLiteral("ru"));
}

TEST_CASE("The reminder of a new event is none or minutes before, checked", "[settings]")
{
    TestDatabase t;
    SettingsRepository repository(t.db());
    BusinessSettings settings(repository);
    const QString key = QStringLiteral("calendar.default_reminder");
    CHECK(settings.value(key) == QStringLiteral("15"));
    CHECK(settings.setValue(key, QStringLiteral("none")));
    CHECK(settings.setValue(key, QStringLiteral("1440")));
    QString error;
    for (const char *bad : {"-5", "soon", "10081"}) {
        CHECK_FALSE(settings.setValue(key, QLatin1String(bad), &error));
        CHECK(error.contains(QLatin1String(bad)));
    }
    CHECK(settings.value(key) == QStringLiteral("1440"));
}
