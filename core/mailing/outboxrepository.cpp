#include "outboxrepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "interactions/interactionrepository.h"
#include "messagetemplaterepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const char kColumns[] =
    "id, campaign_id, channel, client_id, contact_id, deal_id, template_id, address, name, "
    "subject, body, text_body, state, attempts, next_attempt_at, code, answer, message_id, "
    "interaction_id, created_at, sent_at";

OutboxMessage read(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.campaignId = q.value(1).toLongLong();
    m.channel = q.value(2).toString();
    m.clientId = q.value(3).toLongLong();
    m.contactId = q.value(4).toLongLong();
    m.dealId = q.value(5).toLongLong();
    m.templateId = q.value(6).toLongLong();
    m.address = q.value(7).toString();
    m.name = q.value(8).toString();
    m.subject = q.value(9).toString();
    m.body = q.value(10).toString();
    m.textBody = q.value(11).toString();
    m.state = q.value(12).toString();
    m.attempts = q.value(13).toInt();
    m.nextAttemptAt = q.value(14).toString();
    m.code = q.value(15).toInt();
    m.answer = q.value(16).toString();
    m.messageId = q.value(17).toString();
    m.interactionId = q.value(18).toLongLong();
    m.createdAt = q.value(19).toString();
    m.sentAt = q.value(20).toString();
    return m;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

bool OutboxRepository::enqueue(OutboxMessage &m, const QList<MailMessage::Attachment> &files,
                               QString *error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox(campaign_id, channel, client_id, contact_id, deal_id, template_id, "
        "address, name, subject, body, text_body, state, next_attempt_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"));
    m.createdAt = Sql::utcNow();
    if (m.nextAttemptAt.isEmpty())
        m.nextAttemptAt = m.createdAt;
    q.addBindValue(Sql::idOrNull(m.campaignId));
    q.addBindValue(m.channel);
    q.addBindValue(Sql::idOrNull(m.clientId));
    q.addBindValue(Sql::idOrNull(m.contactId));
    q.addBindValue(Sql::idOrNull(m.dealId));
    q.addBindValue(Sql::idOrNull(m.templateId));
    q.addBindValue(m.address);
    q.addBindValue(Sql::text(m.name));
    q.addBindValue(Sql::text(m.subject));
    q.addBindValue(Sql::text(m.body));
    q.addBindValue(Sql::text(m.textBody));
    q.addBindValue(m.nextAttemptAt);
    q.addBindValue(m.createdAt);
    if (!q.exec())
        return failed(q, error);
    m.id = q.lastInsertId().toLongLong();
    m.state = QStringLiteral("queued");
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_attachments(outbox_id, file_name, mime, data) VALUES (?, ?, ?, ?)"));
    for (const MailMessage::Attachment &a : files) {
        q.addBindValue(m.id);
        q.addBindValue(a.fileName);
        q.addBindValue(a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                            : a.mimeType);
        q.addBindValue(a.data);
        if (!q.exec())
            return failed(q, error);
    }
    return tx.commit(error);
}

std::optional<OutboxMessage> OutboxRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<MailMessage::Attachment> OutboxRepository::attachments(const OutboxMessage &m) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, mime, data FROM outbox_attachments "
                             "WHERE outbox_id = ? ORDER BY id"));
    q.addBindValue(m.id);
    q.exec();
    QList<MailMessage::Attachment> out;
    while (q.next())
        out << MailMessage::Attachment{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toByteArray()};
    if (!out.isEmpty() || m.templateId == 0)
        return out;
    return MessageTemplateRepository(m_db).attachments(m.templateId);
}

int OutboxRepository::recoverInterrupted(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE outbox SET state = 'unknown' WHERE state = 'sending'"))) {
        failed(q, error);
        return -1;
    }
    return q.numRowsAffected();
}

std::optional<OutboxMessage> OutboxRepository::claimNext(const QDateTime &now, qint64 campaignId,
                                                         QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND "
                             "next_attempt_at <= ? AND (? = 0 OR campaign_id = ? OR "
                             "(? = -1 AND campaign_id IS NULL)) "
                             "ORDER BY next_attempt_at, id LIMIT 1"));
    q.addBindValue(iso(now));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return claim(q.value(0).toLongLong(), error);
}

