#include "schema_v11.h"

QStringList schemaV11Statements()
{
    return {
        QStringLiteral("DROP INDEX phones_by_client"),
        QStringLiteral("CREATE INDEX phones_by_client ON phones(client_id, position) "
                       "WHERE client_id IS NOT NULL"),
        QStringLiteral("DROP INDEX phones_by_contact"),
        QStringLiteral("CREATE INDEX phones_by_contact ON phones(contact_id, position) "
                       "WHERE contact_id IS NOT NULL"),
        QStringLiteral("DROP INDEX emails_by_client"),
        QStringLiteral("CREATE INDEX emails_by_client ON emails(client_id, position) "
                       "WHERE client_id IS NOT NULL"),
        QStringLiteral("DROP INDEX emails_by_contact"),
        QStringLiteral("CREATE INDEX emails_by_contact ON emails(contact_id, position) "
                       "WHERE contact_id IS NOT NULL"),
        QStringLiteral("DROP INDEX clients_by_parent"),
        QStringLiteral("CREATE INDEX clients_by_parent ON clients(parent_id) "
                       "WHERE parent_id IS NOT NULL"),
    };
}
