#include "schema_v4.h"

#include "schema_v1.h"

QStringList schemaV4Statements()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE pipelines (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0))"),
        // Won and lost are states of a deal, not stages: every pipeline has them.
        QStringLiteral(R"(CREATE TABLE stages (
            id INTEGER PRIMARY KEY,
            pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
            color TEXT NOT NULL DEFAULT '',
            UNIQUE (pipeline_id, name)))"),
        QStringLiteral("CREATE INDEX stages_by_pipeline ON stages(pipeline_id, position)"),
        QStringLiteral(R"(CREATE TABLE loss_reasons (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0))"),
        // Money in minor units (kopecks); vat_percent NULL: without VAT.
        QStringLiteral(R"(CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            sku TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            price INTEGER NOT NULL DEFAULT 0,
            vat_percent INTEGER CHECK (vat_percent BETWEEN 0 AND 100),
            archived INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX products_by_name ON products(name)"),
        // stage_entered_at: "days in the stage" on a board card without a join;
        // search_key: the title folded (SearchText::fold), since
        // LIKE folds only ASCII.
        QStringLiteral(R"(CREATE TABLE deals (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            search_key TEXT NOT NULL DEFAULT '',
            pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
            stage_id INTEGER NOT NULL REFERENCES stages(id),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
            kind TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual', 'process', 'simple')),
            probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
            amount INTEGER NOT NULL DEFAULT 0,
            final_amount INTEGER,
            currency TEXT NOT NULL DEFAULT 'RUB',
            budget INTEGER,
            interest TEXT NOT NULL DEFAULT '',
            needs TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            expected_close TEXT,
            responsible TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            loss_reason_id INTEGER REFERENCES loss_reasons(id),
            loss_comment TEXT NOT NULL DEFAULT '',
            stage_entered_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT))"),
        QStringLiteral("CREATE INDEX deals_by_client ON deals(client_id, status)"),
        // A board column: the open deals of a stage, oldest in the stage first.
        QStringLiteral(
            "CREATE INDEX deals_by_stage ON deals(status, stage_id, stage_entered_at, id)"),
        QStringLiteral("CREATE INDEX deals_by_closed ON deals(status, closed_at)"),
        // The heads of the board's columns without reading the deals.
        QStringLiteral("CREATE INDEX deals_totals ON deals(status, pipeline_id, stage_id, amount, "
                       "probability)"),
        QStringLiteral("CREATE INDEX deals_by_created ON deals(created_at)"),
        // quantity in thousandths (2.5 kg = 2500), discount in hundredths of a
        // percent (5.5 % = 550); price per unit with VAT, in minor units.
        QStringLiteral(R"(CREATE TABLE deal_items (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            sku TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            price INTEGER NOT NULL CHECK (price >= 0),
            discount INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND 10000),
            vat_percent INTEGER CHECK (vat_percent BETWEEN 0 AND 100),
            position INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX deal_items_by_deal ON deal_items(deal_id, position)"),
        // One row per stay: a stage of an open deal, or its end (won, lost).
        QStringLiteral(R"(CREATE TABLE deal_stage_history (
            id INTEGER PRIMARY KEY,
            deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            stage_id INTEGER NOT NULL REFERENCES stages(id),
            status TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
            entered_at TEXT NOT NULL,
            left_at TEXT,
            user TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX deal_stage_history_by_deal ON deal_stage_history(deal_id, "
                       "entered_at)"),
        QStringLiteral("CREATE INDEX deal_stage_history_by_stage ON deal_stage_history(stage_id, "
                       "entered_at)"),
        // The route of a stage of process deals: task templates.
        QStringLiteral(R"(CREATE TABLE stage_route_steps (
            id INTEGER PRIMARY KEY,
            stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            due_days INTEGER NOT NULL DEFAULT 1 CHECK (due_days >= 0),
            required INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX stage_route_steps_by_stage ON stage_route_steps(stage_id, "
                       "position)"),
        // Tasks and assignments: issued (open), done and, with a check,
        // waiting for the author (checking), then done or returned.
        QStringLiteral(R"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            deal_id INTEGER REFERENCES deals(id) ON DELETE CASCADE,
            route_step_id INTEGER REFERENCES stage_route_steps(id) ON DELETE SET NULL,
            stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL,
            required INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'checking', 'returned', 'done', 'cancelled')),
            priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
            due_at TEXT,
            author TEXT NOT NULL DEFAULT '',
            executor TEXT NOT NULL DEFAULT '',
            check_required INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            completed_at TEXT))"),
        QStringLiteral("CREATE INDEX tasks_by_deal ON tasks(deal_id, status)"),
        QStringLiteral("CREATE INDEX tasks_by_client ON tasks(client_id, status)"),
        QStringLiteral("CREATE INDEX tasks_by_due ON tasks(status, due_at)"),
        // A deal's files are its client's too, so the CHECK of v1 still holds.
        QStringLiteral("ALTER TABLE attachments ADD COLUMN deal_id INTEGER "
                       "REFERENCES deals(id) ON DELETE CASCADE"),
        QStringLiteral("CREATE INDEX attachments_by_deal ON attachments(deal_id) "
                       "WHERE deal_id IS NOT NULL"),
        QStringLiteral("ALTER TABLE interactions ADD COLUMN deal_id INTEGER "
                       "REFERENCES deals(id) ON DELETE SET NULL"),
        QStringLiteral("CREATE INDEX interactions_by_deal ON interactions(deal_id) "
                       "WHERE deal_id IS NOT NULL"),
        // The client list's "open deals" column, kept on the row so it sorts
        // and pages by index like the others.
        QStringLiteral("ALTER TABLE clients ADD COLUMN open_deals_amount INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_insert AFTER INSERT ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = new.client_id AND status = 'open')
                WHERE id = new.client_id; END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_update
            AFTER UPDATE OF client_id, amount, status ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = clients.id AND status = 'open')
                WHERE id IN (old.client_id, new.client_id); END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_open_amount_delete AFTER DELETE ON deals
            BEGIN UPDATE clients SET open_deals_amount = (SELECT COALESCE(SUM(amount), 0)
                FROM deals WHERE client_id = old.client_id AND status = 'open')
                WHERE id = old.client_id; END)"),
        QStringLiteral("CREATE INDEX clients_by_open_deals ON clients(archived, "
                       "open_deals_amount, id)"),
        // Logo, signature and stamp of our company, for documents.
        QStringLiteral(R"(CREATE TABLE company_images (
            kind TEXT PRIMARY KEY CHECK (kind IN ('logo', 'signature', 'stamp')),
            mime TEXT NOT NULL,
            data BLOB NOT NULL))"),
        // Mustache HTML of documents; the built-in ones are resources.
        QStringLiteral(R"(CREATE TABLE document_templates (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'proposal',
            name TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (kind, name)))"),
    };
    // A deal's changes are on its client's history.
    s << auditTriggers(
        QStringLiteral("deals"),
        {QStringLiteral("title"), QStringLiteral("contact_id"), QStringLiteral("stage_id"),
         QStringLiteral("status"), QStringLiteral("kind"), QStringLiteral("probability"),
         QStringLiteral("amount"), QStringLiteral("final_amount"), QStringLiteral("currency"),
         QStringLiteral("budget"), QStringLiteral("interest"), QStringLiteral("needs"),
         QStringLiteral("source"), QStringLiteral("expected_close"), QStringLiteral("responsible"),
         QStringLiteral("notes"), QStringLiteral("loss_reason_id"),
         QStringLiteral("loss_comment")});
    return s;
}
