#include "clientstatsreport.h"

#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>

std::optional<ClientStats> ClientStatsReport::forClient(qint64 clientId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    // From deals_by_client: a client's deals are few.
    if (!Sql::run(q,
                  QStringLiteral(
                      "SELECT COALESCE(SUM(status = 'won'), 0), COALESCE(SUM(status = 'lost'), 0), "
                      "COALESCE(SUM(status = 'open'), 0), "
                      "COALESCE(SUM(CASE WHEN status = 'won' THEN COALESCE(final_amount, amount) "
                      "END), 0), AVG(CASE WHEN status = 'won' THEN julianday(closed_at) - "
                      "julianday(created_at) END), "
                      "(SELECT last_contact_at FROM clients WHERE id = ?) "
                      "FROM deals WHERE client_id = ?"),
                  {clientId, clientId}, error) ||
        !q.next())
        return std::nullopt;
    ClientStats s;
    s.won = q.value(0).toLongLong();
    s.lost = q.value(1).toLongLong();
    s.open = q.value(2).toLongLong();
    s.revenue = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        s.averageCycleDays = q.value(4).toDouble();
    s.lastContactAt = q.value(5).toString();
    return s;
}
