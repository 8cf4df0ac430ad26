#include "calendarcommands.h"

#include "cli.h"

#include "calendar/calendarrepository.h"
#include "calendar/eventrepository.h"
#include "calendar/icalendarexporter.h"
#include "calendar/icalendarimporter.h"
#include "calendar/reminderrepository.h"
#include "calendar/zonedtime.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QDateTime parseTime(const QString &text)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(ZonedTime::utcText(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const CalendarItem &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), CalendarItem::kindName(i.kind));
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("title"), i.title);
    o.insert(QStringLiteral("all_day"), i.allDay);
    o.insert(QStringLiteral("start"),
             i.allDay ? QJsonValue(i.startDate.toString(Qt::ISODate)) : timeOrNull(i.start));
    o.insert(QStringLiteral("end"),
             i.allDay ? QJsonValue(i.endDate.toString(Qt::ISODate)) : timeOrNull(i.end));
    o.insert(QStringLiteral("original_start"),
             !i.originalStart.isValid() ? QJsonValue(QJsonValue::Null)
             : i.allDay                 ? QJsonValue(i.originalStart.date().toString(Qt::ISODate))
                                        : timeOrNull(i.originalStart));
    o.insert(QStringLiteral("repeating"), i.repeating);
    o.insert(QStringLiteral("moved"), i.moved);
    o.insert(QStringLiteral("location"), i.location);
    o.insert(QStringLiteral("status"),
             i.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.status));
    o.insert(QStringLiteral("client_id"), idOrNull(i.clientId));
    o.insert(QStringLiteral("contact_id"), idOrNull(i.contactId));
    o.insert(QStringLiteral("deal_id"), idOrNull(i.dealId));
    return o;
}

QJsonObject reminderJson(const Reminder &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("task_id"), idOrNull(r.taskId));
    o.insert(QStringLiteral("event_id"), idOrNull(r.eventId));
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("remind"), r.spec.toText());
    o.insert(QStringLiteral("due_at"), timeOrNull(r.dueAt));
    o.insert(QStringLiteral("occurrence_start"), timeOrNull(r.occurrenceStart));
    o.insert(QStringLiteral("state"), Reminder::stateName(r.state));
    o.insert(QStringLiteral("missed"), r.missed);
    return o;
}
} // namespace

bool CalendarCommands::openDb(Database &db, bool write, int *code)
{
    return m_cli.openDatabase(db, write, code);
}

bool CalendarCommands::range(QDateTime *from, QDateTime *to, bool required, int *code)
{
    const bool hasFrom = m_cli.m_options.contains(QStringLiteral("from"));
    const bool hasTo = m_cli.m_options.contains(QStringLiteral("to"));
    if (!hasFrom && !hasTo && !required)
        return true;
    *from = parseTime(m_cli.option(QStringLiteral("from")));
    *to = parseTime(m_cli.option(QStringLiteral("to")));
    if (!from->isValid() || !to->isValid()) {
        *code = m_cli.usage(tr("--from and --to need dates or times such as 2026-12-01 or "
                               "2026-12-01T09:00:00Z"));
        return false;
    }
    if (*to <= *from) {
        *code = m_cli.fail(
            tr("--to (%1) must be after --from (%2)")
                .arg(m_cli.option(QStringLiteral("to")), m_cli.option(QStringLiteral("from"))));
        return false;
    }
    return true;
}

int CalendarCommands::runEvent()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub != QLatin1String("add"))
        return m_cli.usage(sub.isEmpty() ? tr("event needs add")
                                         : tr("unknown event command \"%1\"").arg(sub));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!openDb(db, true, &code))
        return code;
    return eventAdd(db);
}

int CalendarCommands::eventAdd(Database &db)
{
    Event e;
    e.title = m_cli.option(QStringLiteral("title"));
    if (e.title.trimmed().isEmpty())
        return m_cli.usage(tr("event add needs --title"));
    e.allDay = m_cli.m_options.contains(QStringLiteral("all-day"));
    const QString startText = m_cli.option(QStringLiteral("start"));
    const QString endText = m_cli.option(QStringLiteral("end"));
    if (startText.isEmpty() || (!e.allDay && endText.isEmpty()))
        return m_cli.usage(tr("event add needs --start and --end (--end may be left out with "
                              "--all-day)"));
    e.timeZone = m_cli.option(QStringLiteral("zone"));
    if (!e.timeZone.isEmpty() && !QTimeZone(e.timeZone.toUtf8()).isValid())
        return m_cli.fail(tr("the time zone \"%1\" is not known").arg(e.timeZone));
    if (e.allDay) {
        e.startDate = QDate::fromString(startText.left(10), Qt::ISODate);
        e.endDate = endText.isEmpty() ? e.startDate.addDays(1)
                                      : QDate::fromString(endText.left(10), Qt::ISODate);
        if (!e.startDate.isValid() || !e.endDate.isValid())
            return m_cli.usage(tr("--start and --end of an all-day event need dates such as "
                                  "2026-12-01"));
    } else {
        // A time without a zone is the wall-clock time of --zone (else of this computer).
        const QTimeZone zone = ZonedTime::zone(e.timeZone);
        auto read = [&](const QString &text) {
            QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            if (t.isValid() && t.timeSpec() == Qt::LocalTime)
                t = ZonedTime::fromLocal(t.date(), t.time(), zone);
            return t.toUTC();
        };
        e.start = read(startText);
        e.end = read(endText);
        if (!e.start.isValid() || !e.end.isValid())
            return m_cli.usage(tr("--start and --end need times such as 2026-12-01T09:00 or "
                                  "2026-12-01T06:00:00Z"));
    }
    e.location = m_cli.option(QStringLiteral("location"));
    e.description = m_cli.option(QStringLiteral("description"));
    bool ok = true;
    for (const auto &[name, target] : {std::pair{QStringLiteral("client"), &e.clientId},
                                       std::pair{QStringLiteral("contact"), &e.contactId},
                                       std::pair{QStringLiteral("deal"), &e.dealId}}) {
        if (!m_cli.m_options.contains(name))
            continue;
        *target = m_cli.option(name).toLongLong(&ok);
        if (!ok || *target <= 0)
            return m_cli.usage(tr("--%1 needs an id").arg(name));
    }
    for (const QString &a : m_cli.options(QStringLiteral("attendee"))) {
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0)
            return m_cli.usage(tr("--attendee needs a contact person's id"));
        e.attendees.append(id);
    }
    QString error;
    if (m_cli.m_options.contains(QStringLiteral("repeat"))) {
        const std::optional<RepeatRule> rule =
            RepeatRule::fromRrule(m_cli.option(QStringLiteral("repeat")), &error);
        if (!rule)
            return m_cli.fail(error);
        e.repeat = *rule;
    }
    std::optional<ReminderSpec> remind;
    if (m_cli.m_options.contains(QStringLiteral("remind"))) {
        remind = ReminderSpec::parse(m_cli.option(QStringLiteral("remind")), &error);
        if (!remind)
            return m_cli.fail(error);
    }
    // The event and its reminder, or neither.
    Transaction tx(db.connection());
    if (!EventRepository(db).create(e, &error))
        return m_cli.fail(error);
    if (remind &&
        !ReminderRepository(db).setForEvent(e.id, *remind, QDateTime::currentDateTimeUtc(), &error))
        return m_cli.fail(error);
    if (!tx.commit(&error))
        return m_cli.fail(error);
    m_cli.m_out << e.id << '\n';
    return Cli::Ok;
}

