#include "segmentrepository.h"

#include "db/database.h"
#include "db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The WHERE of the clients a filter takes, with its values to bind in order.
// Only fixed fragments are joined; every value is bound.
QString clientConditions(const SegmentFilter &f, const QDate &today, QVariantList *values)
{
    QStringList where = {QStringLiteral("c.archived = 0")};
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where << QStringLiteral("c.%1 = ?").arg(QLatin1String(column));
        *values << value;
    };
    equal("region", f.region);
    equal("city", f.city);
    equal("kind", f.kind);
    equal("source", f.source);
    if (!f.importance.isEmpty()) {
        QStringList marks;
        for (const QString &level : f.importance) {
            marks << QStringLiteral("?");
            *values << level;
        }
        where << QStringLiteral("c.importance IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.tag.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT ct.client_id FROM client_tags ct JOIN tags t "
                                "ON t.id = ct.tag_id WHERE t.name = ?)");
        *values << f.tag;
    }
    if (!f.stage.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT d.client_id FROM deals d JOIN stages s ON "
                                "s.id = d.stage_id WHERE d.status = 'open' AND s.name = ? "
                                "COLLATE NOCASE)");
        *values << f.stage;
    }
    if (!f.clientIds.isEmpty()) {
        // One bound JSON array, however many were selected: no limit on variables.
        QJsonArray ids;
        for (const qint64 id : f.clientIds)
            ids.append(id);
        where << QStringLiteral("c.id IN (SELECT value FROM json_each(?))");
        *values << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    if (f.openDeal)
        where << QStringLiteral("c.id IN (SELECT client_id FROM deals WHERE status = 'open')");
    if (f.noContactDays > 0) {
        where << QStringLiteral("c.last_contact_at < ?");
        *values << QDateTime(today.addDays(-f.noContactDays), QTime(0, 0))
                       .toUTC()
                       .toString(Qt::ISODate);
    }
    return where.join(QStringLiteral(" AND "));
}
} // namespace

bool SegmentRepository::save(Segment &s, QString *error)
{
    s.name = s.name.trimmed();
    if (s.name.isEmpty()) {
        if (error)
            *error = tr("A segment needs a name.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO segments(name, filter, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET filter = excluded.filter, "
        "updated_at = excluded.updated_at RETURNING id"));
    const QString now = Sql::utcNow();
    q.addBindValue(s.name);
    q.addBindValue(Sql::text(s.filter.toText()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    s.id = q.value(0).toLongLong();
    return true;
}

QList<SegmentRepository::Segment> SegmentRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT id, name, filter FROM segments ORDER BY name"));
    QList<Segment> out;
    while (q.next()) {
        Segment s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.filter = SegmentFilter::parse(q.value(2).toString()).value_or(SegmentFilter());
        out << s;
    }
    return out;
}

std::optional<SegmentRepository::Segment> SegmentRepository::find(const QString &name) const
{
    for (const Segment &s : list())
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

std::optional<SegmentRepository::Segment> SegmentRepository::load(qint64 id) const
{
    for (const Segment &s : list())
        if (s.id == id)
            return s;
    return std::nullopt;
}

bool SegmentRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, error);
}

