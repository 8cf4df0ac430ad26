// Planted: an id joined on with + instead of bound.
#include <QSqlQuery>

bool removeClient(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM clients WHERE id = ") + QString::number(id));
}
