#include "interactionrepository.h"

#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>

bool InteractionRepository::save(Interaction &i, QString *error)
{
    if (i.clientId == 0 || !i.occurredAt.isValid()) {
        if (error)
            *error = QCoreApplication::translate("InteractionRepository",
                                                 "An interaction needs a client and a time.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (i.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO interactions(client_id, contact_id, type, occurred_at, duration_sec, "
            "subject, body, result, deal_id, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE interactions SET client_id = ?, contact_id = ?, type = ?, occurred_at = ?, "
            "duration_sec = ?, subject = ?, body = ?, result = ?, deal_id = ?, user = ? "
            "WHERE id = ?"));
    q.bindValue(0, i.clientId);
    q.bindValue(1, i.contactId ? QVariant(i.contactId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(2, Interaction::typeToString(i.type));
    q.bindValue(3, i.occurredAt.toUTC().toString(Qt::ISODate));
    q.bindValue(4, i.durationSec);
    q.bindValue(5, Sql::text(i.subject));
    q.bindValue(6, Sql::text(i.text));
    q.bindValue(7, Sql::text(i.result));
    q.bindValue(8, Sql::idOrNull(i.dealId));
    if (i.user.isEmpty())
        i.user = m_user;
    q.bindValue(9, Sql::text(i.user));
    if (i.id != 0)
        q.bindValue(10, i.id);
    if (!Sql::exec(q, error))
        return false;
    if (i.id == 0)
        i.id = q.lastInsertId().toLongLong();
    return true;
}

bool InteractionRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM interactions WHERE id = ?"));
    q.bindValue(0, id);
    return Sql::exec(q, error);
}

bool InteractionRepository::forEach(const QString &fromUtc, const QString &toUtc,
                                    const std::function<void(const Interaction &)> &visit,
                                    QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, client_id, contact_id, deal_id, type, occurred_at, duration_sec, subject, "
        "body, result, user FROM interactions WHERE occurred_at >= ? AND occurred_at < ? "
        "ORDER BY occurred_at, id"));
    q.bindValue(0, fromUtc.isEmpty() ? QStringLiteral("0000") : fromUtc);
    q.bindValue(1, toUtc.isEmpty() ? QStringLiteral("9999") : toUtc);
    if (!Sql::exec(q, error))
        return false;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.clientId = q.value(1).toLongLong();
        i.contactId = q.value(2).toLongLong();
        i.dealId = q.value(3).toLongLong();
        Interaction::typeFromString(q.value(4).toString(), &i.type);
        i.occurredAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        i.durationSec = q.value(6).toInt();
        i.subject = q.value(7).toString();
        i.text = q.value(8).toString();
        i.result = q.value(9).toString();
        i.user = q.value(10).toString();
        visit(i);
    }
    return true;
}

QList<Interaction> InteractionRepository::forClient(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.contact_id, TRIM(p.last_name || ' ' || p.first_name), i.type, "
        "i.occurred_at, i.duration_sec, i.subject, i.body, i.result, i.deal_id, i.user "
        "FROM interactions i "
        "LEFT JOIN contact_persons p ON p.id = i.contact_id WHERE i.client_id = ? "
        "ORDER BY i.occurred_at DESC, i.id DESC"));
    q.bindValue(0, clientId);
    q.exec();
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.clientId = clientId;
        i.contactId = q.value(1).toLongLong();
        i.contactName = q.value(2).toString();
        Interaction::typeFromString(q.value(3).toString(), &i.type);
        i.occurredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        i.durationSec = q.value(5).toInt();
        i.subject = q.value(6).toString();
        i.text = q.value(7).toString();
        i.result = q.value(8).toString();
        i.dealId = q.value(9).toLongLong();
        i.user = q.value(10).toString();
        out << i;
    }
    return out;
}
