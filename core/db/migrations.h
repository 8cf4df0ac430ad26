#pragma once

#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations; PRAGMA user_version holds the number applied.
class Migrations
{
public:
    static int latestVersion();
    // Applies every missing migration, each in its own transaction.
    static bool migrate(QSqlDatabase &db, QString *error);
};
