// People, the current user, the assignment workflow with its history, the
// views and their buckets around midnight and across time zones, repeating
// tasks and deal tasks that move a process deal on.
#include "catchqt.h"
#include "testclients.h"
#include "testdatabase.h"

#include "calendar/reminderrepository.h"
#include "clients/clientrepository.h"
#include "deals/dealrepository.h"
#include "deals/pipelinerepository.h"
#include "people/currentuser.h"
#include "people/personrepository.h"
#include "tasks/taskrepository.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
const QString kAnna = QStringLiteral("Анна Смирнова");
const QString kIvan = QStringLiteral("Иван Петров");
const QString kPetr = QStringLiteral("Пётр");

QStringList steps(const QList<TaskHistoryEntry> &history)
{
    QStringList out;
    for (const TaskHistoryEntry &e : history)
        out << e.actor + QLatin1Char(':') + e.action + QLatin1Char(':') + e.fromStatus +
                   QLatin1String("->") + e.toStatus;
    return out;
}

QStringList titles(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << t.title;
    return out;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}
} // namespace

TEST_CASE("People: names unique whatever their case, renamed with their tasks, archived",
          "[people]")
{
    TestDatabase t;
    PersonRepository people(t.db());
    Person anna;
    anna.name = QStringLiteral("  Анна   Смирнова ");
    anna.position = QStringLiteral("Менеджер");
    QString error;
    REQUIRE(people.add(anna, &error));
    CHECK(anna.name == kAnna);

    Person same;
    same.name = QStringLiteral("анна смирнова");
    CHECK_FALSE(people.add(same, &error));
    CHECK(error.contains(kAnna));
    Person empty;
    CHECK_FALSE(people.add(empty, &error));

    Person ivan;
    ivan.name = kIvan;
    REQUIRE(people.add(ivan));
    CHECK(people.activeNames() == QStringList{kAnna, kIvan});
    CHECK_FALSE(people.rename(ivan.id, QStringLiteral("АННА СМИРНОВА"), &error));

    // Tasks follow a renamed person.
    TaskRepository tasks(t.db(), kAnna);
    Task task;
    task.title = QStringLiteral("Позвонить");
    task.executor = kIvan;
    REQUIRE(tasks.create(task));
    REQUIRE(people.rename(ivan.id, QStringLiteral("Иван Сидоров"), &error));
    CHECK(tasks.load(task.id)->executor == QStringLiteral("Иван Сидоров"));

    REQUIRE(people.setArchived(ivan.id, true));
    CHECK(people.activeNames() == QStringList{kAnna});
    CHECK(people.list(true).size() == 2);
    CHECK(people.find(QStringLiteral("иван сидоров"))->archived);
    CHECK_FALSE(people.setArchived(999, true, &error));
    CHECK(error.contains(QStringLiteral("999")));
}

TEST_CASE("The current user: the name given, else $CLIENTELE_USER, else the setting, else the "
          "login",
          "[people]")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const QByteArray oldEnv = qgetenv("CLIENTELE_USER");
    qunsetenv("CLIENTELE_USER");
    QSettings().remove(QStringLiteral("user/name"));

    CHECK(CurrentUser::resolve() == CurrentUser::loginName());
    CurrentUser::save(kAnna);
    CHECK(CurrentUser::saved() == kAnna);
    CHECK(CurrentUser::resolve() == kAnna);
    qputenv("CLIENTELE_USER", kIvan.toUtf8());
    CHECK(CurrentUser::resolve() == kIvan);
    CHECK(CurrentUser::resolve(kPetr) == kPetr);

    // The first start offers a chosen name as it is.
    CHECK(CurrentUser::suggestion() == kIvan);

    QSettings().remove(QStringLiteral("user/name"));
    if (oldEnv.isNull())
        qunsetenv("CLIENTELE_USER");
    else
        qputenv("CLIENTELE_USER", oldEnv);
}

