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
        // Flow funnel, efficiency and channels: the deals created in a period
        // with what the reports group and sum, read from the index alone.
        QStringLiteral("CREATE INDEX deals_report_created ON deals(created_at, pipeline_id, "
                       "status, stage_id, amount, source, responsible, closed_at, client_id)"),
        // Losses, efficiency and ABC: the deals closed in a period.
        QStringLiteral("CREATE INDEX deals_report_closed ON deals(closed_at, status, "
                       "pipeline_id, amount, final_amount, loss_reason_id, source, "
                       "responsible, client_id, created_at) WHERE closed_at IS NOT NULL"),
        // Time in a stage: the stays of a stage, read without the table.
        QStringLiteral("CREATE INDEX deal_stage_history_stays ON deal_stage_history(stage_id, "
                       "entered_at, left_at, deal_id)"),
    };
}
