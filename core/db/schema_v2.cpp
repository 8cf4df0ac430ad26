#include "schema_v2.h"

#include "schema_v1.h"

QStringList schemaV2Statements()
{
    QStringList s = {
        // A client merged into another keeps its row, hidden (archived = 2), so
        // its id is never reused and the merge can be undone.
        QStringLiteral("ALTER TABLE clients ADD COLUMN merged_into INTEGER "
                       "REFERENCES clients(id) ON DELETE CASCADE"),
        QStringLiteral("CREATE INDEX clients_by_merged_into ON clients(merged_into) "
                       "WHERE merged_into IS NOT NULL"),
        // audit_mark: the last audit_log id the import wrote; a later row for
        // one of its clients means the user edited it since.
        QStringLiteral(R"(CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            format TEXT NOT NULL, file TEXT NOT NULL, tag TEXT NOT NULL,
            created INTEGER NOT NULL DEFAULT 0, merged INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0, audit_mark INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, undone_at TEXT))"),
        // `before`: the client as it was before the import merged into it (JSON).
        QStringLiteral(R"(CREATE TABLE import_batch_clients (
            batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('created', 'merged')),
            before TEXT,
            PRIMARY KEY (batch_id, client_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE client_merges (
            id INTEGER PRIMARY KEY,
            kept_id INTEGER NOT NULL, kept_before TEXT NOT NULL, merged TEXT NOT NULL,
            audit_mark INTEGER NOT NULL, created_at TEXT NOT NULL, undone_at TEXT))"),
        QStringLiteral(
            R"(CREATE TRIGGER client_tags_audit_insert AFTER INSERT ON client_tags
            WHEN (SELECT value FROM settings WHERE key = 'audit_inserts') IS NOT '0'
            BEGIN INSERT INTO audit_log(table_name, row_id, client_id, action, field,
                  old_value, new_value, changed_at)
                  VALUES ('client_tags', new.tag_id, new.client_id, 'insert', NULL, NULL,
                  (SELECT name FROM tags WHERE id = new.tag_id),
                  strftime('%Y-%m-%dT%H:%M:%SZ','now')); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER client_tags_audit_delete AFTER DELETE ON client_tags
            BEGIN INSERT INTO audit_log(table_name, row_id, client_id, action, field,
                  old_value, new_value, changed_at)
                  VALUES ('client_tags', old.tag_id, old.client_id, 'delete', NULL,
                  (SELECT name FROM tags WHERE id = old.tag_id), NULL,
                  strftime('%Y-%m-%dT%H:%M:%SZ','now')); END)"),
        // A person client's birthday ("1980-04-15" or "--04-15"), in the history too.
        QStringLiteral("ALTER TABLE clients ADD COLUMN birthday TEXT"),
        QStringLiteral("DROP TRIGGER clients_audit_update"),
        QStringLiteral("DROP TRIGGER clients_audit_delete"),
    };
    s << auditTriggers(QStringLiteral("clients"), clientAuditFieldsV1()
                                                      << QStringLiteral("birthday"));
    return s;
}