TEST_CASE("Without $USER the login comes from $LOGNAME, else from the system's user list",
          "[people]")
{
    const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME");
    const QByteArray username = qgetenv("USERNAME"), clientele = qgetenv("CLIENTELE_USER");
    for (const char *name : {"USER", "LOGNAME", "USERNAME", "CLIENTELE_USER"})
        qunsetenv(name);
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().remove(QStringLiteral("user/name"));

    qputenv("LOGNAME", "anna");
    CHECK(CurrentUser::loginName() == QStringLiteral("anna"));
    qunsetenv("LOGNAME");
    // The account this test runs under, from the system's user list.
    const QString account = CurrentUser::loginName();
    CHECK_FALSE(account.isEmpty());
    CHECK_FALSE(CurrentUser::suggestion().isEmpty());

    const auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("USER", user);
    restore("LOGNAME", logname);
    restore("USERNAME", username);
    restore("CLIENTELE_USER", clientele);
}

TEST_CASE("An assignment: given, done, checked, returned with a comment, done again, accepted; "
          "others refused; every step in the history",
          "[tasks]")
{
    TestDatabase t;
    TaskRepository anna(t.db(), kAnna);
    TaskRepository ivan(t.db(), kIvan);
    TaskRepository petr(t.db(), kPetr);
    QString error;

    Task task;
    task.title = QStringLiteral("Подготовить КП для ООО Ромашка");
    task.executor = kIvan;
    task.checkRequired = true;
    task.dueAt = QStringLiteral("2026-12-01T09:00:00+03:00");
    REQUIRE(anna.create(task, &error));
    CHECK(task.author == kAnna);
    CHECK(task.dueAt == QStringLiteral("2026-12-01T06:00:00Z"));

    const QDateTime now = utc("2026-11-28T10:00:00Z");
    CHECK(titles(anna.list(TaskView::Assigned, kAnna, now)) == QStringList{task.title});
    CHECK(titles(ivan.list(TaskView::Mine, kIvan, now)) == QStringList{task.title});
    CHECK(anna.list(TaskView::Mine, kAnna, now).isEmpty());

    // Neither a stranger nor the executor decides in the author's place.
    CHECK_FALSE(petr.done(task.id, &error));
    CHECK(error.contains(kIvan));
    CHECK_FALSE(petr.start(task.id, &error));
    CHECK_FALSE(ivan.cancel(task.id, &error));
    CHECK(error.contains(kAnna));
    CHECK_FALSE(ivan.accept(task.id, &error)); // not waiting for a check yet

    REQUIRE(ivan.start(task.id, &error));
    REQUIRE(ivan.done(task.id, &error));
    CHECK(ivan.load(task.id)->status == QStringLiteral("checking"));
    CHECK(ivan.load(task.id)->completedAt.isEmpty());
    CHECK(ivan.list(TaskView::Mine, kIvan, now).isEmpty());
    CHECK(titles(anna.list(TaskView::ToCheck, kAnna, now)) == QStringList{task.title});
    CHECK(anna.counts(kAnna, now).toCheck == 1);

    CHECK_FALSE(ivan.accept(task.id, &error));
    CHECK(error.contains(kAnna));
    CHECK_FALSE(ivan.returnTask(task.id, QStringLiteral("сам себе"), &error));
    CHECK_FALSE(ivan.done(task.id, &error));
    CHECK_FALSE(anna.returnTask(task.id, QStringLiteral("   "), &error));
    CHECK(error.contains(QStringLiteral("comment")));

    REQUIRE(anna.returnTask(task.id, QStringLiteral("Нет цены доставки"), &error));
    CHECK(anna.load(task.id)->status == QStringLiteral("returned"));
    CHECK(anna.list(TaskView::ToCheck, kAnna, now).isEmpty());
    const QList<Task> back = ivan.list(TaskView::Mine, kIvan, now);
    REQUIRE(back.size() == 1);
    CHECK(back.at(0).status == QStringLiteral("returned"));

    REQUIRE(ivan.done(task.id, &error));
    REQUIRE(anna.accept(task.id, &error));
    const Task finished = *anna.load(task.id);
    CHECK(finished.status == QStringLiteral("done"));
    CHECK_FALSE(finished.completedAt.isEmpty());
    CHECK(anna.list(TaskView::Assigned, kAnna, now).isEmpty());
    CHECK_FALSE(anna.accept(task.id, &error));

    const QList<TaskHistoryEntry> history = anna.history(task.id);
    CHECK(steps(history) ==
          QStringList{kAnna + QStringLiteral(":created:->open"),
                      kIvan + QStringLiteral(":started:open->in_progress"),
                      kIvan + QStringLiteral(":sent_for_check:in_progress->checking"),
                      kAnna + QStringLiteral(":returned:checking->returned"),
                      kIvan + QStringLiteral(":sent_for_check:returned->checking"),
                      kAnna + QStringLiteral(":accepted:checking->done")});
    CHECK(history.at(3).comment == QStringLiteral("Нет цены доставки"));

    // Reopened and cancelled by the author; the executor cannot cancel.
    REQUIRE(ivan.reopen(task.id, &error));
    CHECK(ivan.load(task.id)->completedAt.isEmpty());
    REQUIRE(anna.cancel(task.id, &error));
    CHECK(anna.load(task.id)->status == QStringLiteral("cancelled"));
    CHECK_FALSE(anna.start(task.id, &error));
    CHECK(anna.history(task.id).size() == 8);
}

