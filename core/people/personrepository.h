#pragma once

#include "person.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// The directory of colleagues. Names are unique whatever their case; a
// person who leaves is archived, never deleted, because tasks and deals keep
// the name as text.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const Database &db) : m_db(db) {}

    bool add(Person &person, QString *error = nullptr);
    // A new name, carried over to the tasks and deals that name the person.
    bool rename(qint64 id, const QString &name, QString *error = nullptr);
    bool setPosition(qint64 id, const QString &position, QString *error = nullptr);
    bool setArchived(qint64 id, bool archived, QString *error = nullptr);
    std::optional<Person> load(qint64 id) const;
    // By name, whatever its case.
    std::optional<Person> find(const QString &name) const;
    // Active people by name; with the archived ones too when asked.
    QList<Person> list(bool includeArchived = false) const;
    QStringList activeNames() const;
    // Adds the person unless the directory has the name already (the
    // current user the first time the program meets them).
    bool ensure(const QString &name, QString *error = nullptr);

private:
    bool checkName(const QString &name, qint64 exceptId, QString *error) const;

    const Database &m_db;
};