std::optional<OutboxMessage> OutboxRepository::claim(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                             "WHERE id = ? AND state = 'queued'"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Message %1 is not queued.").arg(id);
        return std::nullopt;
    }
    return load(id);
}

int OutboxRepository::retryNow(qint64 campaignId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued' AND "
                             "next_attempt_at > ? AND (? = 0 OR campaign_id = ?)"));
    const QString now = Sql::utcNow();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        failed(q, error);
        return -1;
    }
    return q.numRowsAffected();
}

bool OutboxRepository::finish(const OutboxMessage &m, const SendResult &result,
                              const QDateTime &now, QString *error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (result.sent()) {
        qint64 interactionId = 0;
        if (m.clientId != 0) {
            Interaction i;
            i.clientId = m.clientId;
            i.contactId = m.contactId;
            i.dealId = m.dealId;
            const bool email = m.channel == QLatin1String("email");
            i.type = email ? Interaction::Type::Email : Interaction::Type::Sms;
            i.occurredAt = now.toUTC();
            i.subject = email ? m.subject : QString();
            i.text = email ? m.textBody : m.body;
            i.result = tr("Sent to %1").arg(m.address);
            if (!InteractionRepository(m_db).save(i, error))
                return false;
            interactionId = i.id;
        }
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, code = ?, "
                                 "answer = ?, message_id = ?, interaction_id = ? WHERE id = ?"));
        q.addBindValue(iso(now));
        q.addBindValue(result.code);
        q.addBindValue(Sql::text(result.answer));
        q.addBindValue(Sql::text(m.messageId));
        q.addBindValue(Sql::idOrNull(interactionId));
        q.addBindValue(m.id);
    } else {
        const bool retry =
            result.outcome == SendResult::Outcome::Temporary && m.attempts < kMaxAttempts;
        q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ?, code = ?, "
                                 "answer = ? WHERE id = ?"));
        q.addBindValue(retry ? QStringLiteral("queued") : QStringLiteral("failed"));
        q.addBindValue(retry ? iso(retryAt(m.attempts, now)) : m.nextAttemptAt);
        q.addBindValue(result.code);
        q.addBindValue(Sql::text(result.answer));
        q.addBindValue(m.id);
    }
    if (!q.exec())
        return failed(q, error);
    return tx.commit(error);
}

bool OutboxRepository::resolve(qint64 id, bool wasSent, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(wasSent ? QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ? "
                                       "WHERE id = ? AND state IN ('unknown', 'failed')")
                      : QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, "
                                       "attempts = 0 WHERE id = ? AND state IN ('unknown', "
                                       "'failed', 'cancelled')"));
    q.addBindValue(Sql::utcNow());
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("Message %1 is not waiting for a decision.").arg(id);
        return false;
    }
    return true;
}

bool OutboxRepository::cancel(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state IN "
                             "('queued', 'unknown', 'failed')"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    return q.numRowsAffected() == 1;
}

QList<OutboxMessage> OutboxRepository::list(qint64 campaignId, const QString &state,
                                            int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE (? = 0 OR campaign_id = ?) AND "
                             "(? = '' OR state = ?) ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    q.addBindValue(Sql::text(state));
    q.addBindValue(Sql::text(state));
    q.addBindValue(limit);
    q.exec();
    QList<OutboxMessage> out;
    while (q.next())
        out << read(q);
    return out;
}

QHash<QString, int> OutboxRepository::counts(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE (? = 0 OR campaign_id = ?) "
                             "GROUP BY state"));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    q.exec();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QDateTime OutboxRepository::nextDue(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'queued' AND "
                             "(? = 0 OR campaign_id = ? OR (? = -1 AND campaign_id IS NULL))"));
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

QDateTime OutboxRepository::retryAt(int attempts, const QDateTime &now)
{
    static const int minutes[] = {1, 5, 15, 60, 180, 360, 720};
    const int i = qBound(0, attempts - 1, int(std::size(minutes)) - 1);
    return now.addSecs(qint64(minutes[i]) * 60);
}
