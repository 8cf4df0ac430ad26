// `clientele-cli event|calendar|remind ...` on a real database file.
#include "catchqt.h"
#include "clifixture.h"

#include <QFile>

namespace {
QString addEvent(const Fixture &f, const QStringList &args)
{
    const Result r = f.ok(QStringList{QStringLiteral("event"), QStringLiteral("add")} + args);
    const QString id = r.text().trimmed();
    REQUIRE(id.toLongLong() > 0);
    return id;
}

QStringList titlesAndStarts(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        out << o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                   o.value(QStringLiteral("title")).toString() + QLatin1Char(' ') +
                   o.value(QStringLiteral("start")).toString();
    }
    return out;
}
} // namespace

TEST_CASE("Events added from the command line are listed with their occurrences expanded",
          "[cli][calendar]")
{
    Fixture f;
    const qint64 client = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    const QString weekly = addEvent(
        f, {QStringLiteral("--title"), QStringLiteral("Планёрка"), QStringLiteral("--start"),
            QStringLiteral("2030-11-04T10:00"), QStringLiteral("--end"),
            QStringLiteral("2030-11-04T11:00"), QStringLiteral("--zone"),
            QStringLiteral("Europe/Moscow"), QStringLiteral("--repeat"),
            QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4"), QStringLiteral("--client"),
            QString::number(client), QStringLiteral("--location"), QStringLiteral("Офис"),
            QStringLiteral("--remind"), QStringLiteral("-15m")});
    addEvent(f, {QStringLiteral("--title"), QStringLiteral("Выставка"), QStringLiteral("--all-day"),
                 QStringLiteral("--start"), QStringLiteral("2030-11-06"), QStringLiteral("--end"),
                 QStringLiteral("2030-11-08")});

    const QJsonArray items =
        f.jsonArray({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("2030-11-01T00:00:00Z"), QStringLiteral("--to"),
                     QStringLiteral("2030-12-01T00:00:00Z"), QStringLiteral("--format"),
                     QStringLiteral("json")});
    CHECK(titlesAndStarts(items) == QStringList{
                                        QStringLiteral("event Планёрка 2030-11-04T07:00:00Z"),
                                        QStringLiteral("event Выставка 2030-11-06"),
                                        QStringLiteral("event Планёрка 2030-11-07T07:00:00Z"),
                                        QStringLiteral("event Планёрка 2030-11-11T07:00:00Z"),
                                        QStringLiteral("event Планёрка 2030-11-14T07:00:00Z"),
                                    });
    const QJsonObject first = items.at(0).toObject();
    CHECK(first.value(QStringLiteral("id")).toInteger() == weekly.toLongLong());
    CHECK(first.value(QStringLiteral("end")).toString() == QStringLiteral("2030-11-04T08:00:00Z"));
    CHECK(first.value(QStringLiteral("repeating")).toBool());
    CHECK(first.value(QStringLiteral("original_start")).toString() ==
          QStringLiteral("2030-11-04T07:00:00Z"));
    CHECK(first.value(QStringLiteral("client_id")).toInteger() == client);
    CHECK(first.value(QStringLiteral("deal_id")).isNull());
    CHECK(first.value(QStringLiteral("location")).toString() == QStringLiteral("Офис"));
    const QJsonObject fair = items.at(1).toObject();
    CHECK(fair.value(QStringLiteral("all_day")).toBool());
    CHECK(fair.value(QStringLiteral("end")).toString() == QStringLiteral("2030-11-08"));

    // Due reminders at a time: the first occurrence's, 15 minutes before; read only.
    auto due = [&](const char *at) {
        return f.jsonArray({QStringLiteral("remind"), QStringLiteral("due"), QStringLiteral("--at"),
                            QString::fromLatin1(at), QStringLiteral("--format"),
                            QStringLiteral("json")});
    };
    CHECK(due("2030-11-04T06:44:00Z").isEmpty());
    const QJsonArray now = due("2030-11-04T06:45:00Z");
    REQUIRE(now.size() == 1);
    const QJsonObject r = now.first().toObject();
    CHECK(r.value(QStringLiteral("event_id")).toInteger() == weekly.toLongLong());
    CHECK(r.value(QStringLiteral("task_id")).isNull());
    CHECK(r.value(QStringLiteral("title")).toString() == QStringLiteral("Планёрка"));
    CHECK(r.value(QStringLiteral("due_at")).toString() == QStringLiteral("2030-11-04T06:45:00Z"));
    CHECK(r.value(QStringLiteral("remind")).toString() == QStringLiteral("-15m"));
    CHECK(r.value(QStringLiteral("state")).toString() == QStringLiteral("pending"));
    CHECK_FALSE(r.value(QStringLiteral("missed")).toBool());
    // An hour later nobody has been told: it was missed, and still there.
    const QJsonArray later = due("2030-11-04T07:45:00Z");
    REQUIRE(later.size() == 1);
    CHECK(later.first().toObject().value(QStringLiteral("missed")).toBool());
}

