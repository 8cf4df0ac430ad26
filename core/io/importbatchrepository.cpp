#include "importbatchrepository.h"

#include "clients/clientrepository.h"
#include "clients/clientsnapshot.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

ImportBatchRepository::ImportBatchRepository(const Database &db, ClientRepository &clients)
    : m_db(db), m_clients(clients)
{
}

qint64 ImportBatchRepository::begin(const QString &format, const QString &file, const QString &tag,
                                    QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_batches(format, file, tag, created_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.bindValue(0, format);
    q.bindValue(1, file);
    q.bindValue(2, tag);
    q.bindValue(3, Sql::utcNow());
    return Sql::exec(q, error) ? q.lastInsertId().toLongLong() : 0;
}

bool ImportBatchRepository::recordCreated(qint64 batchId, qint64 clientId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_batch_clients(batch_id, client_id, "
                             "action) VALUES (?, ?, 'created')"));
    q.bindValue(0, batchId);
    q.bindValue(1, clientId);
    return Sql::exec(q, error);
}

bool ImportBatchRepository::recordMerged(qint64 batchId, const Client &before, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO import_batch_clients(batch_id, client_id, "
                             "action, before) VALUES (?, ?, 'merged', ?)"));
    q.bindValue(0, batchId);
    q.bindValue(1, before.id);
    q.bindValue(2, QString::fromUtf8(ClientSnapshot::toJson(before)));
    return Sql::exec(q, error);
}

bool ImportBatchRepository::finish(qint64 batchId, int created, int merged, int skipped,
                                   QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE import_batches SET created = ?, merged = ?, skipped = ?, "
                       "audit_mark = (SELECT COALESCE(MAX(id), 0) FROM audit_log) WHERE id = ?"));
    q.bindValue(0, created);
    q.bindValue(1, merged);
    q.bindValue(2, skipped);
    q.bindValue(3, batchId);
    return Sql::exec(q, error);
}

QList<ImportBatch> ImportBatchRepository::batches(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, format, file, tag, created, merged, skipped, created_at, "
                             "COALESCE(undone_at, '') FROM import_batches "
                             "WHERE ? = 0 OR id = ? ORDER BY id DESC"));
    q.bindValue(0, batchId);
    q.bindValue(1, batchId);
    q.exec();
    QList<ImportBatch> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(),
                    q.value(6).toInt(), q.value(7).toString(), q.value(8).toString()});
    return out;
}

QList<ImportBatch> ImportBatchRepository::list() const
{
    return batches(0);
}

std::optional<ImportBatch> ImportBatchRepository::find(qint64 batchId) const
{
    const QList<ImportBatch> one = batchId > 0 ? batches(batchId) : QList<ImportBatch>();
    return one.isEmpty() ? std::nullopt : std::optional<ImportBatch>(one.first());
}

QList<ImportBatchRepository::Item> ImportBatchRepository::items(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT client_id, action, before FROM import_batch_clients "
                             "WHERE batch_id = ?"));
    q.bindValue(0, batchId);
    q.exec();
    QList<Item> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("created"),
                    q.value(2).toString().toUtf8()});
    return out;
}

qint64 ImportBatchRepository::auditMark(qint64 batchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT audit_mark FROM import_batches WHERE id = ?"));
    q.bindValue(0, batchId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString ImportBatchRepository::conflict(const Item &item, qint64 mark) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, archived, merged_into FROM clients WHERE id = ?"));
    q.bindValue(0, item.clientId);
    if (!q.exec() || !q.next())
        return {}; // deleted since: nothing to take back
    const QString name = q.value(0).toString();
    if (!q.value(2).isNull())
        return tr("client %1 «%2» was merged into client %3 since the import")
            .arg(item.clientId)
            .arg(name)
            .arg(q.value(2).toLongLong());
    // Every edit of a client, its contacts, phones, e-mails, files or tags
    // leaves an audit row.
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(changed_at), "
                             "GROUP_CONCAT(DISTINCT COALESCE(field, table_name)) FROM audit_log "
                             "WHERE client_id = ? AND id > ?"));
    q.bindValue(0, item.clientId);
    q.bindValue(1, mark);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return tr("client %1 «%2» was changed since the import (%3, first on %4)")
            .arg(item.clientId)
            .arg(name, q.value(2).toString(), q.value(1).toString());
    if (item.created) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE client_id = ?"));
        q.bindValue(0, item.clientId);
        if (q.exec() && q.next() && q.value(0).toInt() > 0)
            return tr("client %1 «%2» has interactions recorded since the import")
                .arg(item.clientId)
                .arg(name);
    }
    return {};
}

bool ImportBatchRepository::undo(qint64 batchId, UndoResult *result, QString *error)
{
    *result = UndoResult();
    const std::optional<ImportBatch> batch = find(batchId);
    if (!batch) {
        *error = tr("There is no import %1.").arg(batchId);
        return false;
    }
    if (!batch->undoneAt.isEmpty()) {
        *error = tr("Import %1 was already undone on %2.").arg(batchId).arg(batch->undoneAt);
        return false;
    }
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    const qint64 mark = auditMark(batchId);
    const QList<Item> all = items(batchId);
    for (const Item &item : all) {
        const QString why = conflict(item, mark);
        if (!why.isEmpty())
            result->conflicts << why;
    }
    if (!result->conflicts.isEmpty()) {
        *error = tr("Import %1 cannot be undone: %n of its clients were changed since.", nullptr,
                    int(result->conflicts.size()))
                     .arg(batchId);
        return false;
    }
    for (const Item &item : all) {
        if (!m_clients.load(item.clientId))
            continue;
        if (item.created) {
            if (!m_clients.removeForever(item.clientId, error))
                return false;
            ++result->removed;
        } else {
            Client before = ClientSnapshot::fromJson(item.before);
            if (!m_clients.save(before, error))
                return false;
            ++result->restored;
        }
    }
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    q.bindValue(0, Sql::utcNow());
    q.bindValue(1, batchId);
    return Sql::exec(q, error) && tx.commit(error);
}
