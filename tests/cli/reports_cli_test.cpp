// `clientele-cli report ...` checked against the same figures recomputed in
// Python from the raw deals `deal list --format json` prints.
#include "basestate.h"
#include "catchqt.h"
#include "clifixture.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
void save(const Fixture &f, const QString &name, const QByteArray &data)
{
    QFile file(f.dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// A deal of 1000 for `client` in the default pipeline: its id.
QString addDeal(const Fixture &f, qint64 client)
{
    return f
        .ok({QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--client"),
             QString::number(client), QStringLiteral("--title"), QStringLiteral("Поставка"),
             QStringLiteral("--amount"), QStringLiteral("1000")})
        .text()
        .trimmed();
}
} // namespace

TEST_CASE("Every report agrees with a recomputation from the raw deals, clients and interactions",
          "[cli][reports]")
{
    // In UTC every day of the period is a whole day of the funnel's daily
    // totals; at +05:30 each local day straddles two UTC days.
    const QString zone = GENERATE(QStringLiteral("UTC"), QStringLiteral("Asia/Kolkata"));
    INFO(zone.toStdString());
    Fixture f;
    f.environment.insert(QStringLiteral("TZ"), zone);
    f.ok({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("300"),
          QStringLiteral("--deals"), QStringLiteral("900"), QStringLiteral("--seed"),
          QStringLiteral("7")});
    // Half a year: some deals were created before it, some closed after.
    const QString from = QDate::currentDate().addMonths(-6).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(-20).toString(Qt::ISODate);
    const QStringList period = {QStringLiteral("--from"),   from,
                                QStringLiteral("--to"),     to,
                                QStringLiteral("--format"), QStringLiteral("json")};
    const auto json = [](const QStringList &args) {
        return args + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    };
    const QByteArray deals = f.ok(json({QStringLiteral("deal"), QStringLiteral("list")})).out;
    save(f, QStringLiteral("deals.json"), deals);
    // One manager's funnel too: the totals keep the responsible.
    const QString manager =
        QJsonDocument::fromJson(deals).array().first().toObject()[u"responsible"].toString();
    REQUIRE_FALSE(manager.isEmpty());
    save(f, QStringLiteral("clients.json"),
         f.ok(json({QStringLiteral("export"), QStringLiteral("clients")})).out);
    save(f, QStringLiteral("interactions.json"),
         f.ok(json({QStringLiteral("export"), QStringLiteral("interactions")})).out);
    const QStringList report = {QStringLiteral("report")};
    for (const auto &[name, args] :
         {std::pair{"snapshot.json", QStringList{QStringLiteral("funnel")}},
          std::pair{"flow.json", QStringList{QStringLiteral("funnel"), QStringLiteral("--mode"),
                                             QStringLiteral("flow")}},
          std::pair{"snapshot-manager.json", QStringList{QStringLiteral("funnel"),
                                                         QStringLiteral("--responsible"), manager}},
          std::pair{"flow-manager.json",
                    QStringList{QStringLiteral("funnel"), QStringLiteral("--mode"),
                                QStringLiteral("flow"), QStringLiteral("--responsible"), manager}},
          std::pair{"losses.json", QStringList{QStringLiteral("losses")}},
          std::pair{"efficiency.json", QStringList{QStringLiteral("efficiency")}},
          std::pair{"interactions-report.json", QStringList{QStringLiteral("interactions")}},
          std::pair{"interactions-weeks.json",
                    QStringList{QStringLiteral("interactions"), QStringLiteral("--by"),
                                QStringLiteral("week")}},
          std::pair{"channels.json", QStringList{QStringLiteral("channels")}},
          std::pair{"abc.json", QStringList{QStringLiteral("abc")}}})
        save(f, QLatin1String(name), f.ok(report + args + period).out);

    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), zone);
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(CLIENTELE_SUPPORT "/reportcheck.py"), f.dir.path(), f.db, from, to,
             manager});
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    INFO(out.toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(out.startsWith(QStringLiteral("checked 900 deals")));
    // Something of each was there to check.
    const QRegularExpression counts(QStringLiteral(
        R"(\((\d+) new in the period, (\d+) closed\), 7 stages, (\d+) interactions in the period, (\d+) clients classified, (\d+) sources)"));
    const QRegularExpressionMatch m = counts.match(out);
    REQUIRE(m.hasMatch());
    for (int k = 1; k <= 5; ++k)
        CHECK(m.captured(k).toInt() > 5);
}

