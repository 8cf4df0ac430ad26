// What the check lets through: literals, constants of literals, conditions
// put together from literals with their values bound, helpers called with
// literals, and one identifier allowed by a comment.
#include <QSqlQuery>
#include <QStringList>

namespace {
const char kColumns[] = "id, name, city";

struct Part
{
    QString sql;
    QVariantList binds;
};

const char *sortColumn(int column)
{
    switch (column) {
    case 1:
        return "city";
    default:
        return "name_key";
    }
}

QString where(const QString &city, bool archived, QVariantList *binds)
{
    QStringList terms{QStringLiteral("1")};
    auto add = [&](const QString &term, const QVariant &value) {
        terms << term;
        binds->append(value);
    };
    if (!city.isEmpty())
        add(QStringLiteral("city = ?"), city);
    add(archived ? QStringLiteral("archived > ?") : QStringLiteral("archived = ?"), 0);
    return terms.join(QStringLiteral(" AND "));
}

Part byUser(const QString &user)
{
    Part part;
    if (!user.isEmpty()) {
        part.sql += QStringLiteral(" AND responsible = ?");
        part.binds << user;
    }
    return part;
}

QStringList distinct(QSqlDatabase db, const char *column)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT DISTINCT %1 FROM clients").arg(QLatin1String(column)));
    return {};
}
} // namespace

QStringList regions(QSqlDatabase db)
{
    return distinct(db, "region");
}

void list(QSqlDatabase db, const QString &city, int sort, bool descending, int limit,
          const QString &user)
{
    QVariantList binds;
    const Part part = byUser(user);
    const QString order = QStringLiteral("c.") + QLatin1String(sortColumn(sort));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM clients c WHERE %2%3 ORDER BY %4 %5 LIMIT ?")
                  .arg(QLatin1String(kColumns), where(city, false, &binds), part.sql, order,
                       descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    for (const auto &[table, label] : {std::pair{"deals", "Deals"}, std::pair{"tasks", "Tasks"}})
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    const int pages = q.value(0).toInt();
    // sql-identifier: pages is an int of our own; a PRAGMA binds nothing
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(pages));
}
