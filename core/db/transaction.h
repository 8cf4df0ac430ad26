#pragma once

#include <QSqlDatabase>
#include <QString>

// A savepoint that rolls back unless committed, so it nests inside another.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};
