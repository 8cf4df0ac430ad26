#include "schema_v10.h"

QStringList schemaV10Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE client_created_totals (
            day TEXT NOT NULL,
            source TEXT NOT NULL,
            responsible TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, source, responsible)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO client_created_totals SELECT substr(created_at, 1, 10),
            source, responsible, COUNT(*) FROM clients
            WHERE archived = 0 AND merged_into IS NULL GROUP BY 1, 2, 3)"),
        QStringLiteral(R"(CREATE TRIGGER client_created_totals_insert AFTER INSERT ON clients
            WHEN new.archived = 0 AND new.merged_into IS NULL
            BEGIN INSERT INTO client_created_totals VALUES (substr(new.created_at, 1, 10),
                  new.source, new.responsible, 1)
                  ON CONFLICT (day, source, responsible) DO UPDATE SET count = count + 1;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER client_created_totals_delete AFTER DELETE ON clients
            WHEN old.archived = 0 AND old.merged_into IS NULL
            BEGIN UPDATE client_created_totals SET count = count - 1
                  WHERE day = substr(old.created_at, 1, 10) AND source = old.source
                  AND responsible = old.responsible;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER client_created_totals_update AFTER UPDATE OF created_at,
            source, responsible, archived, merged_into ON clients
            BEGIN UPDATE client_created_totals SET count = count - 1
                  WHERE day = substr(old.created_at, 1, 10) AND source = old.source
                  AND responsible = old.responsible AND old.archived = 0
                  AND old.merged_into IS NULL;
                  INSERT INTO client_created_totals SELECT substr(new.created_at, 1, 10),
                  new.source, new.responsible, 1
                  WHERE new.archived = 0 AND new.merged_into IS NULL
                  ON CONFLICT (day, source, responsible) DO UPDATE SET count = count + 1;
            END)"),
    };
}
