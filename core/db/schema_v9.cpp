#include "schema_v9.h"

QStringList schemaV9Statements()
{
    return {
        QStringLiteral("DROP TRIGGER deals_open_amount_insert"),
        QStringLiteral("DROP TRIGGER deals_open_amount_update"),
        QStringLiteral("DROP TRIGGER deals_open_amount_delete"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_insert AFTER INSERT ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = new.client_id AND +status = 'open')
                WHERE id = new.client_id; END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_update
            AFTER UPDATE OF client_id, amount, status ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = clients.id AND +status = 'open')
                WHERE id IN (old.client_id, new.client_id); END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_delete AFTER DELETE ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = old.client_id AND +status = 'open')
                WHERE id = old.client_id; END)"),
    };
}
