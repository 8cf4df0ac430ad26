#include "foreignkeypause.h"

#include <QSqlQuery>

ForeignKeyPause::ForeignKeyPause(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeyPause::~ForeignKeyPause()
{
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}
