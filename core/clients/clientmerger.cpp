#include "clientmerger.h"

#include "clientfill.h"
#include "clientrepository.h"
#include "clientsnapshot.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonArray toArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> fromArray(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &v : value.toArray())
        out << v.toInteger();
    return out;
}
} // namespace

ClientMerger::ClientMerger(const Database &db, ClientRepository &clients)
    : m_db(db), m_clients(clients)
{
}

QList<qint64> ClientMerger::ids(const QString &sql, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(0, id);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

bool ClientMerger::moveIds(const QString &table, const QString &column, const QList<qint64> &ids,
                           qint64 from, qint64 to, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 = ?").arg(table, column));
    for (qint64 id : ids) {
        q.bindValue(0, to);
        q.bindValue(1, id);
        q.bindValue(2, from);
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

qint64 ClientMerger::mergedInto(qint64 id, bool *exists) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(merged_into, 0) FROM clients WHERE id = ?"));
    q.bindValue(0, id);
    *exists = q.exec() && q.next();
    return *exists ? q.value(0).toLongLong() : 0;
}

bool ClientMerger::merge(qint64 keptId, const QList<qint64> &others, Result *result, QString *error)
{
    *result = Result();
    if (others.isEmpty()) {
        *error = tr("Choose at least two clients to merge.");
        return false;
    }
    for (qint64 id : QList<qint64>{keptId} + others) {
        bool exists = false;
        if (const qint64 into = mergedInto(id, &exists)) {
            *error = tr("Client %1 was already merged into client %2.").arg(id).arg(into);
            return false;
        }
        if (!exists) {
            *error = tr("There is no client with id %1.").arg(id);
            return false;
        }
        if (id != keptId && others.count(id) > 1) {
            *error = tr("Client %1 is named twice.").arg(id);
            return false;
        }
    }
    if (others.contains(keptId)) {
        *error = tr("Client %1 cannot be merged into itself.").arg(keptId);
        return false;
    }

    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    std::optional<Client> kept = m_clients.load(keptId, error);
    if (!kept)
        return false;
    const QByteArray keptBefore = ClientSnapshot::toJson(*kept);
    QJsonArray merged;
    for (qint64 id : others) {
        QJsonObject record;
        if (!mergeOne(*kept, id, &record, &result->conflicts, error))
            return false;
        merged.append(record);
    }
    QSqlQuery q(conn);
    q.prepare(QStringLiteral(
        "INSERT INTO client_merges(kept_id, kept_before, merged, audit_mark, created_at) "
        "VALUES (?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM audit_log), ?)"));
    q.bindValue(0, keptId);
    q.bindValue(1, QString::fromUtf8(keptBefore));
    q.bindValue(2, QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)));
    q.bindValue(3, Sql::utcNow());
    if (!Sql::exec(q, error))
        return false;
    result->mergeId = q.lastInsertId().toLongLong();
    return tx.commit(error);
}

