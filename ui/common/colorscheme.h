#pragma once

#include "settings/localsettings.h"

#include <QPalette>

// Light or dark. "System" asks the desktop: the freedesktop portal's
// colour-scheme (GNOME 42+, KDE Plasma 5.24+), else a GTK_THEME ending in
// ":dark", else whether the platform's own palette is dark (a Qt platform
// theme such as KDE's already hands one over). Fusion then gets the matching
// palette; charts and views read it from there.
class ColorScheme
{
public:
    static bool systemPrefersDark();
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    // Sets the application palette for `theme`.
    static void apply(LocalSettings::Theme theme);
};
