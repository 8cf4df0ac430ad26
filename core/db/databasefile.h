#pragma once

#include <QCoreApplication>
#include <QString>

// What a file holds before SQLite is let near it: SQLite trusts a damaged
// header as far as it can and reports the damage only when a page it needs is
// missing. Reading the 100-byte header ourselves names a cut-short file or one
// that is no database at once, without writing anything.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    enum class Kind
    {
        Missing,   // no file: a new base is made there
        Empty,     // an empty file is a base at version 0
        Sqlite,    // an SQLite header that agrees with the file's size
        NotSqlite, // does not begin like an SQLite file
        Truncated, // shorter than its header says
        BadHeader  // the header's own fields are impossible
    };

    struct Verdict
    {
        Kind kind = Kind::Missing;
        QString problem; // a sentence naming the file, empty unless damaged
    };

    static Verdict inspect(const QString &path);
};
