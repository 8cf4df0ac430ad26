#include "calendarbench.h"
#include "timings.h"

#include "calendar/calendarrepository.h"
#include "calendar/clock.h"
#include "calendar/eventrepository.h"
#include "calendar/monthview.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <random>

namespace {
constexpr int kRuns = 15;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The month view's "now": the middle of the benched month.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
} // namespace

bool CalendarBench::run(int events, quint64 seed, Figures *f, QString *error)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("calendar.sqlite")));
    if (!db.open(Database::Mode::ReadWrite, error))
        return false;
    const QDate month(2030, 6, 1);
    std::mt19937_64 random(seed);
    auto pick = [&random](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random);
    };
    const QStringList titles = {QStringLiteral("Звонок клиенту"), QStringLiteral("Встреча"),
                                QStringLiteral("Презентация"), QStringLiteral("Client call"),
                                QStringLiteral("Отправить КП")};
    EventRepository repository(db);
    BenchClock::time_point start = BenchClock::now();
    {
        Transaction tx(db.connection());
        for (int i = 0; i < events; ++i) {
            Event e;
            e.title = titles.at(i % titles.size()) + QLatin1Char(' ') + QString::number(i);
            const QDate day = month.addDays(pick(0, month.daysInMonth() - 1));
            const QDateTime local(day, QTime(pick(8, 18), pick(0, 3) * 15));
            e.start = local.toUTC();
            e.end = e.start.addSecs(60 * 15 * pick(1, 8));
            if (i % 20 == 0) {
                // A series: daily for a week or weekly through the month.
                e.repeat =
                    *RepeatRule::fromRrule(i % 40 == 0 ? QStringLiteral("FREQ=DAILY;COUNT=7")
                                                       : QStringLiteral("FREQ=WEEKLY;COUNT=5"));
            }
            if (!repository.create(e, error))
                return false;
        }
        if (!tx.commit(error))
            return false;
    }
    f->writeMs = msSince(start);
    f->events = events;

    FixedClock clock(QDateTime(month.addDays(14), QTime(12, 0)).toUTC());
    if (!measureMonth(db, month, clock.now(), f, error))
        return false;
    f->peakRssMb = peakRssMb();
    return true;
}

bool CalendarBench::measureMonth(const Database &db, const QDate &month, const QDateTime &now,
                                 Figures *f, QString *error)
{
    FixedClock clock(now);
    MonthView view(db, clock);
    view.resize(1240, 820);
    const BenchClock::time_point first = BenchClock::now();
    view.setMonth(month);
    f->firstMs = msSince(first);
    f->items = int(view.items().size());
    const QDateTime from(view.firstShown(), QTime(0, 0));
    const QDateTime to = from.addDays(42);
    QList<double> query;
    QList<double> reload;
    QList<double> paint;
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < kRuns; ++run) {
        BenchClock::time_point start = BenchClock::now();
        const QList<CalendarItem> items =
            CalendarRepository(db).items(from.toUTC(), to.toUTC(), CalendarItem::AllKinds,
                                         CalendarRepository::Closes::CountedPerDay);
        query << msSince(start);
        if (items.size() != f->items) {
            *error =
                QStringLiteral("the month read %1 items, then %2").arg(f->items).arg(items.size());
            return false;
        }
        start = BenchClock::now();
        view.reload();
        reload << msSince(start);
        start = BenchClock::now();
        view.render(&image);
        paint << msSince(start);
    }
    f->queryMs = median(query);
    f->reloadMs = median(reload);
    f->paintMs = median(paint);
    f->maxPaintMs = *std::max_element(paint.begin(), paint.end());
    return true;
}
