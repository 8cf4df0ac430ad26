// `clientele-cli task ...` and `person ...`: an assignment between two users
// end to end, read back as JSON.
#include "catchqt.h"
#include "clifixture.h"

#include "calendar/reminderrepository.h"
#include "db/database.h"

#include <QTimeZone>

namespace {
QStringList as(const QString &user, const QStringList &args)
{
    return QStringList{QStringLiteral("--user"), user} + args;
}

QJsonObject showTask(const Fixture &f, const QString &id)
{
    const Result r = f.ok({QStringLiteral("task"), QStringLiteral("show"), id,
                           QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList ids(const QJsonArray &tasks)
{
    QStringList out;
    for (const QJsonValue &v : tasks)
        out << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    return out;
}
} // namespace

TEST_CASE("An assignment from the command line: given, done, returned, done, accepted",
          "[cli][tasks]")
{
    Fixture f;
    const QString anna = QStringLiteral("Анна");
    const QString ivan = QStringLiteral("Иван");
    f.ok({QStringLiteral("person"), QStringLiteral("add"), anna, QStringLiteral("--position"),
          QStringLiteral("Руководитель")});
    f.ok({QStringLiteral("person"), QStringLiteral("add"), ivan});
    const Result dup =
        f.cli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("иван")});
    CHECK(dup.code == 1);
    const QJsonArray people = f.jsonArray({QStringLiteral("person"), QStringLiteral("list"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).toObject().value(QStringLiteral("position")).toString() ==
          QStringLiteral("Руководитель"));

    const qint64 client = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    // An executor who is not in the directory is refused, with the names there are.
    const Result nobody = f.cli(
        as(anna, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--executor"), QStringLiteral("Пётр")}));
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(ivan));

    const Result added = f.ok(as(
        anna, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
               QStringLiteral("Подготовить КП"), QStringLiteral("--due"),
               QStringLiteral("2026-12-01T10:00:00+03:00"), QStringLiteral("--client"),
               QString::number(client), QStringLiteral("--executor"), QStringLiteral("ИВАН"),
               QStringLiteral("--check"), QStringLiteral("--priority"), QStringLiteral("high")}));
    const QString id = added.text().trimmed();
    REQUIRE(id.toLongLong() > 0);

    QJsonObject t = showTask(f, id);
    for (const char *key : {"id", "title", "description", "status", "priority", "due", "all_day",
                            "client_id", "contact_id", "deal_id", "author", "executor",
                            "check_required", "repeat", "created_at", "completed_at", "history"})
        CHECK(t.contains(QLatin1String(key)));
    CHECK(t.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-01T07:00:00Z"));
    CHECK(t.value(QStringLiteral("author")).toString() == anna);
    CHECK(t.value(QStringLiteral("executor")).toString() == ivan);
    CHECK(t.value(QStringLiteral("check_required")).toBool());
    CHECK(t.value(QStringLiteral("client_id")).toInteger() == client);
    CHECK(t.value(QStringLiteral("description")).isNull());

    auto view = [&](const QString &user, const char *name) {
        return ids(f.jsonArray(
            as(user, {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--view"),
                      QLatin1String(name), QStringLiteral("--format"), QStringLiteral("json")})));
    };
    CHECK(view(ivan, "mine") == QStringList{id});
    CHECK(view(anna, "assigned") == QStringList{id});
    CHECK(view(anna, "mine").isEmpty());

    // Only the author accepts; the executor's done waits for her check.
    CHECK(f.cli(as(anna, {QStringLiteral("task"), QStringLiteral("accept"), id})).code == 1);
    const Result done = f.ok(as(ivan, {QStringLiteral("task"), QStringLiteral("done"), id}));
    CHECK(done.text().trimmed() == QStringLiteral("checking"));
    CHECK(view(anna, "check") == QStringList{id});
    const Result notYours = f.cli(as(ivan, {QStringLiteral("task"), QStringLiteral("accept"), id}));
    CHECK(notYours.code == 1);
    CHECK(notYours.err.contains(anna));
    CHECK(f.cli(as(anna, {QStringLiteral("task"), QStringLiteral("return"), id})).code == 2);

    f.ok(as(anna, {QStringLiteral("task"), QStringLiteral("return"), id,
                   QStringLiteral("--comment"), QStringLiteral("Добавьте доставку")}));
    CHECK(view(anna, "check").isEmpty());
    CHECK(view(ivan, "mine") == QStringList{id});
    f.ok(as(ivan, {QStringLiteral("task"), QStringLiteral("start"), id}));
    f.ok(as(ivan, {QStringLiteral("task"), QStringLiteral("done"), id}));
    const Result accepted = f.ok(as(anna, {QStringLiteral("task"), QStringLiteral("accept"), id}));
    CHECK(accepted.text().trimmed() == QStringLiteral("done"));

    t = showTask(f, id);
    CHECK(t.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK_FALSE(t.value(QStringLiteral("completed_at")).isNull());
    QStringList steps;
    for (const QJsonValue &v : t.value(QStringLiteral("history")).toArray()) {
        const QJsonObject e = v.toObject();
        steps << e.value(QStringLiteral("actor")).toString() + QLatin1Char(' ') +
                     e.value(QStringLiteral("action")).toString() + QLatin1Char(' ') +
                     e.value(QStringLiteral("to")).toString();
    }
    CHECK(steps == QStringList{anna + QStringLiteral(" created open"),
                               ivan + QStringLiteral(" sent_for_check checking"),
                               anna + QStringLiteral(" returned returned"),
                               ivan + QStringLiteral(" started in_progress"),
                               ivan + QStringLiteral(" sent_for_check checking"),
                               anna + QStringLiteral(" accepted done")});
    CHECK(t.value(QStringLiteral("history"))
              .toArray()
              .at(2)
              .toObject()
              .value(QStringLiteral("comment")) == QStringLiteral("Добавьте доставку"));
    CHECK(view(anna, "assigned").isEmpty());
}

TEST_CASE("task add: a date alone is all day; bad input is refused with exit codes", "[cli][tasks]")
{
    Fixture f;
    const QString me = QStringLiteral("Мария");
    const Result added = f.ok(as(
        me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("День рождения клиента"), QStringLiteral("--due"),
             QStringLiteral("2026-12-05"), QStringLiteral("--repeat"), QStringLiteral("yearly")}));
    const QJsonObject t = showTask(f, added.text().trimmed());
    CHECK(t.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-05"));
    CHECK(t.value(QStringLiteral("all_day")).toBool());
    CHECK(t.value(QStringLiteral("repeat")).toString() == QStringLiteral("FREQ=YEARLY"));
    CHECK(t.value(QStringLiteral("executor")).toString() == me);

    // A reminder a quarter of an hour before the due time, stored with the task.
    const Result reminded =
        f.ok(as(me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                     QStringLiteral("Позвонить"), QStringLiteral("--due"),
                     QStringLiteral("2030-01-10T10:00:00Z"), QStringLiteral("--remind"),
                     QStringLiteral("-15m")}));
    {
        Database db(f.db);
        REQUIRE(db.open(Database::Mode::ReadOnly));
        const std::optional<Reminder> r =
            ReminderRepository(db).forTask(reminded.text().trimmed().toLongLong());
        REQUIRE(r);
        CHECK(r->spec.offsetMinutes == 15);
        CHECK(r->dueAt == QDateTime(QDate(2030, 1, 10), QTime(9, 45), QTimeZone::utc()));
    }
    // Before a due that is not there: refused, and no task is left behind.
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                        QStringLiteral("y"), QStringLiteral("--remind"), QStringLiteral("-1h")}))
              .code == 2);
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("add")})).code == 2);
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                        QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("завтра")}))
              .code == 2);
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                        QStringLiteral("x"), QStringLiteral("--client"), QStringLiteral("77")}))
              .code == 1);
    const Result rule =
        f.cli(as(me, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--title"),
                      QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("2026-12-05"),
                      QStringLiteral("--repeat"), QStringLiteral("FREQ=HOURLY")}));
    CHECK(rule.code == 1);
    CHECK(rule.err.contains(QStringLiteral("HOURLY")));
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("99")}))
              .code == 1);
    CHECK(f.cli(as(me, {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--view"),
                        QStringLiteral("all")}))
              .code == 2);
}
