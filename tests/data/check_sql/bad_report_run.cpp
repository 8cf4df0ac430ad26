// Planted: Sql::run with a date written in.
#include <QDate>
#include <QSqlQuery>

bool report(QSqlQuery &q, const QDate &from, QString *error)
{
    return Sql::run(q,
                    QStringLiteral("SELECT COUNT(*) FROM deals WHERE created_at >= '%1'")
                        .arg(from.toString(Qt::ISODate)),
                    {}, error);
}
