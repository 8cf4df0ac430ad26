#pragma once

#include <QString>

// The import case of the bench: a generated contact file imported through
// ClientImporter into a fresh base, beside the floor of the same file through
// the sqlite3 shell (.import into a bare table, then an FTS5 rebuild), and
// the floor of our schema (the rows the import wrote, copied by SQL alone).
class ImportBench
{
public:
    struct Figures
    {
        int rows = 0;
        qint64 bytes = 0;
        double oursMs = 0;
        double peakRssMb = 0;
        int created = 0;
        int merged = 0;
        int unchanged = 0;
        int skipped = 0;
        double floorImportMs = 0;
        double floorFtsMs = 0;
        double schemaFloorMs = 0; // our rows copied by SQL alone
    };

    // Writes `rows` rows (and a header) to `path`, the same for the same seed:
    // Cyrillic and Latin people and companies with INN, quoted fields with
    // commas and quotes, about 5 % repeats of an earlier row's e-mail or phone.
    static bool writeCsv(const QString &path, int rows, quint64 seed, QString *error);
    // Imports `csvPath` into a new base in `folder`, then runs both floors.
    static bool run(const QString &csvPath, const QString &folder, Figures *figures,
                    QString *error);
};