bool ClientMerger::mergeOne(Client &kept, qint64 otherId, QJsonObject *record,
                            QStringList *conflicts, QString *error)
{
    std::optional<Client> other = m_clients.load(otherId, error);
    if (!other)
        return false;
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);

    // What moves keeps its id, so interactions stay linked to their contact.
    const QList<qint64> contacts =
        ids(QStringLiteral("SELECT id FROM contact_persons WHERE client_id = ?"), otherId);
    const QList<qint64> interactions =
        ids(QStringLiteral("SELECT id FROM interactions WHERE client_id = ?"), otherId);
    const QList<qint64> attachments =
        ids(QStringLiteral("SELECT id FROM attachments WHERE client_id = ?"), otherId);
    const QList<qint64> deals =
        ids(QStringLiteral("SELECT id FROM deals WHERE client_id = ?"), otherId);
    const QList<qint64> tasks =
        ids(QStringLiteral("SELECT id FROM tasks WHERE client_id = ?"), otherId);
    QList<qint64> members =
        ids(QStringLiteral("SELECT id FROM clients WHERE parent_id = ?"), otherId);
    members.removeAll(kept.id);
    if (!moveIds(QStringLiteral("contact_persons"), QStringLiteral("client_id"), contacts, otherId,
                 kept.id, error) ||
        !moveIds(QStringLiteral("interactions"), QStringLiteral("client_id"), interactions, otherId,
                 kept.id, error) ||
        !moveIds(QStringLiteral("attachments"), QStringLiteral("client_id"), attachments, otherId,
                 kept.id, error) ||
        !moveIds(QStringLiteral("deals"), QStringLiteral("client_id"), deals, otherId, kept.id,
                 error) ||
        !moveIds(QStringLiteral("tasks"), QStringLiteral("client_id"), tasks, otherId, kept.id,
                 error) ||
        !moveIds(QStringLiteral("clients"), QStringLiteral("parent_id"), members, otherId, kept.id,
                 error))
        return false;

    // Relations are re-made for the kept client; one between the two is dropped.
    QJsonArray oldRelations;
    QList<qint64> newRelations;
    q.prepare(QStringLiteral("SELECT id, from_id, to_id, type, note FROM relations "
                             "WHERE from_id = ? OR to_id = ?"));
    q.bindValue(0, otherId);
    q.bindValue(1, otherId);
    if (!Sql::exec(q, error))
        return false;
    QList<QJsonObject> relations;
    while (q.next())
        relations.append({{QStringLiteral("id"), q.value(0).toLongLong()},
                          {QStringLiteral("from"), q.value(1).toLongLong()},
                          {QStringLiteral("to"), q.value(2).toLongLong()},
                          {QStringLiteral("type"), q.value(3).toString()},
                          {QStringLiteral("note"), q.value(4).toString()}});
    for (const QJsonObject &r : relations) {
        oldRelations.append(r);
        q.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?"));
        q.bindValue(0, r.value(QLatin1String("id")).toInteger());
        if (!Sql::exec(q, error))
            return false;
        qint64 from = r.value(QLatin1String("from")).toInteger();
        qint64 to = r.value(QLatin1String("to")).toInteger();
        from = from == otherId ? kept.id : from;
        to = to == otherId ? kept.id : to;
        if (from == to)
            continue;
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO relations(from_id, to_id, type, note) VALUES (?, ?, ?, ?)"));
        q.bindValue(0, from);
        q.bindValue(1, to);
        q.bindValue(2, r.value(QLatin1String("type")).toString());
        q.bindValue(3, r.value(QLatin1String("note")).toString());
        if (!Sql::exec(q, error))
            return false;
        if (q.numRowsAffected() > 0)
            newRelations << q.lastInsertId().toLongLong();
    }

    // The kept client as it is now (with the moved contacts), filled from the other.
    std::optional<Client> now = m_clients.load(kept.id, error);
    if (!now)
        return false;
    kept = *now;
    if (kept.parentId == otherId)
        kept.parentId = 0;
    Client from = *other;
    from.contacts.clear(); // moved above
    const QString otherName = other->displayName();
    ClientFill::fill(kept, from,
                     [&](const QString &what, const QString &keptValue, const QString &offered) {
                         conflicts->append(tr("%1: %2 «%3» kept, client %4 «%5» had «%6»")
                                               .arg(kept.displayName(), what, keptValue)
                                               .arg(otherId)
                                               .arg(otherName, offered));
                     });
    if (!m_clients.save(kept, error))
        return false;

    // The other client is hidden: its phones and e-mails now belong to the kept one.
    const QStringList hide = {
        QStringLiteral("DELETE FROM phones WHERE client_id = ?"),
        QStringLiteral("DELETE FROM emails WHERE client_id = ?"),
        QStringLiteral("DELETE FROM legal_entities WHERE client_id = ?"),
        QStringLiteral("DELETE FROM client_tags WHERE client_id = ?"),
    };
    for (const QString &sql : hide) {
        q.prepare(sql);
        q.bindValue(0, otherId);
        if (!Sql::exec(q, error))
            return false;
    }
    q.prepare(QStringLiteral("UPDATE clients SET archived = 2, merged_into = ?, list_phone = '', "
                             "list_email = '', updated_at = ? WHERE id = ?"));
    q.bindValue(0, kept.id);
    q.bindValue(1, Sql::utcNow());
    q.bindValue(2, otherId);
    if (!Sql::exec(q, error) || !SearchIndex(conn).remove(otherId, error))
        return false;

    *record = {{QStringLiteral("client"),
                QJsonDocument::fromJson(ClientSnapshot::toJson(*other)).object()},
               {QStringLiteral("contacts"), toArray(contacts)},
               {QStringLiteral("interactions"), toArray(interactions)},
               {QStringLiteral("attachments"), toArray(attachments)},
               {QStringLiteral("deals"), toArray(deals)},
               {QStringLiteral("tasks"), toArray(tasks)},
               {QStringLiteral("members"), toArray(members)},
               {QStringLiteral("relations"), oldRelations},
               {QStringLiteral("new_relations"), toArray(newRelations)}};
    return true;
}

