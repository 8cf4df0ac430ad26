#include "schema_v8.h"

QStringList schemaV8Statements()
{
    return {
        // The open deals now, per stage: the snapshot funnel. `weighted` is the
        // sum of amount times probability, in hundredths of a minor unit.
        QStringLiteral(R"(CREATE TABLE deal_open_totals (
            stage_id INTEGER NOT NULL,
            responsible TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            amount INTEGER NOT NULL DEFAULT 0,
            weighted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (stage_id, responsible)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO deal_open_totals SELECT stage_id, responsible, COUNT(*),
            SUM(amount), SUM(amount * probability) FROM deals WHERE status = 'open'
            GROUP BY stage_id, responsible)"),
        QStringLiteral(R"(CREATE TRIGGER deal_open_totals_insert AFTER INSERT ON deals
            WHEN new.status = 'open'
            BEGIN INSERT INTO deal_open_totals
                  VALUES (new.stage_id, new.responsible, 1, new.amount,
                  new.amount * new.probability)
                  ON CONFLICT (stage_id, responsible) DO UPDATE SET count = count + 1,
                  amount = amount + excluded.amount, weighted = weighted + excluded.weighted;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_open_totals_delete AFTER DELETE ON deals
            WHEN old.status = 'open'
            BEGIN UPDATE deal_open_totals SET count = count - 1, amount = amount - old.amount,
                  weighted = weighted - old.amount * old.probability
                  WHERE stage_id = old.stage_id AND responsible = old.responsible;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_open_totals_update
            AFTER UPDATE OF status, stage_id, amount, probability, responsible ON deals
            WHEN old.status = 'open' OR new.status = 'open'
            BEGIN UPDATE deal_open_totals SET count = count - 1, amount = amount - old.amount,
                  weighted = weighted - old.amount * old.probability
                  WHERE stage_id = old.stage_id AND responsible = old.responsible
                  AND old.status = 'open';
                  INSERT INTO deal_open_totals
                  SELECT new.stage_id, new.responsible, 1, new.amount,
                  new.amount * new.probability
                  WHERE new.status = 'open'
                  ON CONFLICT (stage_id, responsible) DO UPDATE SET count = count + 1,
                  amount = amount + excluded.amount, weighted = weighted + excluded.weighted;
            END)"),

        // The deals created per UTC day, by how far they got: the flow funnel and
        // the conversions. A period of local days reads its whole UTC days here
        // and its partial first and last day from the deals.
        QStringLiteral(R"(CREATE TABLE deal_created_totals (
            day TEXT NOT NULL,
            pipeline_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            reached_position INTEGER NOT NULL,
            responsible TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            amount INTEGER NOT NULL DEFAULT 0,
            final_amount INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, pipeline_id, status, reached_position, responsible)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO deal_created_totals SELECT substr(created_at, 1, 10),
            pipeline_id, status, reached_position, responsible, COUNT(*), SUM(amount),
            SUM(COALESCE(final_amount, amount)) FROM deals GROUP BY 1, 2, 3, 4, 5)"),
        QStringLiteral(R"(CREATE TRIGGER deal_created_totals_insert AFTER INSERT ON deals
            BEGIN INSERT INTO deal_created_totals VALUES (substr(new.created_at, 1, 10),
                  new.pipeline_id, new.status, new.reached_position, new.responsible, 1,
                  new.amount,
                  COALESCE(new.final_amount, new.amount))
                  ON CONFLICT (day, pipeline_id, status, reached_position, responsible) DO UPDATE
                  SET count = count + 1, amount = amount + excluded.amount,
                  final_amount = final_amount + excluded.final_amount;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_created_totals_delete AFTER DELETE ON deals
            BEGIN UPDATE deal_created_totals SET count = count - 1,
                  amount = amount - old.amount,
                  final_amount = final_amount - COALESCE(old.final_amount, old.amount)
                  WHERE day = substr(old.created_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND status = old.status AND reached_position = old.reached_position
                  AND responsible = old.responsible;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_created_totals_update AFTER UPDATE OF created_at,
            pipeline_id, status, reached_position, amount, final_amount, responsible ON deals
            BEGIN UPDATE deal_created_totals SET count = count - 1,
                  amount = amount - old.amount,
                  final_amount = final_amount - COALESCE(old.final_amount, old.amount)
                  WHERE day = substr(old.created_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND status = old.status AND reached_position = old.reached_position
                  AND responsible = old.responsible;
                  INSERT INTO deal_created_totals VALUES (substr(new.created_at, 1, 10),
                  new.pipeline_id, new.status, new.reached_position, new.responsible, 1,
                  new.amount,
                  COALESCE(new.final_amount, new.amount))
                  ON CONFLICT (day, pipeline_id, status, reached_position, responsible) DO UPDATE
                  SET count = count + 1, amount = amount + excluded.amount,
                  final_amount = final_amount + excluded.final_amount;
            END)"),

        // The deals won or lost per UTC day of their closing, with the days
        // from creation summed: the funnel's won and lost rows, deal efficiency
        // and the channels' revenue.
        QStringLiteral(R"(CREATE TABLE deal_closed_totals (
            day TEXT NOT NULL,
            pipeline_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            responsible TEXT NOT NULL,
            source TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            amount INTEGER NOT NULL DEFAULT 0,
            final_amount INTEGER NOT NULL DEFAULT 0,
            cycle_days REAL NOT NULL DEFAULT 0,
            PRIMARY KEY (day, pipeline_id, status, responsible, source)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO deal_closed_totals SELECT substr(closed_at, 1, 10),
            pipeline_id, status, responsible, source, COUNT(*), SUM(amount),
            SUM(COALESCE(final_amount, amount)), SUM(julianday(closed_at) - julianday(created_at))
            FROM deals WHERE status IN ('won', 'lost') AND closed_at IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5)"),
        QStringLiteral(R"(CREATE TRIGGER deal_closed_totals_insert AFTER INSERT ON deals
            WHEN new.status IN ('won', 'lost') AND new.closed_at IS NOT NULL
            BEGIN INSERT INTO deal_closed_totals VALUES (substr(new.closed_at, 1, 10),
                  new.pipeline_id, new.status, new.responsible, new.source, 1, new.amount,
                  COALESCE(new.final_amount, new.amount),
                  julianday(new.closed_at) - julianday(new.created_at))
                  ON CONFLICT (day, pipeline_id, status, responsible, source) DO UPDATE
                  SET count = count + 1, amount = amount + excluded.amount,
                  final_amount = final_amount + excluded.final_amount,
                  cycle_days = cycle_days + excluded.cycle_days;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_closed_totals_delete AFTER DELETE ON deals
            WHEN old.status IN ('won', 'lost') AND old.closed_at IS NOT NULL
            BEGIN UPDATE deal_closed_totals SET count = count - 1,
                  amount = amount - old.amount,
                  final_amount = final_amount - COALESCE(old.final_amount, old.amount),
                  cycle_days = cycle_days - (julianday(old.closed_at) - julianday(old.created_at))
                  WHERE day = substr(old.closed_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND status = old.status AND responsible = old.responsible
                  AND source = old.source;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_closed_totals_update AFTER UPDATE OF closed_at,
            created_at, pipeline_id, status, amount, final_amount, responsible, source ON deals
            BEGIN UPDATE deal_closed_totals SET count = count - 1,
                  amount = amount - old.amount,
                  final_amount = final_amount - COALESCE(old.final_amount, old.amount),
                  cycle_days = cycle_days - (julianday(old.closed_at) - julianday(old.created_at))
                  WHERE day = substr(old.closed_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND status = old.status AND responsible = old.responsible
                  AND source = old.source AND old.status IN ('won', 'lost')
                  AND old.closed_at IS NOT NULL;
                  INSERT INTO deal_closed_totals SELECT substr(new.closed_at, 1, 10),
                  new.pipeline_id, new.status, new.responsible, new.source, 1, new.amount,
                  COALESCE(new.final_amount, new.amount),
                  julianday(new.closed_at) - julianday(new.created_at)
                  WHERE new.status IN ('won', 'lost') AND new.closed_at IS NOT NULL
                  ON CONFLICT (day, pipeline_id, status, responsible, source) DO UPDATE
                  SET count = count + 1, amount = amount + excluded.amount,
                  final_amount = final_amount + excluded.final_amount,
                  cycle_days = cycle_days + excluded.cycle_days;
            END)"),

        // The deals created per UTC day by source: the channels' new deals
        // (deal_created_totals leaves the source out to stay small for the funnel).
        QStringLiteral(R"(CREATE TABLE deal_source_totals (
            day TEXT NOT NULL,
            pipeline_id INTEGER NOT NULL,
            responsible TEXT NOT NULL,
            source TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, pipeline_id, responsible, source)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO deal_source_totals SELECT substr(created_at, 1, 10),
            pipeline_id, responsible, source, COUNT(*) FROM deals GROUP BY 1, 2, 3, 4)"),
        QStringLiteral(R"(CREATE TRIGGER deal_source_totals_insert AFTER INSERT ON deals
            BEGIN INSERT INTO deal_source_totals VALUES (substr(new.created_at, 1, 10),
                  new.pipeline_id, new.responsible, new.source, 1)
                  ON CONFLICT (day, pipeline_id, responsible, source) DO UPDATE
                  SET count = count + 1;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_source_totals_delete AFTER DELETE ON deals
            BEGIN UPDATE deal_source_totals SET count = count - 1
                  WHERE day = substr(old.created_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND responsible = old.responsible AND source = old.source;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_source_totals_update AFTER UPDATE OF created_at,
            pipeline_id, responsible, source ON deals
            BEGIN UPDATE deal_source_totals SET count = count - 1
                  WHERE day = substr(old.created_at, 1, 10) AND pipeline_id = old.pipeline_id
                  AND responsible = old.responsible AND source = old.source;
                  INSERT INTO deal_source_totals VALUES (substr(new.created_at, 1, 10),
                  new.pipeline_id, new.responsible, new.source, 1)
                  ON CONFLICT (day, pipeline_id, responsible, source) DO UPDATE
                  SET count = count + 1;
            END)"),

        // New clients per UTC day by source and responsible (channels), read
        // from this index alone.
        QStringLiteral("CREATE INDEX clients_report_created ON clients(created_at, source, "
                       "responsible) WHERE archived = 0 AND merged_into IS NULL"),

        // The stays of open deals ended per UTC day, under the deal's responsible
        // now: the funnel's average time in a stage. The row's own `days` is set
        // by a trigger of schema 7 after the insert, so the update trigger sees
        // it arrive. A deal's stays move when it changes hands, and leave before
        // the deal is deleted (its history then goes by the cascade, uncounted).
        QStringLiteral(R"(CREATE TABLE deal_stay_totals (
            day TEXT NOT NULL,
            stage_id INTEGER NOT NULL,
            responsible TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            days REAL NOT NULL DEFAULT 0,
            PRIMARY KEY (day, stage_id, responsible)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO deal_stay_totals SELECT substr(h.left_at, 1, 10), h.stage_id,
            d.responsible, COUNT(*), SUM(h.days) FROM deal_stage_history h
            JOIN deals d ON d.id = h.deal_id
            WHERE h.left_at IS NOT NULL AND h.status = 'open' AND h.days IS NOT NULL
            GROUP BY 1, 2, 3)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stay_totals_insert AFTER INSERT ON deal_stage_history
            WHEN new.left_at IS NOT NULL AND new.status = 'open' AND new.days IS NOT NULL
            BEGIN INSERT INTO deal_stay_totals SELECT substr(new.left_at, 1, 10), new.stage_id,
                  responsible, 1, new.days FROM deals WHERE id = new.deal_id
                  ON CONFLICT (day, stage_id, responsible) DO UPDATE SET count = count + 1,
                  days = days + excluded.days;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stay_totals_delete AFTER DELETE ON deal_stage_history
            WHEN old.left_at IS NOT NULL AND old.status = 'open' AND old.days IS NOT NULL
            BEGIN UPDATE deal_stay_totals SET count = count - 1, days = days - old.days
                  WHERE day = substr(old.left_at, 1, 10) AND stage_id = old.stage_id
                  AND responsible = (SELECT responsible FROM deals WHERE id = old.deal_id);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stay_totals_update
            AFTER UPDATE OF left_at, stage_id, status, days ON deal_stage_history
            BEGIN UPDATE deal_stay_totals SET count = count - 1, days = days - old.days
                  WHERE day = substr(old.left_at, 1, 10) AND stage_id = old.stage_id
                  AND responsible = (SELECT responsible FROM deals WHERE id = old.deal_id)
                  AND old.left_at IS NOT NULL AND old.status = 'open' AND old.days IS NOT NULL;
                  INSERT INTO deal_stay_totals SELECT substr(new.left_at, 1, 10), new.stage_id,
                  responsible, 1, new.days FROM deals WHERE id = new.deal_id
                  AND new.left_at IS NOT NULL AND new.status = 'open' AND new.days IS NOT NULL
                  ON CONFLICT (day, stage_id, responsible) DO UPDATE SET count = count + 1,
                  days = days + excluded.days;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stay_totals_hands AFTER UPDATE OF responsible ON deals
            WHEN new.responsible <> old.responsible
            BEGIN UPDATE deal_stay_totals SET count = deal_stay_totals.count - x.n,
                  days = deal_stay_totals.days - x.d
                  FROM (SELECT substr(left_at, 1, 10) AS day, stage_id, COUNT(*) AS n,
                        SUM(days) AS d FROM deal_stage_history WHERE deal_id = new.id
                        AND left_at IS NOT NULL AND status = 'open' AND days IS NOT NULL
                        GROUP BY 1, 2) AS x
                  WHERE deal_stay_totals.day = x.day AND deal_stay_totals.stage_id = x.stage_id
                  AND deal_stay_totals.responsible = old.responsible;
                  INSERT INTO deal_stay_totals SELECT substr(left_at, 1, 10), stage_id,
                  new.responsible, COUNT(*), SUM(days) FROM deal_stage_history
                  WHERE deal_id = new.id AND left_at IS NOT NULL AND status = 'open'
                  AND days IS NOT NULL GROUP BY 1, 2
                  ON CONFLICT (day, stage_id, responsible) DO UPDATE
                  SET count = count + excluded.count, days = days + excluded.days;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER deal_stay_totals_gone BEFORE DELETE ON deals
            BEGIN UPDATE deal_stay_totals SET count = deal_stay_totals.count - x.n,
                  days = deal_stay_totals.days - x.d
                  FROM (SELECT substr(left_at, 1, 10) AS day, stage_id, COUNT(*) AS n,
                        SUM(days) AS d FROM deal_stage_history WHERE deal_id = old.id
                        AND left_at IS NOT NULL AND status = 'open' AND days IS NOT NULL
                        GROUP BY 1, 2) AS x
                  WHERE deal_stay_totals.day = x.day AND deal_stay_totals.stage_id = x.stage_id
                  AND deal_stay_totals.responsible = old.responsible;
            END)"),

        // The interactions per UTC day by type, result and who logged them: the
        // interactions report. Days that hold the start of a local week or month
        // are read from the rows.
        QStringLiteral(R"(CREATE TABLE interaction_totals (
            day TEXT NOT NULL,
            type TEXT NOT NULL,
            result TEXT NOT NULL,
            user TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, type, result, user)) WITHOUT ROWID)"),
        QStringLiteral(R"(INSERT INTO interaction_totals SELECT substr(occurred_at, 1, 10), type,
            result, user, COUNT(*) FROM interactions GROUP BY 1, 2, 3, 4)"),
        QStringLiteral(R"(CREATE TRIGGER interaction_totals_insert AFTER INSERT ON interactions
            BEGIN INSERT INTO interaction_totals
                  VALUES (substr(new.occurred_at, 1, 10), new.type, new.result, new.user, 1)
                  ON CONFLICT (day, type, result, user) DO UPDATE SET count = count + 1;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER interaction_totals_delete AFTER DELETE ON interactions
            BEGIN UPDATE interaction_totals SET count = count - 1
                  WHERE day = substr(old.occurred_at, 1, 10) AND type = old.type
                  AND result = old.result AND user = old.user;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER interaction_totals_update
            AFTER UPDATE OF occurred_at, type, result, user ON interactions
            BEGIN UPDATE interaction_totals SET count = count - 1
                  WHERE day = substr(old.occurred_at, 1, 10) AND type = old.type
                  AND result = old.result AND user = old.user;
                  INSERT INTO interaction_totals
                  VALUES (substr(new.occurred_at, 1, 10), new.type, new.result, new.user, 1)
                  ON CONFLICT (day, type, result, user) DO UPDATE SET count = count + 1;
            END)"),
    };
}
