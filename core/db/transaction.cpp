#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace {
std::atomic<quint64> g_counter{0};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)), m_name(QStringLiteral("sp%1").arg(++g_counter))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        if (error)
            *error = q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
    m_active = false;
}