TEST_CASE("Without a check, or done by the author, a task is done at once", "[tasks]")
{
    TestDatabase t;
    TaskRepository anna(t.db(), kAnna);
    Task own;
    own.title = QStringLiteral("Свой");
    own.checkRequired = true; // the author is the executor: nobody to check
    REQUIRE(anna.create(own));
    CHECK(own.executor == kAnna);
    REQUIRE(anna.done(own.id));
    CHECK(anna.load(own.id)->status == QStringLiteral("done"));

    Task given;
    given.title = QStringLiteral("Поручено, но сделала сама");
    given.executor = kIvan;
    given.checkRequired = true;
    REQUIRE(anna.create(given));
    REQUIRE(anna.done(given.id));
    CHECK(anna.load(given.id)->status == QStringLiteral("done"));

    Task plain;
    plain.title = QStringLiteral("Без проверки");
    plain.executor = kIvan;
    REQUIRE(anna.create(plain));
    REQUIRE(TaskRepository(t.db(), QStringLiteral("иван петров")).done(plain.id)); // any case
    CHECK(anna.load(plain.id)->status == QStringLiteral("done"));
}

TEST_CASE("A task is checked and edited field by field", "[tasks]")
{
    TestDatabase t;
    TaskRepository tasks(t.db(), kAnna);
    Task bad;
    QString error;
    CHECK_FALSE(tasks.create(bad, &error));
    bad.title = QStringLiteral("x");
    bad.priority = QStringLiteral("urgent");
    CHECK_FALSE(tasks.create(bad, &error));
    CHECK(error.contains(QStringLiteral("urgent")));
    bad.priority = QStringLiteral("high");
    bad.dueAt = QStringLiteral("завтра");
    CHECK_FALSE(tasks.create(bad, &error));
    CHECK(error.contains(QStringLiteral("завтра")));
    bad.dueAt = QStringLiteral("2026-12-31T18:30:00Z");
    bad.allDay = true;
    REQUIRE(tasks.create(bad, &error));
    CHECK(bad.dueAt == QStringLiteral("2026-12-31"));

    const qint64 client = addCompany(t.db(), QStringLiteral("ООО Ромашка"));
    Task task = *tasks.load(bad.id);
    task.title = QStringLiteral("Позвонить в Ромашку");
    task.clientId = client;
    task.executor = kIvan;
    task.allDay = false;
    task.dueAt = QStringLiteral("2026-12-30T10:00:00Z");
    REQUIRE(tasks.update(task, &error));
    const Task loaded = *tasks.load(bad.id);
    CHECK(loaded.title == QStringLiteral("Позвонить в Ромашку"));
    CHECK(loaded.clientName == QStringLiteral("ООО Ромашка"));
    CHECK(loaded.executor == kIvan);
    CHECK(loaded.priority == QStringLiteral("high"));
    CHECK_FALSE(loaded.allDay);
    CHECK(loaded.status == QStringLiteral("open"));
    const QList<TaskHistoryEntry> history = tasks.history(bad.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).action == QStringLiteral("edited"));
    CHECK(history.at(1).comment.contains(kIvan));
    CHECK(tasks.forClient(client).size() == 1);
}

