#include "deferredschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

bool DeferredSchema::takeIndexes(QSqlDatabase db, const QStringList &tables,
                                 const QStringList &keep, QString *error)
{
    return take(std::move(db), QStringLiteral("index"), tables, keep, error);
}

bool DeferredSchema::takeTriggers(QSqlDatabase db, const QStringList &tables, QString *error)
{
    return take(std::move(db), QStringLiteral("trigger"), tables, {}, error);
}

bool DeferredSchema::take(QSqlDatabase db, const QString &type, const QStringList &tables,
                          const QStringList &keep, QString *error)
{
    m_db = std::move(db);
    QSqlQuery q(m_db);
    // Automatic indexes (UNIQUE, PRIMARY KEY) have no SQL and stay.
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS "
                             "NOT NULL AND tbl_name IN (SELECT value FROM json_each(?)) "
                             "AND name NOT IN (SELECT value FROM json_each(?))"));
    auto json = [](const QStringList &list) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    q.addBindValue(type);
    q.addBindValue(json(tables));
    q.addBindValue(json(keep));
    if (!q.exec())
        return failed(q, error);
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_statements << q.value(1).toString();
    }
    const QString drop = type == QLatin1String("index") ? QStringLiteral("DROP INDEX \"%1\"")
                                                        : QStringLiteral("DROP TRIGGER \"%1\"");
    // sql-identifier: name is an index or trigger of our own schema, as sqlite_master names it.
    for (const QString &name : std::as_const(names))
        if (!q.exec(drop.arg(name)))
            return failed(q, error);
    return true;
}

bool DeferredSchema::restore(QString *error)
{
    QSqlQuery q(m_db);
    // sql-identifier: sql is the CREATE INDEX or CREATE TRIGGER of our own schema that take()
    // read from sqlite_master.
    for (const QString &sql : std::as_const(m_statements))
        if (!q.exec(sql))
            return failed(q, error);
    m_statements.clear();
    return true;
}
