#include "databasecheck.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kIntegrity = QStringLiteral("integrity");
const QString kForeignKey = QStringLiteral("foreign_key");
const QString kSearch = QStringLiteral("search_index");
const QString kIndexTable = QStringLiteral("clients_fts");

// Lists the ids `sql` returns as problems, the first kListed of them and a count of the rest.
void listRows(QSqlQuery &q, const QString &sql, const QString &table, const QString &message,
              QList<DatabaseProblem> &problems)
{
    if (!q.exec(sql)) {
        problems << DatabaseProblem{kSearch, table, 0, q.lastError().text()};
        return;
    }
    int count = 0;
    while (q.next()) {
        if (++count <= DatabaseCheck::kListed)
            problems << DatabaseProblem{kSearch, table, q.value(0).toLongLong(), message};
    }
    if (count > DatabaseCheck::kListed)
        problems << DatabaseProblem{
            kSearch, table, 0,
            DatabaseCheck::tr("and %n more like these", nullptr, count - DatabaseCheck::kListed)};
}
} // namespace

QList<DatabaseProblem> DatabaseCheck::run() const
{
    QList<DatabaseProblem> problems;
    integrity(problems);
    foreignKeys(problems);
    searchIndex(problems);
    return problems;
}

void DatabaseCheck::integrity(QList<DatabaseProblem> &problems) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << DatabaseProblem{kIntegrity, {}, 0, q.lastError().text()};
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << DatabaseProblem{kIntegrity, {}, 0, line};
    }
}

void DatabaseCheck::foreignKeys(QList<DatabaseProblem> &problems) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << DatabaseProblem{kForeignKey, {}, 0, q.lastError().text()};
        return;
    }
    // Rows: table, rowid, referred table, index of the foreign key.
    while (q.next())
        problems << DatabaseProblem{
            kForeignKey, q.value(0).toString(), q.value(1).toLongLong(),
            tr("refers to a row of %1 that does not exist").arg(q.value(2).toString())};
}

void DatabaseCheck::searchIndex(QList<DatabaseProblem> &problems) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // FTS5 compares its index with the text it keeps; "malformed" when they differ.
    if (!q.exec(QStringLiteral("INSERT INTO clients_fts(clients_fts) VALUES('integrity-check')")))
        problems << DatabaseProblem{
            kSearch, kIndexTable, 0,
            tr("the search index does not match its text: %1").arg(q.lastError().text())};
    q.finish();
    // Every client has its search row, except those merged into another (archived = 2).
    listRows(q,
             QStringLiteral("SELECT id FROM clients WHERE merged_into IS NULL AND id NOT IN "
                            "(SELECT rowid FROM clients_fts) ORDER BY id"),
             QStringLiteral("clients"), tr("the client is missing from the search index"),
             problems);
    listRows(q,
             QStringLiteral("SELECT rowid FROM clients_fts WHERE rowid NOT IN "
                            "(SELECT id FROM clients WHERE merged_into IS NULL) ORDER BY rowid"),
             kIndexTable, tr("the search index has a row for no client"), problems);
}
