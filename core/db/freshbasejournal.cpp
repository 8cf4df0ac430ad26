#include "freshbasejournal.h"

#include <QSqlQuery>

FreshBaseJournal::FreshBaseJournal(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM clients)")) && probe.next() &&
        probe.value(0).toBool() && probe.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) &&
        probe.next())
        m_leftWal = probe.value(0).toString() == QLatin1String("delete");
}

FreshBaseJournal::~FreshBaseJournal()
{
    if (m_leftWal)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}
