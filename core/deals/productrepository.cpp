#include "productrepository.h"

#include "db/database.h"
#include "db/sql.h"

namespace {
const char kColumns[] = "id, name, sku, unit, price, COALESCE(vat_percent, -1), archived";

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.unit = q.value(3).toString();
    p.price = q.value(4).toLongLong();
    p.vatPercent = q.value(5).toInt();
    p.archived = q.value(6).toBool();
    return p;
}
} // namespace

QList<Product> ProductRepository::products(const QString &text, int limit) const
{
    QSqlQuery q(m_db.connection());
    const QString t = text.trimmed();
    // The catalogue of a small business: hundreds of lines, filtered here so
    // that Cyrillic folds case.
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE archived = 0 ORDER BY name, id")
                  .arg(QLatin1String(kColumns)));
    q.exec();
    QList<Product> out;
    while (q.next() && out.size() < limit) {
        Product p = productFrom(q);
        if (t.isEmpty() || p.name.contains(t, Qt::CaseInsensitive) ||
            p.sku.startsWith(t, Qt::CaseInsensitive))
            out << p;
    }
    return out;
}

std::optional<Product> ProductRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return productFrom(q);
}

std::optional<Product> ProductRepository::find(const QString &nameOrSku) const
{
    const QString t = nameOrSku.trimmed();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM products ORDER BY archived, id")
                  .arg(QLatin1String(kColumns)));
    q.exec();
    while (q.next()) {
        Product p = productFrom(q);
        if (p.name.compare(t, Qt::CaseInsensitive) == 0 ||
            (!p.sku.isEmpty() && p.sku.compare(t, Qt::CaseInsensitive) == 0))
            return p;
    }
    return std::nullopt;
}

bool ProductRepository::save(Product &product, QString *error)
{
    product.name = product.name.trimmed();
    if (product.name.isEmpty() || product.price < 0 || product.vatPercent > 100 ||
        product.vatPercent < -1) {
        if (error)
            *error = product.name.isEmpty() ? tr("A product needs a name.")
                                            : tr("The price must not be negative and VAT must "
                                                 "be from 0 to 100 %.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (product.id == 0)
        q.prepare(QStringLiteral("INSERT INTO products(name, sku, unit, price, vat_percent, "
                                 "archived) VALUES (?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE products SET name = ?, sku = ?, unit = ?, price = ?, "
                                 "vat_percent = ?, archived = ? WHERE id = ?"));
    q.addBindValue(product.name);
    q.addBindValue(Sql::text(product.sku.trimmed()));
    q.addBindValue(Sql::text(product.unit.trimmed()));
    q.addBindValue(product.price);
    q.addBindValue(product.vatPercent < 0 ? QVariant(QMetaType(QMetaType::Int))
                                          : QVariant(product.vatPercent));
    q.addBindValue(product.archived ? 1 : 0);
    if (product.id)
        q.addBindValue(product.id);
    if (!Sql::exec(q, error))
        return false;
    if (product.id == 0)
        product.id = q.lastInsertId().toLongLong();
    return true;
}
