#pragma once

#include "client.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Full-text search over the client base (SQLite FTS5, kept beside the data).
//
// Results come in two tiers so that a keystroke stays cheap at a million
// clients: names that start with the query (a range of the name_key index),
// then any word of any field that starts with each query word (FTS5 prefix
// match, newest first, stopped at the limit instead of ranking every match).
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    // Rewrites the document of one client; call inside the saving transaction.
    bool update(const Client &client, QString *error);
    bool remove(qint64 clientId, QString *error);

    QList<qint64> search(const QString &text, int limit, bool includeArchived = false,
                         QString *error = nullptr) const;

    // The two indexed columns of a client, folded for search.
    struct Documents
    {
        QString name;
        QString body;
    };
    static Documents documents(const Client &client);
    // The FTS5 MATCH expression for what the user typed; empty for no words.
    static QString matchExpression(const QString &text);
    // The name sort key: folded name, so "Ёлкин" sorts and finds as "елкин".
    static QString nameKey(const QString &name);

private:
    QSqlDatabase m_db;
};
