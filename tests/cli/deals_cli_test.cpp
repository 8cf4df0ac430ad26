// `clientele-cli deal ...` on a real database file, read back as JSON.
#include "catchqt.h"
#include "clifixture.h"

namespace {
QJsonObject showDeal(const Fixture &f, const QString &id)
{
    const Result r = f.ok({QStringLiteral("deal"), QStringLiteral("show"), id,
                           QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.isObject());
    return doc.object();
}

QString addDeal(const Fixture &f, const QStringList &args)
{
    const Result r = f.ok(QStringList{QStringLiteral("deal"), QStringLiteral("add")} + args);
    const QString id = r.text().trimmed();
    REQUIRE(id.toLongLong() > 0);
    return id;
}
} // namespace

TEST_CASE("A deal goes from the command line through its stages to lost, and is reopened",
          "[cli][deals]")
{
    Fixture f;
    const qint64 client = f.add({QStringLiteral("--name"), QStringLiteral("ООО Ромашка")});
    const QString id = addDeal(f, {QStringLiteral("--client"), QString::number(client),
                                   QStringLiteral("--title"), QStringLiteral("Поставка бумаги"),
                                   QStringLiteral("--amount"), QStringLiteral("150000.50"),
                                   QStringLiteral("--source"), QStringLiteral("Выставка"),
                                   QStringLiteral("--expected"), QStringLiteral("31.12.2026"),
                                   QStringLiteral("--stage"), QStringLiteral("needs analysis")});
    f.ok({QStringLiteral("deal"), QStringLiteral("item"), QStringLiteral("add"), id,
          QStringLiteral("--product"), QStringLiteral("Бумага А4"), QStringLiteral("--quantity"),
          QStringLiteral("2.5"), QStringLiteral("--price"), QStringLiteral("350.50"),
          QStringLiteral("--discount"), QStringLiteral("5.5"), QStringLiteral("--vat"),
          QStringLiteral("20")});
    f.ok({QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"),
          QStringLiteral("Negotiation")});

    QJsonObject d = showDeal(f, id);
    for (const char *key :
         {"id", "client_id", "contact_id", "title", "pipeline", "stage", "status", "kind",
          "probability", "amount", "currency", "budget", "source", "loss_reason", "expected_close",
          "created_at", "closed_at", "items", "stage_history"})
        CHECK(d.contains(QLatin1String(key)));
    CHECK(d.value(QStringLiteral("client_id")).toInteger() == client);
    CHECK(d.value(QStringLiteral("contact_id")).isNull());
    CHECK(d.value(QStringLiteral("stage")).toString() == QStringLiteral("Negotiation"));
    CHECK(d.value(QStringLiteral("probability")).toInt() == 60);
    CHECK(d.value(QStringLiteral("amount")).toString() == QStringLiteral("150000.50"));
    CHECK(d.value(QStringLiteral("currency")).toString() == QStringLiteral("RUB"));
    CHECK(d.value(QStringLiteral("expected_close")).toString() == QStringLiteral("2026-12-31"));
    const QJsonArray items = d.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject item = items.first().toObject();
    CHECK(item.value(QStringLiteral("product")).toString() == QStringLiteral("Бумага А4"));
    CHECK(item.value(QStringLiteral("quantity")).toDouble() == 2.5);
    CHECK(item.value(QStringLiteral("price")).toString() == QStringLiteral("350.50"));
    CHECK(item.value(QStringLiteral("discount_percent")).toDouble() == 5.5);
    CHECK(item.value(QStringLiteral("vat_percent")).toInt() == 20);
    CHECK(item.value(QStringLiteral("total")).toString() == QStringLiteral("828.06"));
    const QJsonArray history = d.value(QStringLiteral("stage_history")).toArray();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).toObject().value(QStringLiteral("stage")).toString() ==
          QStringLiteral("Needs analysis"));
    CHECK_FALSE(history.at(0).toObject().value(QStringLiteral("left_at")).isNull());
    CHECK(history.at(1).toObject().value(QStringLiteral("left_at")).isNull());

    // Lost needs a reason from the directory; a wrong one lists them.
    Result r = f.cli({QStringLiteral("deal"), QStringLiteral("lost"), id});
    CHECK(r.code == 2);
    r = f.cli({QStringLiteral("deal"), QStringLiteral("lost"), id, QStringLiteral("--reason"),
               QStringLiteral("дорого")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Chose a competitor")));
    f.ok({QStringLiteral("deal"), QStringLiteral("lost"), id, QStringLiteral("--reason"),
          QStringLiteral("chose a competitor"), QStringLiteral("--comment"),
          QStringLiteral("дешевле на 5 %")});
    d = showDeal(f, id);
    CHECK(d.value(QStringLiteral("status")).toString() == QStringLiteral("lost"));
    CHECK(d.value(QStringLiteral("loss_reason")).toString() ==
          QStringLiteral("Chose a competitor"));
    CHECK_FALSE(d.value(QStringLiteral("closed_at")).isNull());
    // A closed deal does not move; reopened, it does.
    r = f.cli({QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"),
               QStringLiteral("Contract")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("reopen")));
    f.ok({QStringLiteral("deal"), QStringLiteral("reopen"), id});
    f.ok({QStringLiteral("deal"), QStringLiteral("move"), id, QStringLiteral("--stage"),
          QStringLiteral("Contract")});
    f.ok({QStringLiteral("deal"), QStringLiteral("won"), id, QStringLiteral("--amount"),
          QStringLiteral("140 000")});
    d = showDeal(f, id);
    CHECK(d.value(QStringLiteral("status")).toString() == QStringLiteral("won"));
    CHECK(d.value(QStringLiteral("final_amount")).toString() == QStringLiteral("140000.00"));
    CHECK(d.value(QStringLiteral("stage_history")).toArray().size() == 6);
}

TEST_CASE("deal list filters by status and pipeline; bad input is refused with a reason",
          "[cli][deals]")
{
    Fixture f;
    const QString client =
        QString::number(f.add({QStringLiteral("--name"), QStringLiteral("Nordwind GmbH")}));
    const QString a =
        addDeal(f, {QStringLiteral("--client"), client, QStringLiteral("--title"),
                    QStringLiteral("A"), QStringLiteral("--amount"), QStringLiteral("10")});
    addDeal(f, {QStringLiteral("--client"), client, QStringLiteral("--title"), QStringLiteral("B"),
                QStringLiteral("--kind"), QStringLiteral("simple")});
    f.ok({QStringLiteral("deal"), QStringLiteral("won"), a});
    QJsonArray open =
        f.jsonArray({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("open"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(open.size() == 1);
    CHECK(open.first().toObject().value(QStringLiteral("title")).toString() == QStringLiteral("B"));
    CHECK(open.first().toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("simple"));
    CHECK(f.jsonArray({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--pipeline"),
                       QStringLiteral("sales"), QStringLiteral("--format"), QStringLiteral("json")})
              .size() == 2);

    // Each refusal names the problem and writes nothing.
    const QList<QPair<QStringList, int>> bad = {
        {{QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--title"),
          QStringLiteral("X")},
         2},
        {{QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--client"),
          QStringLiteral("999"), QStringLiteral("--title"), QStringLiteral("X")},
         1},
        {{QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--client"), client,
          QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--amount"),
          QStringLiteral("12.345")},
         2},
        {{QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--client"), client,
          QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--pipeline"),
          QStringLiteral("Опт")},
         1},
        {{QStringLiteral("deal"), QStringLiteral("move"), a, QStringLiteral("--stage"),
          QStringLiteral("Nowhere")},
         1},
        {{QStringLiteral("deal"), QStringLiteral("show"), QStringLiteral("77")}, 1},
        {{QStringLiteral("deal"), QStringLiteral("item"), QStringLiteral("add"), a,
          QStringLiteral("--product"), QStringLiteral("Что-то")},
         2},
    };
    for (const auto &[args, code] : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Result r = f.cli(args);
        CHECK(r.code == code);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    CHECK(f.jsonArray({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("json")})
              .size() == 2);
}

TEST_CASE("demo makes deals in every stage and state", "[cli][deals]")
{
    Fixture f;
    f.ok({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("400")});
    const QJsonArray all = f.jsonArray({QStringLiteral("deal"), QStringLiteral("list"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(all.size() == 200);
    QSet<QString> states;
    QSet<QString> openStages;
    for (const QJsonValue &v : all) {
        const QJsonObject d = v.toObject();
        states.insert(d.value(QStringLiteral("status")).toString());
        if (d.value(QStringLiteral("status")).toString() == QLatin1String("open"))
            openStages.insert(d.value(QStringLiteral("stage")).toString());
        CHECK_FALSE(d.value(QStringLiteral("stage_history")).toArray().isEmpty());
        CHECK_FALSE(d.value(QStringLiteral("items")).toArray().isEmpty());
    }
    CHECK(states ==
          QSet<QString>{QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")});
    CHECK(openStages.size() == 7);
}

TEST_CASE("A new deal takes the currency set for the base unless one is given", "[cli][deals]")
{
    Fixture f;
    const QString client =
        QString::number(f.add({QStringLiteral("--name"), QStringLiteral("ТОО Астана-Снаб")}));
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("currency"),
          QStringLiteral("KZT")});
    const QString kzt = addDeal(f, {QStringLiteral("--client"), client, QStringLiteral("--title"),
                                    QStringLiteral("Поставка")});
    CHECK(showDeal(f, kzt).value(QStringLiteral("currency")).toString() == QStringLiteral("KZT"));
    const QString eur = addDeal(f, {QStringLiteral("--client"), client, QStringLiteral("--title"),
                                    QStringLiteral("Экспорт"), QStringLiteral("--currency"),
                                    QStringLiteral("eur")});
    CHECK(showDeal(f, eur).value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
}