QPair<qint64, qint64> ClientMerger::lastMerge() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, kept_id FROM client_merges WHERE undone_at IS NULL "
                          "ORDER BY id DESC LIMIT 1"));
    if (!q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool ClientMerger::undo(qint64 mergeId, QStringList *conflicts, QString *error)
{
    conflicts->clear();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT kept_id, kept_before, merged, audit_mark, "
                             "COALESCE(undone_at, '') FROM client_merges WHERE id = ?"));
    q.bindValue(0, mergeId);
    if (!Sql::exec(q, error))
        return false;
    if (!q.next()) {
        *error = tr("There is no merge %1.").arg(mergeId);
        return false;
    }
    const qint64 keptId = q.value(0).toLongLong();
    Client keptBefore = ClientSnapshot::fromJson(q.value(1).toString().toUtf8());
    const QJsonArray merged = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
    const qint64 mark = q.value(3).toLongLong();
    if (!q.value(4).toString().isEmpty()) {
        *error = tr("Merge %1 was already undone on %2.").arg(mergeId).arg(q.value(4).toString());
        return false;
    }

    bool exists = false;
    mergedInto(keptId, &exists);
    if (!exists)
        conflicts->append(tr("client %1 was deleted since the merge").arg(keptId));
    q.prepare(QStringLiteral("SELECT field, table_name, changed_at FROM audit_log "
                             "WHERE client_id = ? AND id > ? ORDER BY id"));
    q.bindValue(0, keptId);
    q.bindValue(1, mark);
    if (!Sql::exec(q, error))
        return false;
    while (q.next())
        conflicts->append(
            tr("client %1 was changed since the merge: %2 %3 on %4")
                .arg(keptId)
                .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    for (const QJsonValue &v : merged) {
        const qint64 id = v.toObject()
                              .value(QLatin1String("client"))
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInteger();
        if (mergedInto(id, &exists) != keptId)
            conflicts->append(
                tr("client %1 is no longer merged into client %2").arg(id).arg(keptId));
    }
    if (!conflicts->isEmpty()) {
        *error = tr("Merge %1 cannot be undone: the clients were changed since.").arg(mergeId);
        return false;
    }

    for (qsizetype i = merged.size() - 1; i >= 0; --i)
        if (!undoOne(keptId, merged.at(i).toObject(), error))
            return false;
    if (!m_clients.save(keptBefore, error))
        return false;
    q.prepare(QStringLiteral("UPDATE client_merges SET undone_at = ? WHERE id = ?"));
    q.bindValue(0, Sql::utcNow());
    q.bindValue(1, mergeId);
    return Sql::exec(q, error) && tx.commit(error);
}

bool ClientMerger::undoOne(qint64 keptId, const QJsonObject &record, QString *error)
{
    Client other =
        ClientSnapshot::fromJson(QJsonDocument(record.value(QLatin1String("client")).toObject())
                                     .toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db.connection());
    for (qint64 id : fromArray(record.value(QLatin1String("new_relations")))) {
        q.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?"));
        q.bindValue(0, id);
        if (!Sql::exec(q, error))
            return false;
    }
    for (const QJsonValue &v : record.value(QLatin1String("relations")).toArray()) {
        const QJsonObject r = v.toObject();
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO relations(id, from_id, to_id, type, note) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.bindValue(0, r.value(QLatin1String("id")).toInteger());
        q.bindValue(1, r.value(QLatin1String("from")).toInteger());
        q.bindValue(2, r.value(QLatin1String("to")).toInteger());
        q.bindValue(3, r.value(QLatin1String("type")).toString());
        q.bindValue(4, r.value(QLatin1String("note")).toString());
        if (!Sql::exec(q, error))
            return false;
    }
    if (!moveIds(QStringLiteral("contact_persons"), QStringLiteral("client_id"),
                 fromArray(record.value(QLatin1String("contacts"))), keptId, other.id, error) ||
        !moveIds(QStringLiteral("interactions"), QStringLiteral("client_id"),
                 fromArray(record.value(QLatin1String("interactions"))), keptId, other.id, error) ||
        !moveIds(QStringLiteral("attachments"), QStringLiteral("client_id"),
                 fromArray(record.value(QLatin1String("attachments"))), keptId, other.id, error) ||
        // Merges recorded before deals existed have neither key: nothing moves back.
        !moveIds(QStringLiteral("deals"), QStringLiteral("client_id"),
                 fromArray(record.value(QLatin1String("deals"))), keptId, other.id, error) ||
        !moveIds(QStringLiteral("tasks"), QStringLiteral("client_id"),
                 fromArray(record.value(QLatin1String("tasks"))), keptId, other.id, error) ||
        !moveIds(QStringLiteral("clients"), QStringLiteral("parent_id"),
                 fromArray(record.value(QLatin1String("members"))), keptId, other.id, error))
        return false;
    q.prepare(QStringLiteral("UPDATE clients SET merged_into = NULL WHERE id = ?"));
    q.bindValue(0, other.id);
    if (!Sql::exec(q, error))
        return false;
    // Its own phones, e-mails and legal entities were deleted: written anew.
    for (PhoneEntry &p : other.phones)
        p.id = 0;
    for (EmailEntry &e : other.emails)
        e.id = 0;
    for (LegalEntity &l : other.legalEntities)
        l.id = 0;
    return m_clients.save(other, error);
}
