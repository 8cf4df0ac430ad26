#include "demotasks.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "people/personrepository.h"
#include "tasks/taskrepository.h"

#include <QDateTime>
#include <random>

QStringList DemoTasks::people()
{
    // The same names as DemoDeals' managers, so their deals' tasks are theirs.
    return {QCoreApplication::translate("DemoDeals", "Anna Smirnova"),
            QCoreApplication::translate("DemoDeals", "Ivan Petrov"),
            QCoreApplication::translate("DemoDeals", "Olga Kuznetsova")};
}

bool DemoTasks::generate(const QString &user, qint64 firstClient, qint64 lastClient, quint64 seed,
                         QString *error)
{
    PersonRepository directory(m_db);
    const QStringList colleagues = people();
    const QStringList positions = {tr("Sales manager"), tr("Sales manager"), tr("Assistant")};
    for (int i = 0; i < colleagues.size(); ++i) {
        if (directory.find(colleagues.at(i)))
            continue;
        Person p;
        p.name = colleagues.at(i);
        p.position = positions.at(i);
        if (!directory.add(p, error))
            return false;
    }
    if (!directory.ensure(user, error))
        return false;
    QStringList others;
    for (const QString &name : colleagues)
        if (name.compare(user, Qt::CaseInsensitive) != 0)
            others << name;

    std::mt19937_64 engine(seed ^ 0x64656d6f7461736bULL);
    auto client = [&]() -> qint64 {
        if (lastClient < firstClient || firstClient <= 0)
            return 0;
        return firstClient + qint64(engine() % quint64(lastClient - firstClient + 1));
    };
    const QDate today = QDate::currentDate();
    auto at = [&](int days, int hour) {
        return QDateTime(today.addDays(days), QTime(hour, 0)).toUTC().toString(Qt::ISODate);
    };
    TaskRepository mine(m_db, user);
    struct Plan
    {
        const char *title;
        int days; // from today; 1000: no date
        int hour; // 0: all day
        const char *priority;
        bool toOther;
        bool check;
    };
    const Plan plans[] = {
        {QT_TR_NOOP("Call back about the invoice"), -3, 11, "high", false, false},
        {QT_TR_NOOP("Send the price list"), -1, 15, "normal", false, false},
        {QT_TR_NOOP("Prepare the proposal for the tender"), 0, 16, "high", false, false},
        {QT_TR_NOOP("Congratulate on the company's anniversary"), 0, 0, "normal", false, false},
        {QT_TR_NOOP("Meeting about the delivery terms"), 1, 10, "normal", false, false},
        {QT_TR_NOOP("Check the payment"), 3, 12, "low", false, false},
        {QT_TR_NOOP("Update the contact details"), 1000, 0, "low", false, false},
        {QT_TR_NOOP("Collect the signed contract"), 2, 14, "normal", true, true},
        {QT_TR_NOOP("Draft the commercial proposal"), 1, 17, "high", true, true},
        {QT_TR_NOOP("Book the meeting room"), 4, 9, "low", true, false},
        {QT_TR_NOOP("Reconcile the accounts"), -2, 18, "normal", true, true},
    };
    QList<qint64> ids;
    int other = 0;
    for (const Plan &p : plans) {
        Task t;
        t.title = tr(p.title);
        t.priority = QLatin1String(p.priority);
        t.clientId = client();
        if (p.days != 1000) {
            t.allDay = p.hour == 0;
            t.dueAt = t.allDay ? today.addDays(p.days).toString(Qt::ISODate) : at(p.days, p.hour);
        }
        if (p.toOther && !others.isEmpty())
            t.executor = others.at(other++ % others.size());
        t.checkRequired = p.check;
        if (!mine.create(t, error))
            return false;
        ids << t.id;
    }
    // Steps, as the people would take them.
    auto as = [&](qint64 id) {
        const std::optional<Task> t = mine.load(id);
        return TaskRepository(m_db, t ? t->executor : user);
    };
    if (!mine.start(ids.at(2), error))
        return false;
    // The proposal came back to be checked; the reconciliation is waiting for the check.
    if (!as(ids.at(8)).done(ids.at(8), error) || !as(ids.at(10)).done(ids.at(10), error))
        return false;
    // One task the user gave back, one given to the user and returned to them.
    if (!as(ids.at(7)).done(ids.at(7), error) ||
        !mine.returnTask(ids.at(7), tr("The last page is not signed; please collect it again."),
                         error))
        return false;
    if (!others.isEmpty()) {
        TaskRepository boss(m_db, others.first());
        Task given;
        given.title = tr("Add the requisites to the proposal");
        given.executor = user;
        given.checkRequired = true;
        given.clientId = client();
        given.dueAt = at(0, 13);
        if (!boss.create(given, error) || !mine.done(given.id, error) ||
            !boss.returnTask(given.id, tr("The bank details are missing."), error))
            return false;
        Task weekly;
        weekly.title = tr("Weekly sales report");
        weekly.executor = user;
        weekly.dueAt = at(int((8 - today.dayOfWeek()) % 7), 10);
        weekly.repeatRule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO");
        if (!boss.create(weekly, error))
            return false;
    }
    return true;
}

