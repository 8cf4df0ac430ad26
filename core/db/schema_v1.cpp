#include "schema_v1.h"

namespace {
const char *const kNow = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";

// The client a row of `table` belongs to, for the History tab of its card.
QString ownerExpr(const QString &table, const QString &rec)
{
    if (table == QLatin1String("clients"))
        return rec + QStringLiteral(".id");
    if (table == QLatin1String("phones") || table == QLatin1String("emails") ||
        table == QLatin1String("attachments"))
        return QStringLiteral("COALESCE(%1.client_id, (SELECT client_id FROM contact_persons "
                              "WHERE id = %1.contact_id))")
            .arg(rec);
    return rec + QStringLiteral(".client_id");
}

} // namespace

// Triggers record every changed field, addition and deletion, so no code path
// can forget the history. A client's own creation is its created_at.
QStringList auditTriggers(const QString &table, const QStringList &fields)
{
    QStringList body;
    for (const QString &f : fields) {
        body << QStringLiteral("INSERT INTO audit_log(table_name, row_id, client_id, action, "
                               "field, old_value, new_value, changed_at) "
                               "SELECT '%1', new.id, %2, 'update', '%3', old.%3, new.%3, %4 "
                               "WHERE old.%3 IS NOT new.%3;")
                    .arg(table, ownerExpr(table, QStringLiteral("new")), f, QLatin1String(kNow));
    }
    const QString update = QStringLiteral("CREATE TRIGGER %1_audit_update AFTER UPDATE ON %1 "
                                          "BEGIN %2 END")
                               .arg(table, body.join(QLatin1Char(' ')));
    const QString del =
        QStringLiteral("CREATE TRIGGER %1_audit_delete AFTER DELETE ON %1 BEGIN "
                       "INSERT INTO audit_log(table_name, row_id, client_id, action, field, "
                       "old_value, new_value, changed_at) "
                       "VALUES ('%1', old.id, %2, 'delete', NULL, %3, NULL, %4); END")
            .arg(table, ownerExpr(table, QStringLiteral("old")),
                 QStringLiteral("old.") + fields.first(), QLatin1String(kNow));
    if (table == QLatin1String("clients"))
        return {update, del};
    // Adding a phone or a contact changes the client too. Bulk loaders (demo
    // data) switch this off inside their own transaction.
    const QString ins =
        QStringLiteral("CREATE TRIGGER %1_audit_insert AFTER INSERT ON %1 WHEN (SELECT value "
                       "FROM settings WHERE key = 'audit_inserts') IS NOT '0' BEGIN "
                       "INSERT INTO audit_log(table_name, row_id, client_id, action, field, "
                       "old_value, new_value, changed_at) "
                       "VALUES ('%1', new.id, %2, 'insert', NULL, NULL, new.%3, %4); END")
            .arg(table, ownerExpr(table, QStringLiteral("new")), fields.first(),
                 QLatin1String(kNow));
    return {update, del, ins};
}

QStringList clientAuditFieldsV1()
{
    return {QStringLiteral("name"),        QStringLiteral("kind"),
            QStringLiteral("first_name"),  QStringLiteral("middle_name"),
            QStringLiteral("last_name"),   QStringLiteral("parent_id"),
            QStringLiteral("region"),      QStringLiteral("city"),
            QStringLiteral("address"),     QStringLiteral("importance"),
            QStringLiteral("source"),      QStringLiteral("responsible"),
            QStringLiteral("notes"),       QStringLiteral("email_opt_out"),
            QStringLiteral("sms_opt_out"), QStringLiteral("archived")};
}

