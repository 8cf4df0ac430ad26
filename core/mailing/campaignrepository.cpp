#include "campaignrepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "documents/companyprofile.h"
#include "messagerenderer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

const char kColumns[] = "id, name, channel, template_id, template_name, segment_id, segment_name, "
                        "status, scheduled_at, rate_per_minute, cost, currency, created_at, "
                        "started_at, finished_at";

Campaign read(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.channel = q.value(2).toString();
    c.templateId = q.value(3).toLongLong();
    c.templateName = q.value(4).toString();
    c.segmentId = q.value(5).toLongLong();
    c.segmentName = q.value(6).toString();
    c.status = q.value(7).toString();
    c.scheduledAt = q.value(8).toString();
    c.ratePerMinute = q.value(9).toInt();
    c.cost = q.value(10).toLongLong();
    c.currency = q.value(11).toString();
    c.createdAt = q.value(12).toString();
    c.startedAt = q.value(13).toString();
    c.finishedAt = q.value(14).toString();
    return c;
}
} // namespace

bool CampaignRepository::create(Campaign &c, const MessageTemplate &t, const Audience &audience,
                                const CompanyProfile &company, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return refuse(tr("A mailing needs a name."));
    if (t.channel != c.channel)
        return refuse(tr("The template \"%1\" is for %2, the mailing for %3.")
                          .arg(t.name, t.channel, c.channel));
    if (c.ratePerMinute <= 0)
        return refuse(tr("The pace is a number of messages a minute."));
    MessageRenderer renderer(t, company);
    if (!renderer.error().isEmpty())
        return refuse(renderer.error());

    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    c.createdAt = Sql::utcNow();
    c.templateId = t.isSaved() ? t.id : 0;
    c.templateName = t.name;
    q.prepare(QStringLiteral(
        "INSERT INTO campaigns(name, channel, template_id, template_name, segment_id, "
        "segment_name, status, scheduled_at, rate_per_minute, cost, currency, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?)"));
    q.addBindValue(c.name);
    q.addBindValue(c.channel);
    q.addBindValue(Sql::idOrNull(c.templateId));
    q.addBindValue(c.templateName);
    q.addBindValue(Sql::idOrNull(c.segmentId));
    q.addBindValue(Sql::text(c.segmentName));
    q.addBindValue(Sql::nullIfEmpty(c.scheduledAt));
    q.addBindValue(c.ratePerMinute);
    q.addBindValue(c.cost);
    q.addBindValue(c.currency);
    q.addBindValue(c.createdAt);
    if (!q.exec())
        return failed(q, error);
    c.id = q.lastInsertId().toLongLong();
    c.status = QStringLiteral("scheduled");

    QSqlQuery exclude(m_db.connection());
    exclude.prepare(QStringLiteral("INSERT INTO campaign_exclusions(campaign_id, client_id, "
                                   "contact_id, reason, detail) VALUES (?, ?, ?, ?, ?)"));
    auto excluded = [&](const Audience::Exclusion &e) {
        exclude.addBindValue(c.id);
        exclude.addBindValue(Sql::idOrNull(e.clientId));
        exclude.addBindValue(Sql::idOrNull(e.contactId));
        exclude.addBindValue(e.reason);
        exclude.addBindValue(Sql::text(e.detail));
        return exclude.exec();
    };
    for (const Audience::Exclusion &e : audience.excluded)
        if (!excluded(e))
            return failed(exclude, error);

    const QString due = c.scheduledAt.isEmpty() ? c.createdAt : c.scheduledAt;
    QSqlQuery queue(m_db.connection());
    queue.prepare(QStringLiteral(
        "INSERT INTO outbox(campaign_id, channel, client_id, contact_id, template_id, address, "
        "name, subject, body, text_body, state, next_attempt_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"));
    for (const RecipientData &r : audience.recipients) {
        const RenderedMessage m = renderer.render(r);
        if (!m.isComplete()) {
            if (!excluded({r.clientId, r.contactId, QStringLiteral("incomplete"),
                           m.missing.join(QStringLiteral(", "))}))
                return failed(exclude, error);
            continue;
        }
        const QString name = QStringList{r.firstName, r.lastName}.join(QLatin1Char(' ')).trimmed();
        queue.addBindValue(c.id);
        queue.addBindValue(c.channel);
        queue.addBindValue(Sql::idOrNull(r.clientId));
        queue.addBindValue(Sql::idOrNull(r.contactId));
        queue.addBindValue(Sql::idOrNull(c.templateId));
        queue.addBindValue(r.address);
        queue.addBindValue(name.isEmpty() ? r.clientName : name);
        queue.addBindValue(Sql::text(m.subject));
        queue.addBindValue(t.isEmail() ? m.html : m.text);
        queue.addBindValue(Sql::text(t.isEmail() ? m.text : QString()));
        queue.addBindValue(due);
        queue.addBindValue(c.createdAt);
        if (!queue.exec())
            return failed(queue, error);
    }
    return tx.commit(error);
}

std::optional<Campaign> CampaignRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<Campaign> CampaignRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.exec(
        QStringLiteral("SELECT %1 FROM campaigns ORDER BY id DESC").arg(QLatin1String(kColumns)));
    QList<Campaign> out;
    while (q.next())
        out << read(q);
    return out;
}

bool CampaignRepository::setStatus(qint64 id, const QString &status, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE campaigns SET status = ?, "
        "started_at = CASE WHEN ? = 'running' THEN COALESCE(started_at, ?) ELSE started_at END, "
        "finished_at = CASE WHEN ? IN ('done', 'cancelled') THEN ? ELSE NULL END WHERE id = ?"));
    const QString now = Sql::utcNow();
    q.addBindValue(status);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(id);
    return Sql::exec(q, error);
}

QHash<QString, int> CampaignRepository::exclusions(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT reason, COUNT(*) FROM campaign_exclusions WHERE "
                             "campaign_id = ? GROUP BY reason"));
    q.addBindValue(id);
    q.exec();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}