TEST_CASE("Bad event input is refused with exit 1 or 2 and writes nothing", "[cli][calendar]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    const QStringList base = {QStringLiteral("event"), QStringLiteral("add"),
                              QStringLiteral("--title"), QStringLiteral("X")};
    Result r = f.cli(base);
    CHECK(r.code == 2);
    r = f.cli(base + QStringList{QStringLiteral("--start"), QStringLiteral("2030-11-04T10:00Z"),
                                 QStringLiteral("--end"), QStringLiteral("2030-11-04T09:00Z")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("2030-11-04T09:00:00Z")));
    r = f.cli(base + QStringList{QStringLiteral("--start"), QStringLiteral("2030-11-04T10:00Z"),
                                 QStringLiteral("--end"), QStringLiteral("2030-11-04T11:00Z"),
                                 QStringLiteral("--repeat"), QStringLiteral("FREQ=HOURLY")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("FREQ=HOURLY")));
    r = f.cli(base + QStringList{QStringLiteral("--start"), QStringLiteral("2030-11-04T10:00Z"),
                                 QStringLiteral("--end"), QStringLiteral("2030-11-04T11:00Z"),
                                 QStringLiteral("--remind"), QStringLiteral("soon")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("soon")));
    r = f.cli(base + QStringList{QStringLiteral("--start"), QStringLiteral("2030-11-04T10:00Z"),
                                 QStringLiteral("--end"), QStringLiteral("2030-11-04T11:00Z"),
                                 QStringLiteral("--attendee"), QStringLiteral("999")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("999")));
    CHECK(f.jsonArray({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("2030-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2031-01-01"), QStringLiteral("--format"),
                       QStringLiteral("json")})
              .isEmpty());
    CHECK(
        f.cli({QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--from"),
               QStringLiteral("2030-02-01"), QStringLiteral("--to"), QStringLiteral("2030-01-01")})
            .code == 1);
    CHECK(f.cli({QStringLiteral("calendar"), QStringLiteral("list")}).code == 2);
}

TEST_CASE("calendar export writes .ics that calendar import reads back", "[cli][calendar]")
{
    Fixture f;
    addEvent(f, {QStringLiteral("--title"), QStringLiteral("Встреча"), QStringLiteral("--start"),
                 QStringLiteral("2030-11-04T07:00:00Z"), QStringLiteral("--end"),
                 QStringLiteral("2030-11-04T08:00:00Z"), QStringLiteral("--repeat"),
                 QStringLiteral("FREQ=DAILY;COUNT=3"), QStringLiteral("--remind"),
                 QStringLiteral("-1h")});
    const QString ics = f.dir.filePath(QStringLiteral("out.ics"));
    const Result exported =
        f.ok({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("-o"), ics,
              QStringLiteral("--from"), QStringLiteral("2030-11-01"), QStringLiteral("--to"),
              QStringLiteral("2030-12-01")});
    CHECK(exported.text().contains(QStringLiteral("1 events")));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("RRULE:FREQ=DAILY;COUNT=3"));
    CHECK(text.contains("TRIGGER:-PT1H"));

    Fixture other;
    const Result imported = other.ok({QStringLiteral("calendar"), QStringLiteral("import"), ics});
    CHECK(imported.text().contains(QStringLiteral("1 new")));
    const QJsonArray items =
        other.jsonArray({QStringLiteral("calendar"), QStringLiteral("list"),
                         QStringLiteral("--from"), QStringLiteral("2030-11-01T00:00:00Z"),
                         QStringLiteral("--to"), QStringLiteral("2030-12-01T00:00:00Z"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(titlesAndStarts(items) ==
          QStringList{QStringLiteral("event Встреча 2030-11-04T07:00:00Z"),
                      QStringLiteral("event Встреча 2030-11-05T07:00:00Z"),
                      QStringLiteral("event Встреча 2030-11-06T07:00:00Z")});
    CHECK(other.ok({QStringLiteral("calendar"), QStringLiteral("import"), ics})
              .text()
              .contains(QStringLiteral("1 updated")));

    QFile broken(f.dir.filePath(QStringLiteral("broken.ics")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n");
    broken.close();
    const Result refused =
        other.cli({QStringLiteral("calendar"), QStringLiteral("import"), broken.fileName()});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Line 4")));
}
