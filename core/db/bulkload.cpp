#include "bulkload.h"

#include <QSqlQuery>

BulkLoad::BulkLoad(QSqlDatabase db, Temp temp) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    m_intoEmptyBase = q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM clients)")) &&
                      q.next() && q.value(0).toBool();
    if (!m_intoEmptyBase)
        return;
    m_tempInFiles = temp == Temp::Files && q.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next())
        m_leftWal = q.value(0).toString() == QLatin1String("delete");
}

BulkLoad::~BulkLoad()
{
    QSqlQuery q(m_db);
    if (m_tempInFiles)
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (m_leftWal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}
