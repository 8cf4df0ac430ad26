#pragma once

#include "interaction.h"

#include <QList>

class Database;

class InteractionRepository
{
public:
    explicit InteractionRepository(const Database &db) : m_db(db) {}

    bool save(Interaction &interaction, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // The client's timeline, newest first.
    QList<Interaction> forClient(qint64 clientId) const;

private:
    const Database &m_db;
};
