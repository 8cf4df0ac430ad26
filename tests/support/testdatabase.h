#pragma once

#include "db/database.h"

#include <QTemporaryDir>
#include <memory>

// A fresh, migrated database file in its own temporary folder.
class TestDatabase
{
public:
    TestDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
