#pragma once

#include <QString>

// One import as the user sees it in the import history.
struct ImportBatch
{
    qint64 id = 0;
    QString format; // "csv" or "vcard"
    QString file;
    QString tag;
    int created = 0;
    int merged = 0;
    int skipped = 0;
    QString createdAt; // UTC, ISO 8601
    QString undoneAt;  // empty while the import stands
};
