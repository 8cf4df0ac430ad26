#pragma once

#include "interaction.h"

#include <QList>
#include <QString>

class Database;

class InteractionRepository
{
public:
    explicit InteractionRepository(const Database &db) : m_db(db) {}

    // Who logs what has no user of its own: the person at this screen.
    void setUser(const QString &user) { m_user = user; }
    bool save(Interaction &interaction, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // The client's timeline, newest first.
    QList<Interaction> forClient(qint64 clientId) const;

private:
    const Database &m_db;
    QString m_user;
};