TEST_CASE("My tasks in buckets around midnight and across time zones", "[tasks]")
{
    TestDatabase t;
    TaskRepository tasks(t.db(), kAnna);
    auto add = [&](const char *title, const char *due, bool allDay = false) {
        Task task;
        task.title = QLatin1String(title);
        task.dueAt = QLatin1String(due);
        task.allDay = allDay;
        REQUIRE(tasks.create(task));
    };
    add("past", "2026-11-28T20:00:00Z");            // 23:00 in Moscow
    add("moscow midnight", "2026-11-28T21:00:00Z"); // 00:00 on the 29th in Moscow
    add("all day 28", "2026-11-28", true);
    add("all day 29", "2026-11-29", true);
    add("all day 27", "2026-11-27", true);
    add("no date", "");

    const QTimeZone moscow("Europe/Moscow");
    const QTimeZone utcZone = QTimeZone::utc();
    // 23:30 in Moscow, 20:30 UTC: the same moment, two different todays.
    const QDateTime now = utc("2026-11-28T20:30:00Z");
    auto buckets = [&](const QTimeZone &zone) {
        QStringList out;
        for (const Task &task : tasks.list(TaskView::Mine, kAnna, now, zone))
            out << QString::number(int(TaskRepository::bucket(task, now, zone))) +
                       QLatin1Char(' ') + task.title;
        return out;
    };
    CHECK(buckets(moscow) ==
          QStringList{QStringLiteral("0 all day 27"), QStringLiteral("0 past"),
                      QStringLiteral("1 all day 28"), QStringLiteral("2 moscow midnight"),
                      QStringLiteral("2 all day 29"), QStringLiteral("3 no date")});
    CHECK(buckets(utcZone) ==
          QStringList{QStringLiteral("0 all day 27"), QStringLiteral("0 past"),
                      QStringLiteral("1 all day 28"), QStringLiteral("1 moscow midnight"),
                      QStringLiteral("2 all day 29"), QStringLiteral("3 no date")});
    TaskCounts expected;
    expected.overdue = 2;
    expected.today = 1;
    expected.upcoming = 2;
    expected.noDate = 1;
    CHECK(tasks.counts(kAnna, now, moscow) == expected);
    // An hour later it is the 29th in Moscow: the 28th's all-day task is overdue.
    const QDateTime later = utc("2026-11-28T22:00:00Z");
    const TaskCounts c = tasks.counts(kAnna, later, moscow);
    CHECK(c.overdue == 4);
    CHECK(c.today == 1); // all day 29
    CHECK(c.upcoming == 0);
    CHECK(tasks.counts(kAnna, later, utcZone).overdue == 3);
}

TEST_CASE("A process deal's required task moves the deal on however it is done", "[tasks]")
{
    TestDatabase t;
    PipelineRepository pipelines(t.db());
    REQUIRE(pipelines.ensureDefaults());
    const Pipeline p = pipelines.pipelines().value(0);
    QList<RouteStep> first = {{0, 0, QStringLiteral("Позвонить клиенту"), 1, true}};
    REQUIRE(pipelines.setRouteSteps(p.stages.at(0).id, first));

    DealRepository deals(t.db(), kAnna);
    Deal d;
    d.clientId = addCompany(t.db(), QStringLiteral("Nordwind GmbH"));
    d.title = QStringLiteral("Pilot");
    d.kind = Deal::Kind::Process;
    d.responsible = kIvan;
    REQUIRE(deals.create(d));

    // The route task is Ivan's, given by Anna who created the deal.
    TaskRepository ivan(t.db(), kIvan);
    const QList<Task> mine = ivan.list(TaskView::Mine, kIvan, QDateTime::currentDateTimeUtc());
    REQUIRE(mine.size() == 1);
    CHECK(mine.at(0).dealTitle == QStringLiteral("Pilot"));
    CHECK(mine.at(0).author == kAnna);
    CHECK(steps(ivan.history(mine.at(0).id)) ==
          QStringList{kAnna + QStringLiteral(":created:->open")});

    QString error;
    CHECK_FALSE(TaskRepository(t.db(), kPetr).done(mine.at(0).id, &error));
    CHECK(deals.load(d.id)->stageId == p.stages.at(0).id);
    REQUIRE(ivan.done(mine.at(0).id, &error));
    CHECK(deals.load(d.id)->stageId == p.stages.at(1).id);
    CHECK(deals.history(d.id).last().user == kIvan);
}

