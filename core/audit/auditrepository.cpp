#include "auditrepository.h"

#include "db/database.h"

#include <QSqlQuery>

QList<AuditEntry> AuditRepository::forClient(qint64 clientId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, table_name, row_id, action, field, old_value, "
                             "new_value, changed_at FROM audit_log WHERE client_id = ? "
                             "ORDER BY id DESC LIMIT ?"));
    q.bindValue(0, clientId);
    q.bindValue(1, limit);
    q.exec();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.table = q.value(1).toString();
        e.rowId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5);
        e.newValue = q.value(6);
        e.changedAt = q.value(7).toString();
        out << e;
    }
    return out;
}
