#include "reportsbench.h"

#include "calendar/calendarrepository.h"
#include "db/database.h"
#include "reports/abcreport.h"
#include "reports/channelreport.h"
#include "reports/dashboardreport.h"
#include "reports/efficiencyreport.h"
#include "reports/funnelreport.h"
#include "reports/interactionreport.h"
#include "reports/lossreport.h"
#include "reports/reportfilter.h"
#include "tasks/taskrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <chrono>
#include <functional>
#include <sqlite3.h>

namespace {
constexpr int kWarmUp = 1;
constexpr int kSamples = 5;

Timings timed(const std::function<bool()> &work, bool *ok)
{
    return timedRuns(kWarmUp, kSamples, [&] { *ok = work() && *ok; });
}

// One statement stepped to its end, the values bound as text.
bool plain(sqlite3 *db, const char *sql, const QStringList &binds)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    for (int i = 0; i < binds.size(); ++i) {
        const QByteArray value = binds.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace

bool ReportsBench::run(const QString &path, int months, Figures *f, QString *error)
{
    Database db(path);
    if (!db.open(Database::Mode::ReadOnly, error))
        return false;
    {
        QSqlQuery q(db.connection());
        for (const auto &[table, count] :
             {std::pair{"deals", &f->deals}, std::pair{"interactions", &f->interactions},
              std::pair{"clients", &f->clients}}) {
            q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
            if (q.next())
                *count = q.value(0).toLongLong();
        }
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        *error = QStringLiteral("sqlite3 cannot open %1").arg(path);
        sqlite3_close(raw);
        return false;
    }
    ReportFilter filter;
    filter.to = QDate::currentDate();
    filter.from = months > 0 ? filter.to.addMonths(-months).addDays(1)
                             : QDate(filter.to.year(), filter.to.month(), 1);
    const QStringList period = {filter.beginUtc(), filter.endUtc()};
    QString pipeline;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM pipelines ORDER BY position, id LIMIT 1"));
        if (q.next())
            pipeline = q.value(0).toString();
    }
    // A filtered funnel reads the deals, not the totals: one manager's.
    ReportFilter narrowed = filter;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT responsible FROM deals WHERE responsible <> '' LIMIT 1"));
        if (q.next())
            narrowed.responsible = q.value(0).toString();
    }
    bool ok = true;
    const auto add = [&](const char *name, const std::function<bool()> &ours, const char *floorSql,
                         const QStringList &binds) {
        Row r;
        r.name = QString::fromLatin1(name);
        r.ours = timed(ours, &ok);
        r.floor = timed([&] { return plain(raw, floorSql, binds); }, &ok);
        f->rows << r;
    };
    add("funnel, snapshot",
        [&] { return FunnelReport(db).run(filter, Funnel::Mode::Snapshot).has_value(); },
        "SELECT stage_id, COUNT(*), SUM(amount), SUM(amount * probability) FROM deals "
        "WHERE status = 'open' AND pipeline_id = ? GROUP BY stage_id",
        {pipeline});
    add("funnel, one manager",
        [&] { return FunnelReport(db).run(narrowed, Funnel::Mode::Snapshot).has_value(); },
        "SELECT stage_id, COUNT(*), SUM(amount), SUM(amount * probability) FROM deals "
        "WHERE status = 'open' AND pipeline_id = ? AND responsible = ? GROUP BY stage_id",
        {pipeline, narrowed.responsible});
    add(
        "funnel, flow",
        [&] { return FunnelReport(db).run(filter, Funnel::Mode::Flow).has_value(); },
        "SELECT reached_position, status, COUNT(*), SUM(amount) FROM deals WHERE "
        "created_at >= ? AND created_at < ? AND pipeline_id = ? GROUP BY 1, 2",
        period + QStringList{pipeline});
    add(
        "loss reasons", [&] { return LossReport(db).run(filter).has_value(); },
        "SELECT loss_reason_id, COUNT(*), SUM(amount) FROM deals WHERE closed_at >= ? AND "
        "closed_at < ? AND status = 'lost' GROUP BY 1",
        period);
    add(
        "interactions",
        [&] {
            return InteractionReport(db)
                .run(filter, InteractionStats::Bucket::Month, 30, QDateTime::currentDateTimeUtc())
                .has_value();
        },
        "SELECT type, result, user, COUNT(*) FROM interactions WHERE occurred_at >= ? AND "
        "occurred_at < ? GROUP BY 1, 2, 3",
        period);
    add(
        "efficiency", [&] { return EfficiencyReport(db).run(filter).has_value(); },
        "SELECT source, responsible, status, COUNT(*), SUM(amount) FROM deals WHERE "
        "closed_at >= ? AND closed_at < ? AND status IN ('won', 'lost') GROUP BY 1, 2, 3",
        period);
    add(
        "channels", [&] { return ChannelReport(db).run(filter).has_value(); },
        "SELECT source, COUNT(*) FROM deals WHERE created_at >= ? AND created_at < ? GROUP BY 1",
        period);
    add(
        "ABC / XYZ",
        [&] { return AbcReport(db).run(filter, ClientClasses::Thresholds()).has_value(); },
        "SELECT client_id, SUM(amount) FROM deals WHERE closed_at >= ? AND closed_at < ? AND "
        "status = 'won' GROUP BY 1",
        period);
    // The dashboard has no period: what its page reads when the Reports
    // section opens on it (open deals, this and last month's wins, the
    // month's funnel, the user's overdue tasks, today's events).
    const QString user = narrowed.responsible;
    add("dashboard",
        [&] {
            const QDate today = QDate::currentDate();
            if (!DashboardReport(db).run(today))
                return false;
            ReportFilter thisMonth;
            thisMonth.from = QDate(today.year(), today.month(), 1);
            thisMonth.to = thisMonth.from.addMonths(1).addDays(-1);
            if (!FunnelReport(db).run(thisMonth, Funnel::Mode::Snapshot))
                return false;
            TaskRepository(db).counts(user, QDateTime::currentDateTime());
            CalendarRepository(db).items(QDateTime(today, QTime(0, 0)).toUTC(),
                                         QDateTime(today.addDays(1), QTime(0, 0)).toUTC(),
                                         CalendarItem::Events);
            return true;
        },
        "SELECT COUNT(*), SUM(amount), SUM(amount * probability) FROM deals "
        "WHERE status = 'open'",
        {});
    sqlite3_close(raw);
    f->peakRssMb = peakRssMb();
    if (!ok)
        *error = QStringLiteral("a report or a floor statement failed");
    return ok;
}