TEST_CASE("A deal's task with a check moves the deal on when its author accepts it", "[tasks]")
{
    TestDatabase t;
    PipelineRepository pipelines(t.db());
    REQUIRE(pipelines.ensureDefaults());
    const Pipeline p = pipelines.pipelines().value(0);
    QList<RouteStep> first = {{0, 0, QStringLiteral("Отправить договор"), 1, true}};
    REQUIRE(pipelines.setRouteSteps(p.stages.at(0).id, first));
    DealRepository deals(t.db(), kAnna);
    Deal d;
    d.clientId = addCompany(t.db(), QStringLiteral("Horizon"));
    d.title = QStringLiteral("Contract");
    d.kind = Deal::Kind::Process;
    d.responsible = kIvan;
    REQUIRE(deals.create(d));
    TaskRepository anna(t.db(), kAnna);
    Task task = anna.forDeal(d.id).at(0);
    task.checkRequired = true;
    REQUIRE(anna.update(task));

    REQUIRE(DealRepository(t.db(), kIvan).completeTask(task.id));
    CHECK(anna.load(task.id)->status == QStringLiteral("checking"));
    CHECK(deals.load(d.id)->stageId == p.stages.at(0).id);
    REQUIRE(anna.accept(task.id));
    CHECK(deals.load(d.id)->stageId == p.stages.at(1).id);
}

TEST_CASE("A repeating task: done brings the next occurrence of the series, until its count",
          "[tasks]")
{
    TestDatabase t;
    TaskRepository anna(t.db(), kAnna);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    Task task;
    task.title = QStringLiteral("Отчёт по звонкам");
    task.executor = kIvan;
    task.priority = QStringLiteral("high");
    // Monday 30 November 2026, 09:00 local; Mondays and Wednesdays, four times.
    task.dueAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), zone).toUTC().toString(Qt::ISODate);
    task.repeatRule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4");
    REQUIRE(anna.create(task));
    CHECK(task.seriesId == task.id);
    REQUIRE(ReminderRepository(t.db()).setForTask(task.id, ReminderSpec::before(15),
                                                  QDateTime(QDate(2026, 11, 1), QTime(0, 0))));

    TaskRepository ivan(t.db(), kIvan);
    QList<QDate> dues;
    qint64 id = task.id;
    for (int i = 0; i < 4; ++i) {
        const Task current = *ivan.load(id);
        dues << QDateTime::fromString(current.dueAt, Qt::ISODate).toTimeZone(zone).date();
        CHECK(QDateTime::fromString(current.dueAt, Qt::ISODate).toTimeZone(zone).time() ==
              QTime(9, 0));
        CHECK(current.executor == kIvan);
        CHECK(current.author == kAnna);
        CHECK(current.priority == QStringLiteral("high"));
        CHECK(current.seriesId == task.id);
        REQUIRE(ivan.done(id));
        const QList<Task> open =
            ivan.list(TaskView::Mine, kIvan, QDateTime(QDate(2026, 11, 1), QTime(0, 0), zone));
        if (i < 3) {
            REQUIRE(open.size() == 1);
            id = open.at(0).id;
            const std::optional<Reminder> r = ReminderRepository(t.db()).forTask(id);
            REQUIRE(r);
            CHECK(r->spec.offsetMinutes == 15);
            CHECK(r->dueAt == QDateTime::fromString(open.at(0).dueAt, Qt::ISODate).addSecs(-900));
        } else {
            CHECK(open.isEmpty()); // the count is spent
        }
    }
    CHECK(dues == QList<QDate>{QDate(2026, 11, 30), QDate(2026, 12, 2), QDate(2026, 12, 7),
                               QDate(2026, 12, 9)});

    // An all-day yearly task stays on its date.
    Task birthday;
    birthday.title = QStringLiteral("Поздравить");
    birthday.allDay = true;
    birthday.dueAt = QStringLiteral("2026-12-05");
    birthday.repeatRule = QStringLiteral("FREQ=YEARLY");
    REQUIRE(anna.create(birthday));
    REQUIRE(anna.done(birthday.id));
    const QList<Task> next =
        anna.list(TaskView::Mine, kAnna, QDateTime(QDate(2026, 11, 1), QTime(0, 0), zone));
    REQUIRE(next.size() == 1);
    CHECK(next.at(0).dueAt == QStringLiteral("2027-12-05"));
    CHECK(next.at(0).allDay);

    QString error;
    Task undated;
    undated.title = QStringLiteral("x");
    undated.repeatRule = QStringLiteral("FREQ=DAILY");
    CHECK_FALSE(anna.create(undated, &error));
    CHECK(error.contains(QStringLiteral("due")));
}