QStringList schemaV1Statements()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY, value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            first_name TEXT, middle_name TEXT, last_name TEXT,
            parent_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
            region TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            importance TEXT NOT NULL DEFAULT '' CHECK (importance IN ('', 'A', 'B', 'C')),
            source TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            email_opt_out INTEGER NOT NULL DEFAULT 0,
            sms_opt_out INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            last_contact_at TEXT NOT NULL DEFAULT '',
            list_phone TEXT NOT NULL DEFAULT '',
            list_email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // One index per sortable column of the list, for keyset pages.
        QStringLiteral("CREATE INDEX clients_by_name ON clients(archived, name_key, id)"),
        QStringLiteral("CREATE INDEX clients_by_city ON clients(archived, city, id)"),
        QStringLiteral("CREATE INDEX clients_by_region ON clients(archived, region, id)"),
        QStringLiteral("CREATE INDEX clients_by_importance ON clients(archived, importance, id)"),
        QStringLiteral("CREATE INDEX clients_by_contact ON clients(archived, last_contact_at, id)"),
        QStringLiteral("CREATE INDEX clients_by_created ON clients(archived, created_at, id)"),
        QStringLiteral("CREATE INDEX clients_by_parent ON clients(parent_id)"),
        QStringLiteral(R"(CREATE TABLE legal_entities (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL, inn TEXT NOT NULL DEFAULT '', kpp TEXT NOT NULL DEFAULT '',
            ogrn TEXT NOT NULL DEFAULT '', bank_name TEXT NOT NULL DEFAULT '',
            bik TEXT NOT NULL DEFAULT '', bank_account TEXT NOT NULL DEFAULT '',
            corr_account TEXT NOT NULL DEFAULT '', legal_address TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX legal_entities_by_client ON legal_entities(client_id)"),
        QStringLiteral("CREATE INDEX legal_entities_by_inn ON legal_entities(inn)"),
        QStringLiteral(R"(CREATE TABLE contact_persons (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            first_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '',
            birthday TEXT, notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX contact_persons_by_client ON contact_persons(client_id)"),
        QStringLiteral(R"(CREATE TABLE phones (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE CASCADE,
            label TEXT NOT NULL DEFAULT '', raw TEXT NOT NULL, e164 TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((client_id IS NULL) <> (contact_id IS NULL))))"),
        QStringLiteral("CREATE INDEX phones_by_client ON phones(client_id, position)"),
        QStringLiteral("CREATE INDEX phones_by_contact ON phones(contact_id, position)"),
        QStringLiteral("CREATE INDEX phones_by_e164 ON phones(e164)"),
        QStringLiteral(R"(CREATE TABLE emails (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE CASCADE,
            label TEXT NOT NULL DEFAULT '', raw TEXT NOT NULL, address TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            CHECK ((client_id IS NULL) <> (contact_id IS NULL))))"),
        QStringLiteral("CREATE INDEX emails_by_client ON emails(client_id, position)"),
        QStringLiteral("CREATE INDEX emails_by_contact ON emails(contact_id, position)"),
        QStringLiteral("CREATE INDEX emails_by_address ON emails(address)"),
        QStringLiteral(R"(CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            from_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            type TEXT NOT NULL CHECK (type IN ('partner', 'competitor', 'referred_by', 'subsidiary')),
            note TEXT NOT NULL DEFAULT '',
            CHECK (from_id <> to_id), UNIQUE (from_id, to_id, type)))"),
        QStringLiteral("CREATE INDEX relations_by_to ON relations(to_id)"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE client_tags (
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (client_id, tag_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX client_tags_by_tag ON client_tags(tag_id, client_id)"),
        QStringLiteral(R"(CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE CASCADE,
            name TEXT NOT NULL, mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL,
            CHECK ((client_id IS NULL) <> (contact_id IS NULL))))"),
        QStringLiteral("CREATE INDEX attachments_by_client ON attachments(client_id)"),
        QStringLiteral("CREATE INDEX attachments_by_contact ON attachments(contact_id)"),
        QStringLiteral(R"(CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
            type TEXT NOT NULL CHECK (type IN ('call_in', 'call_out', 'meeting', 'email', 'sms', 'note')),
            occurred_at TEXT NOT NULL, duration_sec INTEGER NOT NULL DEFAULT 0,
            subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "CREATE INDEX interactions_by_client ON interactions(client_id, occurred_at)"),
        // "Last contact" is a list column: kept on the client row so it sorts by index.
        QStringLiteral(
            R"(CREATE TRIGGER interactions_last_contact_insert AFTER INSERT ON interactions
            BEGIN UPDATE clients SET last_contact_at = new.occurred_at
                  WHERE id = new.client_id AND last_contact_at < new.occurred_at; END)"),
        QStringLiteral(
            R"(CREATE TRIGGER interactions_last_contact_update AFTER UPDATE OF occurred_at, client_id ON interactions
            BEGIN UPDATE clients SET last_contact_at = COALESCE((SELECT MAX(occurred_at)
                  FROM interactions WHERE client_id = clients.id), '')
                  WHERE id IN (old.client_id, new.client_id); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER interactions_last_contact_delete AFTER DELETE ON interactions
            BEGIN UPDATE clients SET last_contact_at = COALESCE((SELECT MAX(occurred_at)
                  FROM interactions WHERE client_id = old.client_id), '')
                  WHERE id = old.client_id; END)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL, row_id INTEGER NOT NULL, client_id INTEGER,
            action TEXT NOT NULL, field TEXT, old_value, new_value,
            changed_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_by_client ON audit_log(client_id, id)"),
        // Search: `name` holds names (client, person, contacts), `body` the rest.
        // Text is lower-cased with ё→е and й→и by the indexer and the query alike.
        QStringLiteral("CREATE VIRTUAL TABLE clients_fts USING fts5(name, body, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    };
    s << auditTriggers(QStringLiteral("clients"), clientAuditFieldsV1());
    s << auditTriggers(QStringLiteral("contact_persons"),
                       {QStringLiteral("last_name"), QStringLiteral("first_name"),
                        QStringLiteral("middle_name"), QStringLiteral("position"),
                        QStringLiteral("birthday"), QStringLiteral("notes")});
    s << auditTriggers(QStringLiteral("legal_entities"),
                       {QStringLiteral("name"), QStringLiteral("inn"), QStringLiteral("kpp"),
                        QStringLiteral("ogrn"), QStringLiteral("bank_name"), QStringLiteral("bik"),
                        QStringLiteral("bank_account"), QStringLiteral("corr_account"),
                        QStringLiteral("legal_address")});
    s << auditTriggers(QStringLiteral("phones"), {QStringLiteral("raw"), QStringLiteral("label")});
    s << auditTriggers(QStringLiteral("emails"), {QStringLiteral("raw"), QStringLiteral("label")});
    s << auditTriggers(QStringLiteral("attachments"), {QStringLiteral("name")});
    return s;
}
