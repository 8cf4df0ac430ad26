#include "largebench.h"
#include "timings.h"

#include "audit/auditrepository.h"
#include "calendar/calendarrepository.h"
#include "clients/attachmentrepository.h"
#include "clients/clientcard.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "common/services.h"
#include "db/database.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "dealsbench.h"
#include "demo/demogenerator.h"
#include "demoprogress.h"
#include "interactions/interactionrepository.h"
#include "reports/clientstatsreport.h"
#include "settings/settingsrepository.h"

#include <QSqlQuery>
#include <QTextStream>
#include <QUndoStack>
#include <chrono>

namespace {
constexpr int kWarmUp = 2;
constexpr int kSamples = 20;

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// Answers nothing: the bench has no one to ask.
class SilentMessenger : public Messenger
{
protected:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        QTextStream(stderr) << "clientele-bench: " << title << ": " << text << Qt::endl;
    }
};
template <typename Work> Timings timed(Work work)
{
    return timedRuns(kWarmUp, kSamples, work);
}
} // namespace

bool LargeBench::generate(const QString &path, int clients, quint64 seed, QString *error)
{
    Database db(path);
    if (!db.open(Database::Mode::ReadWrite, error))
        return false;
    DemoGenerator::Options o;
    o.clients = clients;
    o.seed = seed;
    // A million clients gives the volumes; fewer scale them down.
    const auto scaled = [clients](qint64 perMillion) {
        return int(perMillion * clients / 1000000);
    };
    o.deals = scaled(1000000);
    o.interactions = scaled(5000000);
    o.busyClientInteractions = std::min(1000, o.interactions);
    o.historyDays = 3 * 365;
    o.dealTasksPercent = 0; // the tasks come in one lot of their own
    o.closeSpreadDays = 365;
    o.tasks = scaled(100000);
    o.events = scaled(100000);
    QTextStream err(stderr);
    return DemoGenerator(db).generate(o, demoProgress(err), error);
}

bool LargeBench::run(const QString &path, Figures *f, QString *error)
{
    Database db(path);
    if (!db.open(Database::Mode::ReadOnly, error))
        return false;
    f->clients = scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients"));
    f->deals = scalar(db, QStringLiteral("SELECT COUNT(*) FROM deals"));
    f->interactions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM interactions"));
    f->tasks = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tasks"));
    f->events = scalar(db, QStringLiteral("SELECT COUNT(*) FROM events"));

    // The card: the generator gives the first client its 1,000 interactions;
    // another base's busiest client is looked for.
    f->cardClient = scalar(db, QStringLiteral("SELECT MIN(id) FROM clients"));
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE client_id = ?"));
        q.addBindValue(f->cardClient);
        f->cardInteractions = q.exec() && q.next() ? q.value(0).toInt() : 0;
        if (f->cardInteractions < 1000 &&
            q.exec(QStringLiteral("SELECT client_id, COUNT(*) FROM interactions GROUP BY "
                                  "client_id ORDER BY 2 DESC LIMIT 1")) &&
            q.next()) {
            f->cardClient = q.value(0).toLongLong();
            f->cardInteractions = q.value(1).toInt();
        }
    }
    ClientRepository clients(db);
    InteractionRepository interactions(db);
    AttachmentRepository attachments(db);
    AuditRepository audit(db);
    SettingsRepository settings(db);
    SilentMessenger messenger;
    QUndoStack undo;
    ClientCard card(Services{db, clients, interactions, attachments, audit, settings}, &undo,
                    messenger);
    card.resize(1000, 700);
    BenchClock::time_point start = BenchClock::now();
    if (!card.openClient(f->cardClient)) {
        *error = QStringLiteral("the card of client %1 did not open").arg(f->cardClient);
        return false;
    }
    f->cardFirstMs = msSince(start);
    f->card = timed([&] { card.openClient(f->cardClient); });
    f->cardLoad = timed([&] { clients.load(f->cardClient); });
    f->cardTimeline = timed([&] { interactions.forClient(f->cardClient); });
    const DealRepository deals(db);
    f->cardDeals = timed([&] {
        deals.forClient(f->cardClient);
        ClientStatsReport(db).forClient(f->cardClient);
    });
    f->cardAudit = timed([&] { audit.forClient(f->cardClient); });

    // The board of the first pipeline, as the Deals section opens on it.
    const QList<Pipeline> pipelines = PipelineRepository(db).pipelines();
    if (pipelines.isEmpty()) {
        *error = QStringLiteral("the base %1 has no pipeline").arg(path);
        return false;
    }
    start = BenchClock::now();
    f->boardCards = DealsBench::openBoard(deals, pipelines.first(), {});
    f->boardFirstMs = msSince(start);
    f->board = timed([&] { DealsBench::openBoard(deals, pipelines.first(), {}); });
    f->sidebar = timed([&] { deals.openCount(); });

    // This month, where the generator's events, tasks and expected closes are.
    const QDate today = QDate::currentDate();
    f->month = QDate(today.year(), today.month(), 1);
    if (!CalendarBench::measureMonth(db, f->month, QDateTime::currentDateTimeUtc(), &f->calendar,
                                     error))
        return false;
    const QDateTime from(f->month, QTime(0, 0));
    const QDateTime to(f->month.addMonths(1), QTime(0, 0));
    f->monthEventsAndTasksMs = timed([&] {
        f->monthEventsAndTasks =
            int(CalendarRepository(db)
                    .items(from.toUTC(), to.toUTC(), CalendarItem::Events | CalendarItem::Tasks)
                    .size());
    });

    if (!ReportsBench::run(path, 3, &f->quarter, error) ||
        !ReportsBench::run(path, 12, &f->year, error))
        return false;
    f->peakRssMb = peakRssMb();
    return true;
}
