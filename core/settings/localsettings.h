#pragma once

#include <QString>

// What belongs to the person at this screen (language, light or dark, where
// the program opens, whether the first start was walked through), kept in the
// app's QSettings in the standard place (~/.config/Clientele/clientele.conf).
// The layout of those keys is versioned: migrate() moves the keys of older
// layouts to the current one, once, at start; a file written by a newer
// Clientele is read as it is and never rewritten to an older layout.
class LocalSettings
{
public:
    // 1: sessions before the settings dialog, no version key (ui/language,
    //    reports/openOnDashboard). 2: the preferences/ keys (not
    //    "general": an INI file keeps [General] for keys outside any group).
    static constexpr int kVersion = 2;

    enum class Theme
    {
        System,
        Light,
        Dark
    };
    enum class StartSection
    {
        Clients,
        Dashboard
    };

    // Call at start, before the settings are read.
    static void migrate();
    static int version();

    // "" for the system's language, else "en" or "ru".
    static QString language();
    static void setLanguage(const QString &code);
    static Theme theme();
    static void setTheme(Theme theme);
    static StartSection startSection();
    static void setStartSection(StartSection section);
    // The first-run wizard was finished or skipped (or the person used
    // Clientele before it existed).
    static bool firstRunDone();
    static void setFirstRunDone();
};