TEST_CASE("A deal moved back still counts as far as it got", "[cli][reports]")
{
    Fixture f;
    f.environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const qint64 client = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    const QString id = addDeal(f, client);
    const auto move = [&](const char *stage) {
        f.ok({QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"),
              QLatin1String(stage)});
    };
    move("Negotiation");
    move("Needs analysis");
    const Result r =
        f.ok({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--mode"),
              QStringLiteral("flow"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray stages =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 7);
    QList<int> reached;
    for (const QJsonValue &s : stages)
        reached << s.toObject().value(QStringLiteral("reached")).toInt();
    CHECK(reached == QList<int>{1, 1, 1, 1, 0, 0, 0});
    // Its stays in First contact and Negotiation have ended this month.
    CHECK_FALSE(stages.at(0).toObject().value(QStringLiteral("avg_days_in_stage")).isNull());
    CHECK_FALSE(stages.at(3).toObject().value(QStringLiteral("avg_days_in_stage")).isNull());
    CHECK(stages.at(1).toObject().value(QStringLiteral("avg_days_in_stage")).isNull());
}

TEST_CASE("ABC counts a deal in the local month it was won in", "[cli][reports]")
{
    // 20:00 UTC on March 31 is April 1 in India (+05:30): there both deals
    // fall in April and March is a month without a purchase.
    const auto [zone, xyz, variation] = GENERATE(table<QString, QString, double>(
        {{QStringLiteral("UTC"), QStringLiteral("X"), 0},
         {QStringLiteral("Asia/Kolkata"), QStringLiteral("Z"), 1}}));
    INFO(zone.toStdString());
    Fixture f;
    f.environment.insert(QStringLiteral("TZ"), zone);
    const qint64 client = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    for (const char *closed : {"2026-03-31T20:00:00Z", "2026-04-15T10:00:00Z"}) {
        const QString id = addDeal(f, client);
        f.ok({QStringLiteral("deal"), QStringLiteral("won"), id});
        withRaw(f.db, [&](QSqlQuery &q) {
            q.prepare(QStringLiteral("UPDATE deals SET closed_at = ? WHERE id = ?"));
            q.addBindValue(QLatin1String(closed));
            q.addBindValue(id.toLongLong());
            REQUIRE(q.exec());
        });
    }
    const QJsonObject report =
        QJsonDocument::fromJson(
            f.ok({QStringLiteral("report"), QStringLiteral("abc"), QStringLiteral("--from"),
                  QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("json")})
                .out)
            .object();
    CHECK(report[u"months"].toInt() == 2);
    const QJsonArray clients = report[u"clients"].toArray();
    REQUIRE(clients.size() == 1);
    const QJsonObject c = clients.first().toObject();
    CHECK(c[u"name"].toString() == QStringLiteral("ООО Ромашка"));
    CHECK(c[u"revenue"].toString() == QStringLiteral("2000.00"));
    CHECK(c[u"won"].toInt() == 2);
    CHECK(c[u"xyz"].toString() == xyz);
    CHECK(c[u"variation"].toDouble() == Approx(variation));
}

TEST_CASE("A report names what is wrong with its arguments", "[cli][reports]")
{
    Fixture f;
    f.ok({QStringLiteral("init")});
    Result r = f.cli({QStringLiteral("report"), QStringLiteral("forecast")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("unknown report \"forecast\"")));
    r = f.cli({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
               QStringLiteral("31.02.2026")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--from needs a date")));
    r = f.cli({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
               QStringLiteral("2026-11-10"), QStringLiteral("--to"), QStringLiteral("2026-11-01")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("ends (2026-11-01) before it starts (2026-11-10)")));
    r = f.cli({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--pipeline"),
               QStringLiteral("Nowhere")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no pipeline \"Nowhere\"")));
    // A new base without a pipeline yet: nothing won or lost, the CSV has its header.
    r = f.ok({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--format"),
              QStringLiteral("csv")});
    const QStringList lines = r.text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.first() ==
          QStringLiteral("Stage,Deals,Amount,Weighted,To next stage,To won,Days in stage"));
    CHECK(lines.last() == QStringLiteral("Lost,0,0.00,,,,"));
}
