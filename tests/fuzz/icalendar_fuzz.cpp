// libFuzzer target: the bytes as an .ics file imported into a real, migrated
// base. Each input runs inside a savepoint that is rolled back, so every input
// meets an empty calendar. Besides the sanitizers, it aborts when:
// - a refused file has no message, or left anything behind (refused whole);
// - the same file imported again creates anything or changes any event (an
//   event whose UID exists is updated, not duplicated);
// - our export of what was imported does not read back as the same events;
// - the month around an imported event cannot be laid out.

#include "calendar/eventrepository.h"
#include "calendar/icalendarexporter.h"
#include "calendar/icalendarimporter.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void check(bool ok, const char *what, const QString &detail = {})
{
    if (!ok) {
        std::fprintf(stderr, "icalendar_fuzz: %s\n%s\n", what, qPrintable(detail));
        std::abort();
    }
}

Database &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto d = std::make_unique<Database>(dir.filePath(QStringLiteral("fuzz.sqlite")));
        QString error;
        check(d->open(Database::Mode::ReadWrite, &error), "the base opens", error);
        return d;
    }();
    return *db;
}

// The events of a base that was empty: a fresh base numbers them from 1.
QList<Event> allEvents(const Database &db)
{
    QList<Event> events;
    EventRepository repository(db);
    for (qint64 id = 1; const std::optional<Event> e = repository.load(id); ++id)
        events.append(*e);
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.uid < b.uid; });
    return events;
}

QString describe(const Event &e)
{
    QStringList exceptions;
    for (const EventException &x : e.exceptions)
        exceptions << QStringLiteral("%1%2 %3-%4")
                          .arg(x.cancelled ? QStringLiteral("-") : QString(),
                               x.originalStart.toString(Qt::ISODate), x.start.toString(Qt::ISODate),
                               x.end.toString(Qt::ISODate));
    return QStringLiteral("UID %1 \"%2\" [%3] [%4] allDay %5 %6..%7 %8..%9 zone %10 rule %11 "
                          "exceptions %12")
        .arg(e.uid, e.title, e.description, e.location, QString::number(e.allDay),
             e.start.toString(Qt::ISODate), e.end.toString(Qt::ISODate),
             e.startDate.toString(Qt::ISODate), e.endDate.toString(Qt::ISODate))
        .arg(e.timeZone, e.repeat.toRrule(), exceptions.join(QLatin1Char(' ')));
}

// What the file says about an event, in the order that does not matter sorted.
bool sameEvent(Event a, Event b)
{
    auto byStart = [](const EventException &x, const EventException &y) {
        return x.originalStart < y.originalStart;
    };
    std::sort(a.exceptions.begin(), a.exceptions.end(), byStart);
    std::sort(b.exceptions.begin(), b.exceptions.end(), byStart);
    return a.uid == b.uid && a.title == b.title && a.description == b.description &&
           a.location == b.location && a.allDay == b.allDay && a.start == b.start &&
           a.end == b.end && a.startDate == b.startDate && a.endDate == b.endDate &&
           a.timeZone == b.timeZone && a.repeat == b.repeat && a.exceptions == b.exceptions;
}

void checkSame(const QList<Event> &before, const QList<Event> &after, const char *what)
{
    QString detail;
    bool same = before.size() == after.size();
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        const bool both = i < before.size() && i < after.size();
        if (both && sameEvent(before.at(i), after.at(i)))
            continue;
        same = false;
        detail += QStringLiteral("before: %1\nafter:  %2\n")
                      .arg(i < before.size() ? describe(before.at(i)) : QStringLiteral("-"),
                           i < after.size() ? describe(after.at(i)) : QStringLiteral("-"));
    }
    check(same, what, detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Database &db = database();
    QList<Event> imported;
    {
        Transaction scratch(db.connection());
        ICalendarImporter importer(db);
        ICalendarImporter::Result first;
        QString error;
        const bool ok = importer.importData(bytes, &first, &error);
        check(ok == error.isEmpty(), "an error message exactly when refused", error);
        imported = allEvents(db);
        if (!ok) {
            check(imported.isEmpty(), "a refused file leaves nothing behind", error);
            return 0;
        }
        check(!bytes.contains('\0'), "binary data is refused");
        check(first.updated == 0 && first.created == imported.size(),
              "an empty calendar: every event is created",
              QStringLiteral("%1 created, %2 updated, %3 in the base")
                  .arg(first.created)
                  .arg(first.updated)
                  .arg(imported.size()));
        for (const Event &e : imported)
            check(e.allDay ? e.endDate > e.startDate : e.end >= e.start, "the end after the start",
                  describe(e));

        ICalendarImporter::Result again;
        check(importer.importData(bytes, &again, &error), "a file read once reads again", error);
        check(again.created == 0 && again.updated == first.created,
              "read again, every event is updated, none created");
        checkSame(imported, allEvents(db), "read again, the events are as they were");

        // The month around each event, as the calendar shows it.
        EventRepository events(db);
        for (const Event &e : imported) {
            const QDateTime from =
                e.allDay ? QDateTime(e.startDate, QTime(0, 0), Qt::UTC) : e.start;
            events.occurrences(from.addDays(-15), from.addDays(15));
        }
    }
    if (imported.isEmpty())
        return 0;

    // Our own export of those events, into an empty calendar again.
    Transaction scratch(db.connection());
    ICalendarImporter importer(db);
    ICalendarImporter::Result first;
    QString error;
    check(importer.importData(bytes, &first, &error), "the file imports as before", error);
    const QByteArray exported = ICalendarExporter(db).exportRange({}, {});
    scratch.rollback();

    Transaction again(db.connection());
    ICalendarImporter::Result back;
    check(importer.importData(exported, &back, &error), "our export reads back",
          error + QLatin1Char('\n') + QString::fromUtf8(exported));
    checkSame(imported, allEvents(db), "our export reads back as the same events");
    return 0;
}
