// Single messages and the outbox from the command line, to a real SMTP server
// on loopback (aiosmtpd) with STARTTLS and a login.
#include "clifixture.h"
#include "smsserverprocess.h"
#include "smtpserverprocess.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <csignal>

namespace {
// A mail server set up as an office would: STARTTLS, a login, our sender.
void setUp(Fixture &f, const SmtpServerProcess &server, int port = 0)
{
    f.environment.insert(QStringLiteral("CLIENTELE_SMTP_PASSWORD"), QStringLiteral("s3cret"));
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), QStringLiteral("Анна Смирнова"));
    const QList<QStringList> settings = {
        {QStringLiteral("smtp.host"), QStringLiteral("localhost")},
        {QStringLiteral("smtp.port"), QString::number(port ? port : server.port())},
        {QStringLiteral("smtp.user"), QStringLiteral("robot")},
        {QStringLiteral("smtp.from"), QStringLiteral("sales@vector.example")},
        {QStringLiteral("smtp.from_name"), QStringLiteral("Отдел продаж «Вектор»")},
        {QStringLiteral("smtp.ca_file"), server.caFile()}};
    for (const QStringList &kv : settings)
        f.ok(QStringList{QStringLiteral("settings"), QStringLiteral("set")} + kv);
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("ООО «Вектор»")});
}

qint64 ivan(const Fixture &f)
{
    return f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--first-name"), QStringLiteral("Иван"),
                  QStringLiteral("--middle-name"), QStringLiteral("Петрович"),
                  QStringLiteral("--last-name"), QStringLiteral("Сидоров"),
                  QStringLiteral("--email"), QStringLiteral("Ivan@Romashka.example")});
}

QJsonArray outbox(const Fixture &f)
{
    return QJsonDocument::fromJson(f.ok({QStringLiteral("mail"), QStringLiteral("outbox"),
                                         QStringLiteral("--format"), QStringLiteral("json")})
                                       .out)
        .array();
}

void sql(const Fixture &f, const QString &statement)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mail_cli_test"));
        db.setDatabaseName(f.db);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mail_cli_test"));
}

QStringList birthday(qint64 client)
{
    return {QStringLiteral("mail"),       QStringLiteral("send"),
            QStringLiteral("--client"),   QString::number(client),
            QStringLiteral("--template"), QStringLiteral("Поздравление с днём рождения")};
}
} // namespace

TEST_CASE("mail send delivers a ready template to a client and keeps it in the outbox",
          "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    const qint64 id = ivan(f);

    const Result sent = f.ok(birthday(id));
    CHECK(sent.text().startsWith(QStringLiteral("Sent to ivan@romashka.example: 250")));
    REQUIRE(server.messages().size() == 1);
    const QJsonObject mail = SmtpServerProcess::readMail(server.messages().first());
    CHECK(mail[QStringLiteral("subject")].toString() ==
          QStringLiteral("С днём рождения, Иван Петрович!"));
    CHECK(mail[QStringLiteral("from")]
              .toArray()
              .first()
              .toObject()[QStringLiteral("name")]
              .toString() == QStringLiteral("Отдел продаж «Вектор»"));
    CHECK(mail[QStringLiteral("text")].toString().contains(QStringLiteral("Анна Смирнова\nООО "
                                                                          "«Вектор»")));

    const QJsonArray rows = outbox(f);
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row[QStringLiteral("state")].toString() == QStringLiteral("sent"));
    CHECK(row[QStringLiteral("client_id")].toInteger() == id);
    CHECK(row[QStringLiteral("message_id")].toString() ==
          mail[QStringLiteral("message_id")].toString().mid(1).chopped(1));
}

