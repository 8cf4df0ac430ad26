#include "migrations.h"

#include "schema_v1.h"
#include "schema_v10.h"
#include "schema_v11.h"
#include "schema_v2.h"
#include "schema_v3.h"
#include "schema_v4.h"
#include "schema_v5.h"
#include "schema_v6.h"
#include "schema_v7.h"
#include "schema_v8.h"
#include "schema_v9.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <vector>

namespace {
struct Migration
{
    int version;
    std::function<QStringList()> statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, &schemaV1Statements},   {2, &schemaV2Statements},   {3, &schemaV3Statements},
        {4, &schemaV4Statements},   {5, &schemaV5Statements},   {6, &schemaV6Statements},
        {7, &schemaV7Statements},   {8, &schemaV8Statements},   {9, &schemaV9Statements},
        {10, &schemaV10Statements}, {11, &schemaV11Statements},
    };
    return list;
}
} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        for (const QString &sql : m.statements()) {
            // sql-identifier: sql is a statement of the schema files (schema_v*.cpp), literals.
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration %1: %2\n%3")
                             .arg(m.version)
                             .arg(q.lastError().text(), sql);
                return false;
            }
        }
        // user_version is in the file header, so it commits with the migration.
        // sql-identifier: m.version is a number of the list above; a PRAGMA binds nothing.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) ||
            !tx.commit(error)) {
            if (error->isEmpty())
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
