#include "schema_v5.h"

QStringList schemaV5Statements()
{
    QStringList s = {
        // Colleagues who give and take tasks. Tasks and deals keep the name as
        // text, so a person who leaves is archived, never deleted.
        QStringLiteral(R"(CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            position TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))"),
        // SQLite cannot change a CHECK, so tasks are rebuilt to learn
        // 'in_progress'. Dues: a UTC time 'yyyy-MM-ddTHH:mm:ssZ', or a local
        // date 'yyyy-MM-dd' when all_day. A repeating task is one row per
        // occurrence: completing one creates the next of the same series_id.
        QStringLiteral(R"(CREATE TABLE tasks_v5 (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
            deal_id INTEGER REFERENCES deals(id) ON DELETE CASCADE,
            route_step_id INTEGER REFERENCES stage_route_steps(id) ON DELETE SET NULL,
            stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL,
            required INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
                ('open', 'in_progress', 'checking', 'returned', 'done', 'cancelled')),
            priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
            due_at TEXT,
            all_day INTEGER NOT NULL DEFAULT 0,
            repeat_rule TEXT NOT NULL DEFAULT '',
            series_id INTEGER,
            author TEXT NOT NULL DEFAULT '',
            executor TEXT NOT NULL DEFAULT '',
            check_required INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT,
            completed_at TEXT))"),
        QStringLiteral(R"(INSERT INTO tasks_v5 (id, title, description, client_id, deal_id,
            route_step_id, stage_id, required, status, priority, due_at, author, executor,
            check_required, created_at, updated_at, completed_at)
            SELECT id, title, description, client_id, deal_id, route_step_id, stage_id, required,
            status, priority, due_at, author, executor, check_required, created_at, created_at,
            completed_at FROM tasks)"),
        QStringLiteral("DROP TABLE tasks"),
        QStringLiteral("ALTER TABLE tasks_v5 RENAME TO tasks"),
        QStringLiteral("CREATE INDEX tasks_by_deal ON tasks(deal_id, status)"),
        QStringLiteral("CREATE INDEX tasks_by_client ON tasks(client_id, status)"),
        QStringLiteral("CREATE INDEX tasks_by_contact ON tasks(contact_id) "
                       "WHERE contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX tasks_by_due ON tasks(status, due_at)"),
        QStringLiteral("CREATE INDEX tasks_by_executor ON tasks(executor, status, due_at)"),
        QStringLiteral("CREATE INDEX tasks_by_author ON tasks(author, status)"),
        // Every step of a task: created, started, done, sent for a check,
        // accepted, returned (with the comment), cancelled, reopened, edited.
        QStringLiteral(R"(CREATE TABLE task_history (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT,
            comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX task_history_by_task ON task_history(task_id, id)"),
        // Calendar events. start_at/end_at: UTC 'yyyy-MM-ddTHH:mm:ssZ', or local
        // dates 'yyyy-MM-dd' (end exclusive) when all_day. time_zone: the IANA
        // zone the event was planned in, so that a repeating event keeps its
        // local time across a daylight-saving change. repeat_rule: an RFC 5545
        // RRULE value (FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10), empty for none.
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            start_at TEXT NOT NULL,
            end_at TEXT NOT NULL,
            all_day INTEGER NOT NULL DEFAULT 0,
            time_zone TEXT NOT NULL DEFAULT '',
            repeat_rule TEXT NOT NULL DEFAULT '',
            repeat_until TEXT,
            client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
            deal_id INTEGER REFERENCES deals(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // repeat_until: the last moment a repeating event can touch (NULL:
        // forever), so a range query reads only the events that may fall in it.
        QStringLiteral("CREATE INDEX events_by_start ON events(start_at)"),
        QStringLiteral("CREATE INDEX events_repeating ON events(repeat_until) "
                       "WHERE repeat_rule <> ''"),
        // Single events longer than two weeks, which may begin long before a
        // range and still run into it; the rest are found by their start.
        QStringLiteral("CREATE INDEX events_long ON events(end_at) WHERE repeat_rule = '' "
                       "AND julianday(end_at) - julianday(start_at) > 14"),
        QStringLiteral("CREATE INDEX events_by_client ON events(client_id) "
                       "WHERE client_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX events_by_deal ON events(deal_id) WHERE deal_id IS NOT NULL"),
        // The calendar shows birthdays ("1980-04-15" or "--04-15") and deals'
        // expected closes of a range without reading every row.
        QStringLiteral("CREATE INDEX contact_persons_by_birthday ON "
                       "contact_persons(substr(birthday, -5)) WHERE birthday IS NOT NULL"),
        QStringLiteral("CREATE INDEX deals_by_expected_close ON deals(status, expected_close) "
                       "WHERE expected_close IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE event_attendees (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact_persons(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, contact_id)))"),
        // One occurrence of a repeating event moved (new start and end) or
        // deleted, named by its original start (RECURRENCE-ID).
        QStringLiteral(R"(CREATE TABLE event_exceptions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            original_start TEXT NOT NULL,
            cancelled INTEGER NOT NULL DEFAULT 0,
            start_at TEXT,
            end_at TEXT,
            UNIQUE (event_id, original_start)))"),
        // A reminder of a task or an event: `offset_minutes` before the due
        // time or start, or at the exact `remind_at`. due_at is the next moment
        // it fires (UTC); for a repeating event, occurrence_start says which
        // occurrence that is. The state is written before the user is told,
        // so a reminder fires once: pending -> fired -> dismissed, or snoozed
        // with due_at moved on, to fire once more.
        QStringLiteral(R"(CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
            offset_minutes INTEGER,
            remind_at TEXT,
            due_at TEXT,
            occurrence_start TEXT,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'fired', 'snoozed', 'dismissed')),
            fired_at TEXT,
            missed INTEGER NOT NULL DEFAULT 0,
            CHECK ((task_id IS NULL) <> (event_id IS NULL)),
            CHECK ((offset_minutes IS NULL) <> (remind_at IS NULL))))"),
        QStringLiteral("CREATE INDEX reminders_by_due ON reminders(state, due_at)"),
        QStringLiteral("CREATE INDEX reminders_by_task ON reminders(task_id) "
                       "WHERE task_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX reminders_by_event ON reminders(event_id) "
                       "WHERE event_id IS NOT NULL"),
    };
    return s;
}