TEST_CASE("mail send refuses an opted-out client and a template it cannot fill, sending nothing",
          "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    const qint64 company =
        f.add({QStringLiteral("--kind"), QStringLiteral("company"), QStringLiteral("--name"),
               QStringLiteral("ООО «Ромашка»"), QStringLiteral("--email"),
               QStringLiteral("info@romashka.example")});
    const Result incomplete = f.cli(birthday(company));
    CHECK(incomplete.code == 1);
    CHECK(incomplete.err.contains(QStringLiteral("how to address the person")));

    const qint64 id = ivan(f);
    sql(f, QStringLiteral("UPDATE clients SET email_opt_out = 1 WHERE id = %1").arg(id));
    const Result optedOut = f.cli(birthday(id));
    CHECK(optedOut.code == 1);
    CHECK(optedOut.err.contains(QStringLiteral("opted out of e-mail")));

    const Result unknownTemplate =
        f.cli({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--client"),
               QString::number(company), QStringLiteral("--template"), QStringLiteral("Nope")});
    CHECK(unknownTemplate.code == 1);
    CHECK(server.messages().isEmpty());
    CHECK(outbox(f).isEmpty());
}

TEST_CASE("With the server down a message waits in the outbox and goes when it is back",
          "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    int deadPort = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    setUp(f, server, deadPort);
    const qint64 id = ivan(f);

    const Result down = f.cli(birthday(id));
    CHECK(down.code == 1);
    CHECK(down.err.contains(QStringLiteral("not sent yet")));
    QJsonArray rows = outbox(f);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first()[QStringLiteral("state")].toString() == QStringLiteral("queued"));
    CHECK(rows.first()[QStringLiteral("attempts")].toInt() == 1);

    // Not due yet: a plain run leaves it for its backoff.
    CHECK(f.cli({QStringLiteral("mail"), QStringLiteral("run")}).code == 0);
    CHECK(server.messages().isEmpty());

    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.port"),
          QString::number(server.port())});
    const Result retried = f.ok({QStringLiteral("mail"), QStringLiteral("retry")});
    CHECK(retried.text().startsWith(QStringLiteral("Sent 1, failed 0")));
    CHECK(server.messages().size() == 1);
    rows = outbox(f);
    CHECK(rows.first()[QStringLiteral("state")].toString() == QStringLiteral("sent"));
    CHECK(rows.first()[QStringLiteral("attempts")].toInt() == 2);
}

TEST_CASE("A message left sending by a killed run is unknown and waits for the user", "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    const qint64 id = ivan(f);
    f.ok(birthday(id));
    // As if the program had died between "sending" and "sent".
    sql(f, QStringLiteral("UPDATE outbox SET state = 'sending', sent_at = NULL"));

    const Result run = f.ok({QStringLiteral("mail"), QStringLiteral("run")});
    CHECK(run.err.contains(QStringLiteral("unknown")));
    CHECK(outbox(f).first()[QStringLiteral("state")].toString() == QStringLiteral("unknown"));
    CHECK(server.messages().size() == 1); // not resent by itself

    CHECK(f.cli({QStringLiteral("mail"), QStringLiteral("resolve"), QStringLiteral("1")}).code ==
          2);
    f.ok({QStringLiteral("mail"), QStringLiteral("resolve"), QStringLiteral("1"),
          QStringLiteral("--again")});
    f.ok({QStringLiteral("mail"), QStringLiteral("run")});
    CHECK(server.messages().size() == 2);
    CHECK(outbox(f).first()[QStringLiteral("state")].toString() == QStringLiteral("sent"));
}

TEST_CASE("Templates and settings from the command line, bad values refused", "[cli][mail]")
{
    Fixture f;
    QFile body(f.dir.filePath(QStringLiteral("promo.html")));
    REQUIRE(body.open(QIODevice::WriteOnly));
    body.write("<p>Здравствуйте, {{contact.greeting}}! Скидка 10 % до конца месяца.</p>");
    body.close();
    const Result added =
        f.ok({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Акция"), QStringLiteral("--subject"), QStringLiteral("Скидка"),
              QStringLiteral("--body-file"), body.fileName()});
    CHECK(added.text().trimmed().toLongLong() > 0);
    const QJsonArray all =
        QJsonDocument::fromJson(
            f.ok({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--channel"),
                  QStringLiteral("email"), QStringLiteral("--format"), QStringLiteral("json")})
                .out)
            .array();
    CHECK(all.size() == 9);
    CHECK(all.last()[QStringLiteral("name")].toString() == QStringLiteral("Акция"));
    CHECK(all.first()[QStringLiteral("ready")].toBool());

    CHECK(f.cli({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Bad"), QStringLiteral("--body-file"), body.fileName()})
              .err.contains(QStringLiteral("needs a subject")));
    const Result port = f.cli({QStringLiteral("settings"), QStringLiteral("set"),
                               QStringLiteral("smtp.port"), QStringLiteral("99999")});
    CHECK(port.code == 1);
    CHECK(port.err.contains(QStringLiteral("not a port")));
    CHECK(f.cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.password"),
                 QStringLiteral("x")})
              .err.contains(QStringLiteral("keychain")));
    CHECK(f.cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.hots"),
                 QStringLiteral("x")})
              .err.contains(QStringLiteral("Unknown setting")));
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.security"),
          QStringLiteral("tls")});
    CHECK(f.ok({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("smtp.security")})
              .text() == QStringLiteral("tls\n"));
}

