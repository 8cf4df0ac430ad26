// Planted: one condition of a filter carries its value; the others are bound.
#include <QSqlQuery>
#include <QStringList>

struct Filter
{
    QString city;
    QString region;
};

QString where(const Filter &f, QVariantList *binds)
{
    QStringList terms{QStringLiteral("archived = 0")};
    if (!f.region.isEmpty()) {
        terms << QStringLiteral("region = ?");
        *binds << f.region;
    }
    if (!f.city.isEmpty())
        terms << QStringLiteral("city = '%1'").arg(f.city);
    return terms.join(QStringLiteral(" AND "));
}

int count(QSqlDatabase db, const Filter &f)
{
    QVariantList binds;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM clients WHERE ") + where(f, &binds));
    return 0;
}
