#include "schema_v7.h"

QStringList schemaV7Statements()
{
    return {
        QStringLiteral("ALTER TABLE interactions ADD COLUMN user TEXT NOT NULL DEFAULT ''"),
        // Older rows: the deal's responsible, else the client's.
        QStringLiteral(R"(UPDATE interactions SET user = COALESCE(
            NULLIF((SELECT responsible FROM deals WHERE deals.id = interactions.deal_id), ''),
            (SELECT responsible FROM clients WHERE clients.id = interactions.client_id), ''))"),
        // The interactions report: a period's rows by type, result and person.
        QStringLiteral("CREATE INDEX interactions_by_time ON interactions(occurred_at, type, "
                       "result, user, client_id)"),

        // How far a deal got: the position of the furthest stage it was ever
        // in, kept by triggers so that the funnel never reads the history.
        QStringLiteral("ALTER TABLE deals ADD COLUMN reached_position INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(UPDATE deals SET reached_position = MAX(
            (SELECT position FROM stages WHERE stages.id = deals.stage_id),
            COALESCE((SELECT MAX(s.position) FROM deal_stage_history h JOIN stages s
                      ON s.id = h.stage_id WHERE h.deal_id = deals.id), 0)))"),
        QStringLiteral(R"(CREATE TRIGGER deals_reached_insert AFTER INSERT ON deals
            BEGIN UPDATE deals SET reached_position = MAX(reached_position,
                  (SELECT position FROM stages WHERE id = new.stage_id)) WHERE id = new.id; END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_reached_move AFTER UPDATE OF stage_id ON deals
            BEGIN UPDATE deals SET reached_position = MAX(reached_position,
                  (SELECT position FROM stages WHERE id = new.stage_id)) WHERE id = new.id; END)"),
        QStringLiteral(R"(CREATE TRIGGER deals_reached_history AFTER INSERT ON deal_stage_history
            BEGIN UPDATE deals SET reached_position = MAX(reached_position,
                  (SELECT position FROM stages WHERE id = new.stage_id))
                  WHERE id = new.deal_id; END)"),
        // A stay's length in days, kept when it ends: the funnel's time in a stage.
        QStringLiteral("ALTER TABLE deal_stage_history ADD COLUMN days REAL"),
        QStringLiteral("UPDATE deal_stage_history SET days = julianday(left_at) - "
                       "julianday(entered_at) WHERE left_at IS NOT NULL"),
        QStringLiteral(R"(CREATE TRIGGER deal_stage_history_days_insert AFTER INSERT ON
            deal_stage_history WHEN new.left_at IS NOT NULL
            BEGIN UPDATE deal_stage_history SET days = julianday(new.left_at) -
                  julianday(new.entered_at) WHERE id = new.id; END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stage_history_days_update AFTER UPDATE OF left_at ON
            deal_stage_history
            BEGIN UPDATE deal_stage_history SET days = julianday(new.left_at) -
                  julianday(new.entered_at) WHERE id = new.id; END)"),

        // Flow funnel, efficiency and channels: the deals created in a period
        // with what the reports group and sum, read from the index alone.
        QStringLiteral("CREATE INDEX deals_report_created ON deals(created_at, pipeline_id, "
                       "status, reached_position, amount, final_amount, source, responsible, "
                       "closed_at, client_id)"),
        // Funnel, losses, efficiency, channels and ABC: the deals won or lost
        // in a period, read from the index alone; it serves deals_by_closed's
        // queries too.
        QStringLiteral("DROP INDEX deals_by_closed"),
        QStringLiteral("CREATE INDEX deals_report_closed ON deals(status, closed_at, "
                       "pipeline_id, amount, final_amount, loss_reason_id, source, "
                       "responsible, client_id, created_at)"),
        // Time in a stage: the stays that ended in a period, without the table.
        QStringLiteral("CREATE INDEX deal_stage_history_ended ON deal_stage_history(left_at, "
                       "stage_id, status, days, deal_id) WHERE left_at IS NOT NULL"),
    };
}