int CalendarCommands::runCalendar()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    static const QStringList known = {QStringLiteral("list"), QStringLiteral("export"),
                                      QStringLiteral("import")};
    if (!known.contains(sub))
        return m_cli.usage(sub.isEmpty() ? tr("calendar needs list, export or import")
                                         : tr("unknown calendar command \"%1\"").arg(sub));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!openDb(db, sub == QLatin1String("import"), &code))
        return code;
    if (sub == QLatin1String("list"))
        return calendarList(db);
    if (sub == QLatin1String("export"))
        return calendarExport(db);
    return calendarImport(db);
}

int CalendarCommands::calendarList(Database &db)
{
    QDateTime from;
    QDateTime to;
    int code = Cli::Ok;
    if (!range(&from, &to, true, &code))
        return code;
    const QList<CalendarItem> items = CalendarRepository(db).items(from, to);
    if (m_cli.json()) {
        QJsonArray out;
        for (const CalendarItem &i : items)
            out.append(itemJson(i));
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    const QLocale locale;
    for (const CalendarItem &i : items) {
        const QString when =
            i.allDay ? locale.toString(i.startDate, QLocale::ShortFormat)
                     : locale.toString(i.start.toLocalTime(), QLocale::ShortFormat) +
                           QStringLiteral(" – ") +
                           locale.toString(i.end.toLocalTime().time(), QLocale::ShortFormat);
        m_cli.m_out << when << '\t' << CalendarItem::kindName(i.kind) << '\t' << i.title << '\n';
    }
    return Cli::Ok;
}

int CalendarCommands::calendarExport(Database &db)
{
    const QString path = m_cli.option(QStringLiteral("output"));
    if (path.isEmpty())
        return m_cli.usage(tr("calendar export needs -o FILE.ics"));
    QDateTime from;
    QDateTime to;
    int code = Cli::Ok;
    if (!range(&from, &to, false, &code))
        return code;
    int events = 0;
    int tasks = 0;
    QString error;
    if (!ICalendarExporter(db).exportToFile(path, from, to, &events, &tasks, &error))
        return m_cli.fail(error);
    m_cli.m_out << tr("Exported %1 events and %2 tasks to %3").arg(events).arg(tasks).arg(path)
                << '\n';
    return Cli::Ok;
}

int CalendarCommands::calendarImport(Database &db)
{
    if (m_cli.m_positional.isEmpty())
        return m_cli.usage(tr("calendar import needs FILE.ics"));
    ICalendarImporter::Result result;
    QString error;
    if (!ICalendarImporter(db).importFile(m_cli.m_positional.first(), &result, &error))
        return m_cli.fail(error);
    m_cli.m_out
        << tr("Imported %1 new and %2 updated events").arg(result.created).arg(result.updated)
        << '\n';
    return Cli::Ok;
}

int CalendarCommands::runRemind()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub != QLatin1String("due"))
        return m_cli.usage(sub.isEmpty() ? tr("remind needs due")
                                         : tr("unknown remind command \"%1\"").arg(sub));
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (m_cli.m_options.contains(QStringLiteral("at"))) {
        at = parseTime(m_cli.option(QStringLiteral("at")));
        if (!at.isValid())
            return m_cli.usage(tr("--at needs a time such as 2026-12-01T09:00:00Z"));
    }
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!openDb(db, false, &code))
        return code;
    const QList<Reminder> due = ReminderRepository(db).due(at);
    if (m_cli.json()) {
        QJsonArray out;
        for (const Reminder &r : due)
            out.append(reminderJson(r));
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    const QLocale locale;
    for (const Reminder &r : due)
        m_cli.m_out << locale.toString(r.dueAt.toLocalTime(), QLocale::ShortFormat) << '\t'
                    << r.title << (r.missed ? tr(" (missed)") : QString()) << '\n';
    return Cli::Ok;
}
