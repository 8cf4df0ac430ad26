#include "personrepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

namespace {
const char kColumns[] = "id, name, position, email, archived, created_at";

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.position = q.value(2).toString();
    p.email = q.value(3).toString();
    p.archived = q.value(4).toBool();
    p.createdAt = q.value(5).toString();
    return p;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool PersonRepository::checkName(const QString &name, qint64 exceptId, QString *error) const
{
    if (name.isEmpty())
        return fail(error, tr("A person needs a name."));
    const std::optional<Person> same = find(name);
    if (same && same->id != exceptId)
        return fail(error, tr("There is already a person named \"%1\".").arg(same->name));
    return true;
}

bool PersonRepository::add(Person &person, QString *error)
{
    person.name = person.name.simplified();
    if (!checkName(person.name, 0, error))
        return false;
    person.createdAt = Sql::utcNow();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO people(name, position, email, archived, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(person.name);
    q.addBindValue(Sql::text(person.position.trimmed()));
    q.addBindValue(Sql::text(person.email.trimmed()));
    q.addBindValue(person.archived ? 1 : 0);
    q.addBindValue(person.createdAt);
    if (!Sql::exec(q, error))
        return false;
    person.id = q.lastInsertId().toLongLong();
    return true;
}

bool PersonRepository::rename(qint64 id, const QString &name, QString *error)
{
    const QString newName = name.simplified();
    const std::optional<Person> old = load(id);
    if (!old)
        return fail(error, tr("There is no person with id %1.").arg(id));
    if (!checkName(newName, id, error))
        return false;
    if (newName == old->name)
        return true;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE people SET name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    // The name is the link: tasks and deals follow it so nobody loses their list.
    const char *const updates[] = {
        "UPDATE tasks SET executor = ? WHERE executor = ? COLLATE NOCASE",
        "UPDATE tasks SET author = ? WHERE author = ? COLLATE NOCASE",
        "UPDATE deals SET responsible = ? WHERE responsible = ? COLLATE NOCASE"};
    for (const char *sql : updates) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(newName);
        q.addBindValue(old->name);
        if (!Sql::exec(q, error))
            return false;
    }
    return tx.commit(error);
}

bool PersonRepository::setPosition(qint64 id, const QString &position, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE people SET position = ? WHERE id = ?"));
    q.addBindValue(Sql::text(position.trimmed()));
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, tr("There is no person with id %1.").arg(id));
    return true;
}

bool PersonRepository::setArchived(qint64 id, bool archived, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE people SET archived = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, tr("There is no person with id %1.").arg(id));
    return true;
}

std::optional<Person> PersonRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return personFrom(q);
}

std::optional<Person> PersonRepository::find(const QString &name) const
{
    // NOCASE folds only ASCII; Cyrillic names are compared folded here.
    const QString wanted = name.simplified();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM people").arg(QLatin1String(kColumns)));
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        if (q.value(1).toString().compare(wanted, Qt::CaseInsensitive) == 0)
            return personFrom(q);
    return std::nullopt;
}

QList<Person> PersonRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE archived = 0 OR ? ORDER BY archived, "
                             "name")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(includeArchived ? 1 : 0);
    q.exec();
    QList<Person> out;
    while (q.next())
        out << personFrom(q);
    return out;
}

QStringList PersonRepository::activeNames() const
{
    QStringList out;
    for (const Person &p : list())
        out << p.name;
    return out;
}

bool PersonRepository::ensure(const QString &name, QString *error)
{
    if (name.simplified().isEmpty() || find(name))
        return true;
    Person p;
    p.name = name;
    return add(p, error);
}
