#include "duplicatefinder.h"

#include "db/database.h"
#include "db/sql.h"

#include <QMap>
#include <algorithm>

QList<DuplicateGroup> DuplicateFinder::find(int limit, QString *error,
                                            const std::function<bool()> &cancelled) const
{
    // Each query yields (shared value, client ids joined by commas).
    // Each query yields (shared value, client ids joined by commas). The shared
    // values are found on an index first (the IN list), then only their rows
    // are read: a million clients take seconds, not minutes.
    const QList<QPair<QString, QString>> queries = {
        {tr("phone %1"),
         QStringLiteral("SELECT f.e164, GROUP_CONCAT(DISTINCT COALESCE(f.client_id, p.client_id)) "
                        "FROM phones f LEFT JOIN contact_persons p ON p.id = f.contact_id "
                        "WHERE f.e164 IN (SELECT e164 FROM phones WHERE e164 IS NOT NULL "
                        "GROUP BY e164 HAVING COUNT(*) > 1) GROUP BY f.e164 "
                        "HAVING COUNT(DISTINCT COALESCE(f.client_id, p.client_id)) > 1")},
        {tr("e-mail %1"),
         QStringLiteral("SELECT e.address, GROUP_CONCAT(DISTINCT COALESCE(e.client_id, "
                        "p.client_id)) FROM emails e LEFT JOIN contact_persons p "
                        "ON p.id = e.contact_id WHERE e.address IN (SELECT address FROM emails "
                        "WHERE address IS NOT NULL GROUP BY address HAVING COUNT(*) > 1) "
                        "GROUP BY e.address "
                        "HAVING COUNT(DISTINCT COALESCE(e.client_id, p.client_id)) > 1")},
        {tr("INN %1"),
         QStringLiteral("SELECT l.inn, GROUP_CONCAT(DISTINCT l.client_id) FROM legal_entities l "
                        "WHERE l.inn IN (SELECT inn FROM legal_entities WHERE inn <> '' "
                        "GROUP BY inn HAVING COUNT(*) > 1) GROUP BY l.inn "
                        "HAVING COUNT(DISTINCT l.client_id) > 1")},
        {tr("name «%1»"),
         QStringLiteral("SELECT MIN(c.name), GROUP_CONCAT(c.id) FROM clients c "
                        "WHERE c.archived IN (0, 1) AND c.name_key IN (SELECT name_key "
                        "FROM clients WHERE archived IN (0, 1) AND name_key <> '' "
                        "GROUP BY name_key HAVING COUNT(*) > 1) AND c.kind = 'company' "
                        "GROUP BY c.name_key HAVING COUNT(*) > 1")},
    };
    // One group per set of clients, with every value they share. Not joined
    // transitively: A~B by phone and B~C by e-mail are two groups to look at,
    // or a shared switchboard number would chain half the base together.
    QMap<QList<qint64>, QStringList> groups;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (const auto &[reason, sql] : queries) {
        if (cancelled && cancelled())
            return {};
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        while (q.next()) {
            QList<qint64> ids;
            for (const QString &id : q.value(1).toString().split(QLatin1Char(',')))
                ids << id.toLongLong();
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            groups[ids] << reason.arg(q.value(0).toString());
        }
    }
    QList<DuplicateGroup> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.append({it.key(), it.value()});
    // Most shared values first: those are the surest duplicates.
    std::stable_sort(out.begin(), out.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return a.reasons.size() > b.reasons.size();
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}
