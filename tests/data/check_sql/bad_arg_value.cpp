// Planted: a name typed by the user written into the statement.
#include <QSqlQuery>

QList<qint64> clientsNamed(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM clients WHERE name = '%1'").arg(name));
    q.exec();
    return {};
}