namespace {
// Five people on three cards: Ivan; a company whose director shares Ivan's
// address and whose accountant opted out; a mailbox that refuses (550);
// Olga, who has no e-mail at all.
void mailingBase(Fixture &f)
{
    ivan(f);
    const qint64 company =
        f.add({QStringLiteral("--kind"), QStringLiteral("company"), QStringLiteral("--name"),
               QStringLiteral("ООО «Ромашка»"), QStringLiteral("--email"),
               QStringLiteral("info@romashka.example")});
    sql(f, QStringLiteral("INSERT INTO contact_persons(client_id, first_name, last_name, "
                          "email_opt_out) VALUES (%1, 'Пётр', 'Директоров', 0), "
                          "(%1, 'Мария', 'Счетова', 1)")
               .arg(company));
    sql(f, QStringLiteral("INSERT INTO emails(contact_id, raw, address) SELECT id, "
                          "'ivan@romashka.example', 'ivan@romashka.example' FROM contact_persons "
                          "WHERE first_name = 'Пётр'"));
    sql(f, QStringLiteral("INSERT INTO emails(contact_id, raw, address) SELECT id, "
                          "'maria@romashka.example', 'maria@romashka.example' FROM "
                          "contact_persons WHERE first_name = 'Мария'"));
    f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
           QStringLiteral("x"), QStringLiteral("--first-name"), QStringLiteral("Semyon"),
           QStringLiteral("--last-name"), QStringLiteral("Refused"), QStringLiteral("--email"),
           QStringLiteral("reject@nowhere.example")});
    f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
           QStringLiteral("x"), QStringLiteral("--first-name"), QStringLiteral("Ольга"),
           QStringLiteral("--last-name"), QStringLiteral("Безпочтова")});
    f.ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Все"), QStringLiteral("--filter"), QStringLiteral("recipients=all")});
}

QJsonObject campaignShow(const Fixture &f, const QString &id)
{
    return QJsonDocument::fromJson(
               f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("show"), id,
                     QStringLiteral("--format"), QStringLiteral("json")})
                   .out)
        .object();
}

QStringList deliveredTo(const SmtpServerProcess &server)
{
    QStringList to;
    for (const QString &path : server.messages()) {
        const QJsonObject mail = SmtpServerProcess::readMail(path);
        to << mail[QStringLiteral("to")].toArray().first()[QStringLiteral("address")].toString();
    }
    return to;
}
} // namespace

