#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What an import did, or would do on a dry run.
struct ImportReport
{
    struct RowError
    {
        qint64 line = 0;
        QString message;
    };

    qint64 batchId = 0; // the import batch, for `import undo`; 0 on a dry run
    int created = 0;
    int merged = 0;    // existing clients that gained something
    int unchanged = 0; // duplicates that had everything already
    int skipped = 0;
    QList<RowError> errors; // skipped rows, with their line
    QStringList conflicts;  // values of the file that were not written over the base
    QString tag;            // put on every client the import created or changed
};
