#include "lossreasonrepository.h"

#include "db/database.h"
#include "db/sql.h"

QList<QPair<qint64, QString>> LossReasonRepository::reasons(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM loss_reasons WHERE archived = 0 OR ? "
                             "ORDER BY position, id"));
    q.addBindValue(includeArchived ? 1 : 0);
    q.exec();
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

qint64 LossReasonRepository::find(const QString &name) const
{
    // COLLATE NOCASE folds only ASCII: "цена" must find "Цена".
    for (const auto &[id, reason] : reasons(true))
        if (reason.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return id;
    return 0;
}

qint64 LossReasonRepository::add(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A loss reason needs a name.");
        return 0;
    }
    if (const qint64 id = find(trimmed))
        return id;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO loss_reasons(name, position) VALUES "
                             "(?, (SELECT COALESCE(MAX(position), -1) + 1 FROM loss_reasons))"));
    q.addBindValue(trimmed);
    if (!Sql::exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool LossReasonRepository::rename(qint64 id, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    const qint64 other = find(trimmed);
    if (trimmed.isEmpty() || (other && other != id)) {
        if (error)
            *error = trimmed.isEmpty() ? tr("A loss reason needs a name.")
                                       : tr("There is a loss reason \"%1\" already.").arg(trimmed);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE loss_reasons SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool LossReasonRepository::setArchived(qint64 id, bool archived, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE loss_reasons SET archived = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(id);
    return Sql::exec(q, error);
}
