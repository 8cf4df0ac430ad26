// Planted: a helper that looks safe, called once with a value.
#include <QSqlQuery>

namespace {
QStringList distinct(QSqlDatabase db, const QString &column)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT DISTINCT %1 FROM clients").arg(column));
    return {};
}
} // namespace

QStringList cities(QSqlDatabase db)
{
    return distinct(db, QStringLiteral("city"));
}

QStringList anything(QSqlDatabase db, const QString &typed)
{
    return distinct(db, typed);
}
