#pragma once

#include "interaction.h"

#include <QList>
#include <QString>
#include <functional>

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
    // Every interaction in [fromUtc, toUtc) (ISO; empty: unbounded), oldest
    // first, handed over one at a time so a big base is never held whole.
    bool forEach(const QString &fromUtc, const QString &toUtc,
                 const std::function<void(const Interaction &)> &visit,
                 QString *error = nullptr) const;

private:
    const Database &m_db;
    QString m_user;
};
