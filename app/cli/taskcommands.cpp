#include "taskcommands.h"

#include "calendar/reminderrepository.h"
#include "calendar/reminderspec.h"
#include "cli.h"
#include "db/database.h"
#include "db/transaction.h"
#include "deals/dealrepository.h"
#include "io/taskjson.h"
#include "people/personrepository.h"
#include "tasks/taskrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
const char *bucketName(TaskBucket b)
{
    switch (b) {
    case TaskBucket::Overdue:
        return "overdue";
    case TaskBucket::Today:
        return "today";
    case TaskBucket::Upcoming:
        return "upcoming";
    case TaskBucket::NoDate:
        break;
    }
    return "no_date";
}

// "daily", "weekly"... for the common rules; anything else is RRULE text.
QString rruleFrom(const QString &text)
{
    static const QStringList words = {QStringLiteral("daily"), QStringLiteral("weekly"),
                                      QStringLiteral("monthly"), QStringLiteral("yearly")};
    if (words.contains(text.toLower()))
        return QStringLiteral("FREQ=") + text.toUpper();
    return text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive) ? text.mid(6) : text;
}
} // namespace

int TaskCommands::run()
{
    QStringList &args = m_cli.m_positional;
    static const QStringList steps = {QStringLiteral("start"),  QStringLiteral("done"),
                                      QStringLiteral("accept"), QStringLiteral("return"),
                                      QStringLiteral("cancel"), QStringLiteral("reopen")};
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const bool known = sub == QLatin1String("add") || sub == QLatin1String("list") ||
                       sub == QLatin1String("show") || steps.contains(sub);
    if (!known)
        return m_cli.usage(sub.isEmpty() ? tr("task needs add, list, show, start, done, accept, "
                                              "return, cancel or reopen")
                                         : tr("unknown task command \"%1\"").arg(sub));
    qint64 id = 0;
    if (sub != QLatin1String("add") && sub != QLatin1String("list")) {
        bool ok = false;
        id = args.value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return m_cli.usage(tr("task %1 needs a task id").arg(sub));
    }
    if (sub == QLatin1String("return") &&
        m_cli.option(QStringLiteral("comment")).trimmed().isEmpty())
        return m_cli.usage(tr("task return needs --comment C: say why it goes back"));
    const bool write = sub != QLatin1String("list") && sub != QLatin1String("show");
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!m_cli.openDatabase(db, write, &code))
        return code;
    if (sub == QLatin1String("add"))
        return add(db);
    if (sub == QLatin1String("list"))
        return list(db);
    if (sub == QLatin1String("show"))
        return show(db, id);
    return step(db, sub, id);
}

bool TaskCommands::readDue(Task &task, int *exitCode)
{
    task.allDay = m_cli.m_options.contains(QStringLiteral("all-day"));
    const QString due = m_cli.option(QStringLiteral("due")).trimmed();
    if (due.isEmpty()) {
        if (task.allDay) {
            *exitCode = m_cli.usage(tr("--all-day needs --due DATE"));
            return false;
        }
        return true;
    }
    // A date alone is an all-day due; a time without a zone is local.
    const QDate date = QDate::fromString(due, Qt::ISODate);
    if (date.isValid() && due.size() == 10) {
        task.allDay = true;
        task.dueAt = date.toString(Qt::ISODate);
        return true;
    }
    const QDateTime at = QDateTime::fromString(due, Qt::ISODate);
    if (!at.isValid()) {
        *exitCode = m_cli.usage(
            tr("--due needs a date such as 2026-12-31 or a time such as 2026-12-31T10:00"));
        return false;
    }
    task.dueAt = task.allDay ? at.date().toString(Qt::ISODate) : at.toUTC().toString(Qt::ISODate);
    return true;
}