TEST_CASE("A mailing reaches each address once, leaves out who said no, and counts why",
          "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    mailingBase(f);
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.unsubscribe"),
          QStringLiteral("mailto:unsubscribe@vector.example")});

    const QString id =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("Декабрь"), QStringLiteral("--template"),
              QStringLiteral("Приветствие"), QStringLiteral("--segment"), QStringLiteral("Все"),
              QStringLiteral("--rate"), QStringLiteral("6000"), QStringLiteral("--cost"),
              QStringLiteral("1500.00")})
            .text()
            .trimmed();
    QJsonObject show = campaignShow(f, id);
    CHECK(show[QStringLiteral("queued")].toInt() == 3);
    CHECK(show[QStringLiteral("status")].toString() == QStringLiteral("scheduled"));
    CHECK(show[QStringLiteral("cost")].toString() == QStringLiteral("1500.00"));
    const QJsonObject excluded = show[QStringLiteral("excluded")].toObject();
    CHECK(excluded[QStringLiteral("opted_out")].toInt() == 1);
    CHECK(excluded[QStringLiteral("duplicate")].toInt() == 1);
    CHECK(excluded[QStringLiteral("no_address")].toInt() == 1);

    const Result run =
        f.cli({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), id});
    CHECK(run.code == 1); // the refused mailbox failed
    CHECK(run.err.contains(QStringLiteral("mailbox unavailable")));
    show = campaignShow(f, id);
    CHECK(show[QStringLiteral("sent")].toInt() == 2);
    CHECK(show[QStringLiteral("failed")].toInt() == 1);
    CHECK(show[QStringLiteral("status")].toString() == QStringLiteral("done"));

    QStringList to = deliveredTo(server);
    to.sort();
    CHECK(to == QStringList{QStringLiteral("info@romashka.example"),
                            QStringLiteral("ivan@romashka.example")});
    for (const QString &path : server.messages()) {
        const QJsonObject mail = SmtpServerProcess::readMail(path);
        CHECK(mail[QStringLiteral("list_unsubscribe")].toString() ==
              QStringLiteral("<mailto:unsubscribe@vector.example>"));
        const QString address =
            mail[QStringLiteral("to")].toArray().first()[QStringLiteral("address")].toString();
        // Each letter is personal: Ivan is greeted by name, the company is not.
        CHECK(mail[QStringLiteral("text")].toString().startsWith(
            address.startsWith(QLatin1String("ivan")) ? QStringLiteral("Здравствуйте, Иван "
                                                                       "Петрович!")
                                                      : QStringLiteral("Здравствуйте!")));
    }
}

TEST_CASE("A mailing stopped by the server going away resumes without sending twice", "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    mailingBase(f);
    const QString id =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("Декабрь"), QStringLiteral("--template"),
              QStringLiteral("Приветствие"), QStringLiteral("--segment"), QStringLiteral("Все"),
              QStringLiteral("--rate"), QStringLiteral("6000")})
            .text()
            .trimmed();
    server.setBusy(true);
    f.cli({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), id});
    QJsonObject show = campaignShow(f, id);
    CHECK(show[QStringLiteral("queued")].toInt() == 2); // 421: to try again
    CHECK(show[QStringLiteral("failed")].toInt() == 1); // 550 is final
    CHECK(show[QStringLiteral("status")].toString() == QStringLiteral("running"));
    CHECK(server.messages().isEmpty());

    server.setBusy(false);
    f.ok({QStringLiteral("mail"), QStringLiteral("retry"), QStringLiteral("--campaign"), id});
    f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), id});
    show = campaignShow(f, id);
    CHECK(show[QStringLiteral("sent")].toInt() == 2);
    CHECK(show[QStringLiteral("status")].toString() == QStringLiteral("done"));
    const QStringList to = deliveredTo(server);
    CHECK(to.size() == 2);
    CHECK(QSet<QString>(to.begin(), to.end()).size() == 2);
}

TEST_CASE("A mailing killed mid-run and started again sends nobody twice", "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    for (int i = 1; i <= 8; ++i)
        f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
               QStringLiteral("x"), QStringLiteral("--first-name"),
               QStringLiteral("Клиент%1").arg(i), QStringLiteral("--email"),
               QStringLiteral("client%1@example.com").arg(i)});
    f.ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Все"), QStringLiteral("--filter"), QString()});
    const QString id =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("Медленно"), QStringLiteral("--template"),
              QStringLiteral("Приветствие"), QStringLiteral("--segment"), QStringLiteral("Все"),
              QStringLiteral("--rate"), QStringLiteral("150")})
            .text()
            .trimmed();

    // 150 a minute: 0.4 s apart. Killed after about three.
    QProcess run;
    f.start(run, {QStringLiteral("--db"), f.db, QStringLiteral("mail"), QStringLiteral("campaign"),
                  QStringLiteral("run"), id});
    QThread::msleep(1100);
    ::kill(run.processId(), SIGKILL);
    run.waitForFinished();
    const int before = int(server.messages().size());
    CHECK(before >= 1);
    CHECK(before < 8);

    f.cli({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), id});
    const QJsonObject show = campaignShow(f, id);
    const QStringList to = deliveredTo(server);
    CHECK(QSet<QString>(to.begin(), to.end()).size() == to.size()); // nobody twice
    // Every message is accounted for: sent, or unknown for the user to decide.
    CHECK(show[QStringLiteral("sent")].toInt() + show[QStringLiteral("unknown")].toInt() == 8);
    CHECK(show[QStringLiteral("unknown")].toInt() <= 1);
    CHECK(to.size() >= show[QStringLiteral("sent")].toInt());
}