Audience SegmentRepository::audience(const SegmentFilter &f, const QString &channel,
                                     const QString &manager, const QDate &today) const
{
    const bool email = channel == QLatin1String("email");
    QVariantList values;
    const QString where = clientConditions(f, today, &values);
    // The first address of the channel of a client or a contact person.
    const QString clientAddress =
        email ? QStringLiteral("(SELECT address FROM emails WHERE client_id = c.id AND "
                               "address <> '' ORDER BY position, id LIMIT 1)")
              : QStringLiteral("(SELECT e164 FROM phones WHERE client_id = c.id AND "
                               "e164 <> '' ORDER BY position, id LIMIT 1)");
    const QString contactAddress =
        email ? QStringLiteral("(SELECT address FROM emails WHERE contact_id = p.id AND "
                               "address <> '' ORDER BY position, id LIMIT 1)")
              : QStringLiteral("(SELECT e164 FROM phones WHERE contact_id = p.id AND "
                               "e164 <> '' ORDER BY position, id LIMIT 1)");
    const QString optOut = email ? QStringLiteral("email_opt_out") : QStringLiteral("sms_opt_out");
    const QString month = QStringLiteral("%1").arg(today.month(), 2, 10, QLatin1Char('0'));

    QStringList parts;
    QVariantList bound;
    const QString common = QStringLiteral(
        "c.name, c.city, c.region, c.address, c.responsible, "
        "(SELECT inn FROM legal_entities WHERE client_id = c.id ORDER BY id LIMIT 1)");
    if (f.recipients != SegmentFilter::Recipients::Contacts) {
        const QString part =
            QStringLiteral("SELECT c.id, 0, %1, CASE c.kind WHEN 'person' THEN "
                           "c.first_name END, CASE c.kind WHEN 'person' THEN "
                           "c.middle_name END, CASE c.kind WHEN 'person' THEN "
                           "c.last_name END, '', c.%2, 0, %3 FROM clients c WHERE %4")
                .arg(common, optOut, clientAddress, where);
        parts << part;
        bound << values;
        if (f.birthdayThisMonth) {
            parts.last() += QStringLiteral(" AND substr(c.birthday, -5, 2) = ?");
            bound << month;
        }
    }
    if (f.recipients != SegmentFilter::Recipients::Clients) {
        const QString part =
            QStringLiteral("SELECT c.id, p.id, %1, p.first_name, p.middle_name, "
                           "p.last_name, p.position, c.%2, p.%2, %3 FROM clients c "
                           "JOIN contact_persons p ON p.client_id = c.id WHERE %4")
                .arg(common, optOut, contactAddress, where);
        parts << part;
        bound << values;
        if (f.birthdayThisMonth) {
            parts.last() += QStringLiteral(" AND substr(p.birthday, -5, 2) = ?");
            bound << month;
        }
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1, 2"));
    for (const QVariant &v : std::as_const(bound))
        q.addBindValue(v);
    Audience out;
    if (!q.exec())
        return out;
    QSet<QString> seen;
    // A company without an address of its own is reached through its
    // contact persons: it is left out for no address only if none of them is.
    qint64 currentClient = 0;
    bool reached = true;
    std::optional<Audience::Exclusion> ownNoAddress;
    auto closeClient = [&] {
        if (!reached && ownNoAddress)
            out.excluded << *ownNoAddress;
        ownNoAddress.reset();
        reached = false;
    };
    while (q.next()) {
        const qint64 clientId = q.value(0).toLongLong();
        const qint64 contactId = q.value(1).toLongLong();
        if (clientId != currentClient) {
            closeClient();
            currentClient = clientId;
        }
        const QString address = q.value(14).toString();
        Audience::Exclusion left{clientId, contactId, QString(), address};
        if (q.value(12).toBool() || q.value(13).toBool())
            left.reason = QStringLiteral("opted_out");
        else if (address.isEmpty())
            left.reason = QStringLiteral("no_address");
        else if (seen.contains(address))
            left.reason = QStringLiteral("duplicate");
        if (left.reason == QLatin1String("no_address") && contactId == 0 &&
            f.recipients == SegmentFilter::Recipients::All) {
            ownNoAddress = left;
            continue;
        }
        if (!left.reason.isEmpty()) {
            out.excluded << left;
            reached = reached || left.reason != QLatin1String("no_address");
            continue;
        }
        reached = true;
        seen.insert(address);
        RecipientData r;
        r.clientId = clientId;
        r.contactId = contactId;
        r.address = address;
        r.clientName = q.value(2).toString();
        r.city = q.value(3).toString();
        r.region = q.value(4).toString();
        r.postalAddress = q.value(5).toString();
        r.manager = q.value(6).toString().isEmpty() ? manager : q.value(6).toString();
        r.inn = q.value(7).toString();
        r.firstName = q.value(8).toString();
        r.middleName = q.value(9).toString();
        r.lastName = q.value(10).toString();
        r.position = q.value(11).toString();
        out.recipients << r;
    }
    closeClient();
    return out;
}
