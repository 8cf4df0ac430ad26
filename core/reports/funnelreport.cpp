#include "funnelreport.h"

#include "db/database.h"
#include "db/sql.h"
#include "deals/pipelinerepository.h"
#include "reportfilter.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

std::optional<Funnel> FunnelReport::run(const ReportFilter &filter, Funnel::Mode mode,
                                        QString *error) const
{
    PipelineRepository pipelines(m_db);
    std::optional<Pipeline> pipeline;
    if (filter.pipelineId != 0) {
        pipeline = pipelines.pipeline(filter.pipelineId);
    } else {
        const QList<Pipeline> all = pipelines.pipelines();
        if (!all.isEmpty())
            pipeline = all.first();
    }
    Funnel funnel;
    funnel.mode = mode;
    funnel.from = filter.from;
    funnel.to = filter.to;
    if (!pipeline && filter.pipelineId != 0) {
        if (error)
            *error = tr("There is no such pipeline.");
        return std::nullopt;
    }
    if (!pipeline) // a new base: no pipeline yet, nothing to count
        return funnel;
    ReportFilter f = filter;
    f.pipelineId = pipeline->id;

    funnel.pipelineId = pipeline->id;
    funnel.pipeline = pipeline->name;
    QList<Stage> stages = pipeline->stages;
    std::sort(stages.begin(), stages.end(),
              [](const Stage &a, const Stage &b) { return a.position < b.position; });
    QHash<qint64, int> indexOf; // stage id -> row
    for (const Stage &s : stages) {
        FunnelStage row;
        row.stageId = s.id;
        row.name = s.name;
        row.color = s.color;
        row.probability = s.probability;
        indexOf.insert(s.id, int(funnel.stages.size()));
        funnel.stages << row;
    }
    if (stages.isEmpty())
        return funnel;
    const int lastPosition = stages.last().position;

    QSqlQuery q(m_db.connection());
    // Narrowed by no more than the pipeline and the responsible, the whole UTC
    // days come from the totals of schema 8 and only the partial first and
    // last day from the deals.
    const bool totals = !f.narrowsDeals();
    const ReportFilter::SqlPart byDeal = f.totalsConditions();
    const ReportFilter::DaySplit split = f.daySplit();

    // The period's new deals: how far each got, grouped.
    QVariantList binds = {lastPosition};
    QString rows =
        QStringLiteral("SELECT d.status, d.reached_position AS reached, 1 AS n, d.amount AS a, "
                       "COALESCE(d.final_amount, d.amount) AS fa FROM deals d "
                       "WHERE d.created_at >= ? AND d.created_at < ?");
    QString parts;
    if (totals) {
        parts = split.unite(
            {rows, {}}, byDeal,
            {QStringLiteral(
                 "SELECT status, reached_position AS reached, count AS n, "
                 "amount AS a, final_amount AS fa FROM deal_created_totals WHERE day >= ? "
                 "AND day < ?"),
             {}},
            byDeal, &binds);
    } else {
        binds << f.beginUtc() << f.endUtc();
        parts = rows + f.dealConditions(QStringLiteral("d"), &binds);
    }
    const QString cohort =
        QStringLiteral("SELECT CASE WHEN status = 'won' THEN ? ELSE reached END, status, "
                       "SUM(n), SUM(a), SUM(fa) FROM (%1) GROUP BY 1, 2")
            .arg(parts);
    if (!Sql::run(q, cohort, binds, error))
        return std::nullopt;
    struct Group
    {
        int reached;
        qint64 count;
        qint64 amount;
    };
    QList<Group> groups;
    qint64 cohortWon = 0;
    qint64 cohortWonAmount = 0;
    qint64 cohortLost = 0;
    qint64 cohortLostAmount = 0;
    while (q.next()) {
        const QString status = q.value(1).toString();
        groups << Group{q.value(0).toInt(), q.value(2).toLongLong(), q.value(3).toLongLong()};
        if (status == QLatin1String("won")) {
            cohortWon += q.value(2).toLongLong();
            cohortWonAmount += q.value(4).toLongLong();
        } else if (status == QLatin1String("lost")) {
            cohortLost += q.value(2).toLongLong();
            cohortLostAmount += q.value(3).toLongLong();
        }
    }
    for (int i = 0; i < stages.size(); ++i) {
        FunnelStage &row = funnel.stages[i];
        qint64 amount = 0;
        for (const Group &g : groups) {
            if (g.reached >= stages.at(i).position) {
                row.reached += g.count;
                amount += g.amount;
            }
        }
        if (mode == Funnel::Mode::Flow) {
            row.count = row.reached;
            row.amount = amount;
            row.weighted = (amount * row.probability + 50) / 100;
        }
    }
    for (int i = 0; i < funnel.stages.size(); ++i) {
        FunnelStage &row = funnel.stages[i];
        const qint64 next =
            i + 1 < funnel.stages.size() ? funnel.stages.at(i + 1).reached : cohortWon;
        row.conversionToNext = ratio(next, row.reached);
        row.conversionToWon = ratio(cohortWon, row.reached);
    }

    // Time in each stage: the stays that ended in the period; the deal's own
    // filters only when asked.
    binds = {};
    rows = QStringLiteral("SELECT h.stage_id, 1 AS n, h.days FROM deal_stage_history h "
                          "WHERE h.left_at >= ? AND h.left_at < ? AND h.status = 'open' AND "
                          "h.days IS NOT NULL");
    if (totals) {
        // The edges' stays are few: their deal is looked up for its responsible.
        ReportFilter::SqlPart edgeDeal;
        if (!f.responsible.isEmpty())
            edgeDeal = {QStringLiteral(" AND EXISTS (SELECT 1 FROM deals d WHERE d.id = "
                                       "h.deal_id AND d.responsible = ?)"),
                        {f.responsible}};
        parts =
            split.unite({rows, {}}, edgeDeal,
                        {QStringLiteral("SELECT stage_id, count AS n, days FROM deal_stay_totals "
                                        "WHERE day >= ? AND day < ?"),
                         {}},
                        f.totalsConditions(false), &binds);
    } else {
        binds << f.beginUtc() << f.endUtc();
        ReportFilter dealOnly = f;
        dealOnly.pipelineId = 0;
        parts = rows + QStringLiteral(" AND EXISTS (SELECT 1 FROM deals d WHERE d.id = "
                                      "h.deal_id%1)")
                           .arg(dealOnly.dealConditions(QStringLiteral("d"), &binds));
    }
    binds << f.pipelineId;
    const QString stays =
        QStringLiteral("SELECT stage_id, SUM(days) / SUM(n) FROM (%1) WHERE stage_id IN "
                       "(SELECT id FROM stages WHERE pipeline_id = ?) GROUP BY stage_id "
                       "HAVING SUM(n) > 0")
            .arg(parts);
    if (!Sql::run(q, stays, binds, error))
        return std::nullopt;
    while (q.next())
        if (const auto it = indexOf.constFind(q.value(0).toLongLong()); it != indexOf.cend())
            funnel.stages[*it].avgDaysInStage = q.value(1).toDouble();

    if (mode == Funnel::Mode::Flow) {
        funnel.wonCount = cohortWon;
        funnel.wonAmount = cohortWonAmount;
        funnel.lostCount = cohortLost;
        funnel.lostAmount = cohortLostAmount;
        return funnel;
    }

    // Snapshot: the open deals now, from their totals or the deals_totals index.
    binds = {};
    QString open;
    if (totals) {
        const ReportFilter::SqlPart byResponsible = f.totalsConditions(false);
        binds = byResponsible.binds;
        open = QStringLiteral("SELECT stage_id, SUM(count), SUM(amount), SUM(weighted) FROM "
                              "deal_open_totals WHERE 1%1 GROUP BY stage_id")
                   .arg(byResponsible.sql);
    } else {
        open = QStringLiteral("SELECT d.stage_id, COUNT(*), SUM(d.amount), "
                              "SUM(d.amount * d.probability) FROM deals d "
                              "WHERE d.status = 'open'%1 GROUP BY d.stage_id")
                   .arg(f.dealConditions(QStringLiteral("d"), &binds));
    }
    if (!Sql::run(q, open, binds, error))
        return std::nullopt;
    while (q.next()) {
        const auto it = indexOf.constFind(q.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        FunnelStage &row = funnel.stages[*it];
        row.count = q.value(1).toLongLong();
        row.amount = q.value(2).toLongLong();
        row.weighted = (q.value(3).toLongLong() + 50) / 100;
    }
    // Won and lost: the deals closed in the period.
    binds = {};
    rows = QStringLiteral("SELECT d.status, 1 AS n, COALESCE(d.final_amount, d.amount) AS fa, "
                          "d.amount AS a FROM deals d WHERE d.status IN ('won', 'lost') AND "
                          "d.closed_at >= ? AND d.closed_at < ?");
    if (totals) {
        parts = split.unite(
            {rows, {}}, byDeal,
            {QStringLiteral("SELECT status, count AS n, final_amount AS fa, amount AS a "
                            "FROM deal_closed_totals WHERE day >= ? AND day < ?"),
             {}},
            byDeal, &binds);
    } else {
        binds << f.beginUtc() << f.endUtc();
        parts = rows + f.dealConditions(QStringLiteral("d"), &binds);
    }
    const QString closed =
        QStringLiteral("SELECT status, SUM(n), SUM(fa), SUM(a) FROM (%1) GROUP BY status")
            .arg(parts);
    if (!Sql::run(q, closed, binds, error))
        return std::nullopt;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("won")) {
            funnel.wonCount = q.value(1).toLongLong();
            funnel.wonAmount = q.value(2).toLongLong();
        } else {
            funnel.lostCount = q.value(1).toLongLong();
            funnel.lostAmount = q.value(3).toLongLong();
        }
    }
    return funnel;
}
