#pragma once

#include <QString>

// The program's and Qt's own catalogues for a language ("" for the system's,
// "en", "ru"), and the default QLocale to match, so dates and numbers follow
// the language. Installing again replaces the catalogues installed before:
// the first-run wizard switches language while it is open.
class AppTranslations
{
public:
    static void install(const QString &code);
    // Where the program's catalogues are: its resources (":/i18n"); a test
    // points at the build's .qm files.
    static void setCatalogueFolder(const QString &folder);
};
