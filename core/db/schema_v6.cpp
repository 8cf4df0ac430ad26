#include "schema_v6.h"

QStringList schemaV6Statements()
{
    return {
        // Clients had their opt-outs from the start; contact persons too now.
        QStringLiteral("ALTER TABLE contact_persons ADD COLUMN email_opt_out INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE contact_persons ADD COLUMN sms_opt_out INTEGER NOT NULL "
                       "DEFAULT 0"),
        // Mustache templates. E-mail: subject, HTML body and its plain-text
        // alternative (empty: made from the HTML). SMS: the body only.
        QStringLiteral(R"(CREATE TABLE message_templates (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
            name TEXT NOT NULL COLLATE NOCASE,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            text_body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (channel, name)))"),
        QStringLiteral(R"(CREATE TABLE template_attachments (
            id INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES message_templates(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            data BLOB NOT NULL))"),
        // A saved filter over the client base, in the text form segment add
        // takes (region=...; tag=...; no_contact_days>=30 ...).
        QStringLiteral(R"(CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            filter TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // cost: what the mailing cost, in minor units, for ROI in reports.
        QStringLiteral(R"(CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
            template_id INTEGER REFERENCES message_templates(id) ON DELETE SET NULL,
            template_name TEXT NOT NULL DEFAULT '',
            segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            segment_name TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                ('draft', 'scheduled', 'running', 'paused', 'done', 'cancelled')),
            scheduled_at TEXT,
            rate_per_minute INTEGER NOT NULL DEFAULT 60 CHECK (rate_per_minute > 0),
            cost INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'RUB',
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT))"),
        // Who a campaign left out and why (opted out, no address, a
        // duplicate address, a placeholder that would come out empty).
        QStringLiteral(R"(CREATE TABLE campaign_exclusions (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE CASCADE,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX campaign_exclusions_by_campaign ON "
                       "campaign_exclusions(campaign_id, reason)"),
        // One row per recipient and channel, rendered when it is queued, so a
        // mailing resumes exactly after a crash. A row is marked sending
        // before it goes and sent after: one found sending at start is
        // unknown, for the user to decide, never resent by itself.
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
            channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
            client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
            deal_id INTEGER REFERENCES deals(id) ON DELETE SET NULL,
            template_id INTEGER REFERENCES message_templates(id) ON DELETE SET NULL,
            address TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            text_body TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN
                ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            code INTEGER NOT NULL DEFAULT 0,
            answer TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL DEFAULT '',
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT))"),
        QStringLiteral("CREATE UNIQUE INDEX outbox_once_per_campaign ON "
                       "outbox(campaign_id, channel, address) WHERE campaign_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX outbox_by_campaign ON outbox(campaign_id, state)"),
        // Files of a single message (the proposal PDF); a campaign's come from
        // its template.
        QStringLiteral(R"(CREATE TABLE outbox_attachments (
            id INTEGER PRIMARY KEY,
            outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            data BLOB NOT NULL))"),
    };
}