int TaskCommands::add(Database &db)
{
    Task t;
    t.title = m_cli.option(QStringLiteral("title"));
    if (t.title.trimmed().isEmpty())
        return m_cli.usage(tr("task add needs --title"));
    t.description = m_cli.option(QStringLiteral("description"));
    t.priority = m_cli.option(QStringLiteral("priority"), QStringLiteral("normal"));
    if (!TaskRepository::priorities().contains(t.priority))
        return m_cli.usage(tr("--priority must be low, normal or high"));
    int code = Cli::Ok;
    if (!readDue(t, &code))
        return code;
    const struct
    {
        const char *option;
        qint64 *id;
    } links[] = {{"client", &t.clientId}, {"contact", &t.contactId}, {"deal", &t.dealId}};
    for (const auto &link : links) {
        const QString name = QLatin1String(link.option);
        if (!m_cli.m_options.contains(name))
            continue;
        bool ok = false;
        *link.id = m_cli.option(name).toLongLong(&ok);
        if (!ok || *link.id <= 0)
            return m_cli.usage(tr("--%1 needs an id").arg(name));
    }
    const QString user = m_cli.user();
    if (t.dealId) {
        const std::optional<Deal> deal = DealRepository(db, user).load(t.dealId);
        if (!deal)
            return m_cli.fail(tr("there is no deal with id %1").arg(t.dealId));
        if (!t.clientId)
            t.clientId = deal->clientId;
    }
    if (t.clientId) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"));
        q.addBindValue(t.clientId);
        if (!q.exec() || !q.next())
            return m_cli.fail(tr("there is no client with id %1").arg(t.clientId));
    }
    if (t.contactId) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT client_id FROM contact_persons WHERE id = ?"));
        q.addBindValue(t.contactId);
        if (!q.exec() || !q.next())
            return m_cli.fail(tr("there is no contact person with id %1").arg(t.contactId));
        if (!t.clientId)
            t.clientId = q.value(0).toLongLong();
    }
    // The executor is someone of the directory (its spelling), or the user.
    if (m_cli.m_options.contains(QStringLiteral("executor"))) {
        const QString name = m_cli.option(QStringLiteral("executor")).simplified();
        PersonRepository people(db);
        if (const std::optional<Person> p = people.find(name)) {
            if (p->archived)
                return m_cli.fail(tr("%1 is archived and takes no new tasks").arg(p->name));
            t.executor = p->name;
        } else if (name.compare(user, Qt::CaseInsensitive) == 0) {
            t.executor = user;
        } else {
            return m_cli.fail(tr("there is no person \"%1\"; the people are: %2 (add one with "
                                 "person add NAME)")
                                  .arg(name, people.activeNames().join(QStringLiteral(", "))));
        }
    }
    t.checkRequired = m_cli.m_options.contains(QStringLiteral("check"));
    t.repeatRule = rruleFrom(m_cli.option(QStringLiteral("repeat")).trimmed());
    std::optional<ReminderSpec> remind;
    QString error;
    if (m_cli.m_options.contains(QStringLiteral("remind"))) {
        remind = ReminderSpec::parse(m_cli.option(QStringLiteral("remind")), &error);
        if (!remind)
            return m_cli.usage(error);
        if (remind->isOffset && t.dueAt.isEmpty())
            return m_cli.usage(tr("--remind %1 needs --due: it is counted back from the due time")
                                   .arg(m_cli.option(QStringLiteral("remind"))));
    }
    // The task and its reminder, or neither.
    Transaction tx(db.connection());
    if (!TaskRepository(db, user).create(t, &error))
        return m_cli.fail(error);
    if (remind &&
        !ReminderRepository(db).setForTask(t.id, *remind, QDateTime::currentDateTimeUtc(), &error))
        return m_cli.fail(error);
    if (!tx.commit(&error))
        return m_cli.fail(error);
    m_cli.m_out << t.id << '\n';
    return Cli::Ok;
}

int TaskCommands::list(Database &db)
{
    const QString name = m_cli.option(QStringLiteral("view"), QStringLiteral("mine"));
    TaskView view = TaskView::Mine;
    if (name == QLatin1String("assigned"))
        view = TaskView::Assigned;
    else if (name == QLatin1String("check"))
        view = TaskView::ToCheck;
    else if (name != QLatin1String("mine"))
        return m_cli.usage(tr("--view must be mine, assigned or check"));
    const QString user = m_cli.user();
    TaskRepository tasks(db, user);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Task> list = tasks.list(view, user, now);
    if (m_cli.json()) {
        QJsonArray out;
        for (const Task &t : list) {
            QJsonObject o = TaskJson::toJson(t, {});
            o.remove(QStringLiteral("history"));
            o.insert(QStringLiteral("bucket"),
                     QLatin1String(bucketName(TaskRepository::bucket(t, now))));
            out.append(o);
        }
        m_cli.m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const Task &t : list)
        m_cli.m_out << t.id << '\t' << bucketName(TaskRepository::bucket(t, now)) << '\t'
                    << t.status << '\t' << (t.dueAt.isEmpty() ? QStringLiteral("-") : t.dueAt)
                    << '\t' << t.title << '\t' << (view == TaskView::Mine ? t.author : t.executor)
                    << '\n';
    return Cli::Ok;
}

int TaskCommands::show(Database &db, qint64 id)
{
    TaskRepository tasks(db, m_cli.user());
    const std::optional<Task> t = tasks.load(id);
    if (!t)
        return m_cli.fail(tr("there is no task with id %1").arg(id));
    const QList<TaskHistoryEntry> history = tasks.history(id);
    if (m_cli.json()) {
        m_cli.m_out << QJsonDocument(TaskJson::toJson(*t, history)).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    m_cli.m_out << t->title << '\n';
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_cli.m_out << "  " << label << ": " << value << '\n';
    };
    line(tr("Status"), TaskRepository::statusText(t->status));
    line(tr("Priority"), TaskRepository::priorityText(t->priority));
    line(tr("Due"), t->dueAt);
    line(tr("Client"), t->clientName);
    line(tr("Deal"), t->dealTitle);
    line(tr("Author"), t->author);
    line(tr("Executor"), t->executor);
    line(tr("Repeats"), t->repeatRule);
    line(tr("Description"), t->description);
    for (const TaskHistoryEntry &e : history)
        line(tr("History"),
             e.at + QLatin1Char(' ') + e.actor + QLatin1Char(' ') +
                 TaskRepository::actionText(e.action) +
                 (e.comment.isEmpty() ? QString() : QStringLiteral(": ") + e.comment));
    return Cli::Ok;
}

int TaskCommands::step(Database &db, const QString &sub, qint64 id)
{
    TaskRepository tasks(db, m_cli.user());
    QString error;
    bool ok = false;
    if (sub == QLatin1String("start"))
        ok = tasks.start(id, &error);
    else if (sub == QLatin1String("done"))
        ok = tasks.done(id, &error);
    else if (sub == QLatin1String("accept"))
        ok = tasks.accept(id, &error);
    else if (sub == QLatin1String("return"))
        ok = tasks.returnTask(id, m_cli.option(QStringLiteral("comment")), &error);
    else if (sub == QLatin1String("cancel"))
        ok = tasks.cancel(id, &error);
    else
        ok = tasks.reopen(id, &error);
    if (!ok)
        return m_cli.fail(error);
    // What became of it: "checking" tells the executor it went to the author.
    if (const std::optional<Task> t = tasks.load(id))
        m_cli.m_out << t->status << '\n';
    return Cli::Ok;
}