bool DemoTasks::generateMany(int count, qint64 firstClient, qint64 lastClient, int spanDays,
                             quint64 seed, QString *error)
{
    BulkStatement insert(m_db.connection(),
                         "INSERT INTO tasks(title, client_id, status, priority, due_at, all_day, "
                         "author, executor, created_at, updated_at, completed_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid()) {
        if (error)
            *error = insert.error();
        return false;
    }
    std::mt19937_64 engine(seed ^ 0x6d616e797461736bULL);
    auto below = [&engine](qint64 n) { return qint64(engine() % quint64(std::max<qint64>(1, n))); };
    const QStringList team = people();
    const QStringList titles = {
        tr("Call back about the invoice"), tr("Send the price list"),
        tr("Check the payment"),           tr("Prepare the proposal"),
        tr("Agree on the delivery date"),  tr("Update the contact details")};
    const QStringList priorities = {QStringLiteral("low"), QStringLiteral("normal"),
                                    QStringLiteral("normal"), QStringLiteral("high")};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 day = 86400;
    auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    for (int i = 0; i < count; ++i) {
        const qint64 due = now - spanDays * day + below((spanDays + 60) * day);
        const qint64 created = due - below(14 * day) - day;
        // What is long past is mostly done; a few are still open (overdue).
        const bool past = due < now - 7 * day;
        const int roll = int(below(100));
        const QString status = past ? (roll < 92   ? QStringLiteral("done")
                                       : roll < 96 ? QStringLiteral("cancelled")
                                                   : QStringLiteral("open"))
                                    : (roll < 70   ? QStringLiteral("open")
                                       : roll < 85 ? QStringLiteral("in_progress")
                                                   : QStringLiteral("done"));
        const bool allDay = below(10) == 0;
        const QString owner = team.at(int(below(team.size())));
        insert.bind(1, titles.at(int(below(titles.size()))));
        insert.bindId(2, lastClient >= firstClient && firstClient > 0
                             ? firstClient + below(lastClient - firstClient + 1)
                             : 0);
        insert.bind(3, status);
        insert.bind(4, priorities.at(int(below(priorities.size()))));
        insert.bind(
            5, allDay ? QDateTime::fromSecsSinceEpoch(due, Qt::UTC).date().toString(Qt::ISODate)
                      : iso(due));
        insert.bind(6, qint64(allDay));
        insert.bind(7, owner);
        insert.bind(8, below(4) == 0 ? team.at(int(below(team.size()))) : owner);
        insert.bind(9, iso(created));
        insert.bind(10, iso(created));
        if (status == QLatin1String("done"))
            insert.bind(11, iso(std::min(now, due + below(2 * day))));
        else
            insert.bindNull(11);
        if (!insert.exec()) {
            if (error)
                *error = insert.error();
            return false;
        }
    }
    return true;
}
