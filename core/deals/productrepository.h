#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// The product catalogue: name, SKU, unit, price, VAT rate.
class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(const Database &db) : m_db(db) {}

    // By name, SKU prefix or name prefix; all (not archived) for empty text.
    QList<Product> products(const QString &text = {}, int limit = 500) const;
    std::optional<Product> load(qint64 id) const;
    // Exact name or SKU, case-insensitive.
    std::optional<Product> find(const QString &nameOrSku) const;
    bool save(Product &product, QString *error = nullptr);

private:
    const Database &m_db;
};
