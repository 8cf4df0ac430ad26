// Planted: a comment that allows one name does not allow another.
#include <QSqlQuery>

void rename(QSqlDatabase db, const char *table, const QString &name)
{
    // sql-identifier: table is one of the fixed list of tables
    QSqlQuery(db).exec(QStringLiteral("UPDATE %1 SET name = '%2'").arg(QLatin1String(table), name));
}
