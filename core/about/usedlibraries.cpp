#include "usedlibraries.h"

#include <csv.h>
#include <curl/curl.h>
#include <libical/ical.h>
#include <sqlite3.h>

QList<UsedLibraries::Library> UsedLibraries::list()
{
    const QString csv = QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0 / GPL-3.0"), tr("Windows, charts, printing, networking")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("Public domain"), tr("The database file")},
        {QStringLiteral("libcurl"),
         QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version), QStringLiteral("curl"),
         tr("Sending e-mail and SMS")},
        {QStringLiteral("libical"), QStringLiteral(ICAL_VERSION),
         QStringLiteral("LGPL-2.1 / MPL-2.0"), tr("iCalendar files and repeating events")},
        {QStringLiteral("libphonenumber"), QString(), QStringLiteral("Apache-2.0"),
         tr("Reading and formatting phone numbers")},
        {QStringLiteral("libcsv"), csv, QStringLiteral("LGPL-2.1+"), tr("Reading CSV files")},
        {QStringLiteral("uchardet"), QString(), QStringLiteral("MPL-1.1 / LGPL-2.1+"),
         tr("Guessing the encoding of imported files")},
        {QStringLiteral("Mustache (kainjow)"), QString(), QStringLiteral("BSL-1.0"),
         tr("Templates of mailings and proposals")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-2-Clause"),
         tr("Passwords in the system keychain")},
    };
}