TEST_CASE("sms send and an SMS mailing go through the gateway; the key stays out of the base",
          "[cli][mail][sms]")
{
    SmsServerProcess gateway;
    REQUIRE(gateway.isRunning());
    Fixture f;
    f.environment.insert(QStringLiteral("CLIENTELE_SMS_KEY"), QStringLiteral("secret-key"));
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), QStringLiteral("Анна"));
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.url"),
          gateway.url(QStringLiteral("to={phone}&text={text}&key={key}"))});
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.success_field"),
          QStringLiteral("status=OK")});
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("Вектор")});
    const qint64 id =
        f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
               QStringLiteral("x"), QStringLiteral("--first-name"), QStringLiteral("Иван"),
               QStringLiteral("--phone"), QStringLiteral("8 (912) 345-67-89")});
    f.add({QStringLiteral("--kind"), QStringLiteral("person"), QStringLiteral("--name"),
           QStringLiteral("x"), QStringLiteral("--first-name"), QStringLiteral("Пётр"),
           QStringLiteral("--phone"), QStringLiteral("+7 912 000-05-03")});

    const Result one =
        f.ok({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--client"),
              QString::number(id), QStringLiteral("--body"),
              QStringLiteral("{{contact.first_name}}, заказ готов. {{company.name}}")});
    CHECK(one.text().startsWith(QStringLiteral("Sent to +79123456789")));

    f.ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Все"), QStringLiteral("--filter"), QString()});
    const QString campaign =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("SMS"), QStringLiteral("--channel"),
              QStringLiteral("sms"), QStringLiteral("--template"), QStringLiteral("Welcome"),
              QStringLiteral("--segment"), QStringLiteral("Все"), QStringLiteral("--rate"),
              QStringLiteral("6000")})
            .text()
            .trimmed();
    f.cli({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), campaign});
    const QJsonObject show = campaignShow(f, campaign);
    CHECK(show[QStringLiteral("sent")].toInt() == 1);
    CHECK(show[QStringLiteral("queued")].toInt() == 1); // the gateway was busy (503) for Pyotr

    const QList<QJsonObject> requests = gateway.requests();
    REQUIRE(requests.size() == 3);
    const QJsonObject first = requests.first()[QStringLiteral("query")].toObject();
    CHECK(first[QStringLiteral("to")].toString() == QStringLiteral("79123456789"));
    CHECK(first[QStringLiteral("text")].toString() == QStringLiteral("Иван, заказ готов. Вектор"));
    CHECK(first[QStringLiteral("key")].toString() == QStringLiteral("secret-key"));
    QFile db(f.db);
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains("secret-key"));
}

TEST_CASE("A mailing scheduled for later sends nothing before its time", "[cli][mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    setUp(f, server);
    mailingBase(f);
    const QString at = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const QString id =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("Завтра"), QStringLiteral("--template"),
              QStringLiteral("Приветствие"), QStringLiteral("--segment"), QStringLiteral("Все"),
              QStringLiteral("--at"), at})
            .text()
            .trimmed();
    const Result run =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), id});
    CHECK(run.text().contains(QStringLiteral("nothing is due yet")));
    const QJsonObject show = campaignShow(f, id);
    CHECK(show[QStringLiteral("status")].toString() == QStringLiteral("scheduled"));
    CHECK(show[QStringLiteral("scheduled_at")].toString() == at);
    CHECK(show[QStringLiteral("queued")].toInt() == 3);
    CHECK(server.messages().isEmpty());
}
