// Secrets, certificates and hostile client data from the command line: what
// the user is shown, what the servers get, and what is left on disk.
#include "clifixture.h"
#include "filebytes.h"
#include "smsserverprocess.h"
#include "smtpserverprocess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

namespace {
// The ways a secret could be written down: as typed, in UTF-16 (SQLite text
// can be), URL-encoded and in base64 (SMTP AUTH).
QList<QByteArray> writtenForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
            QUrl::toPercentEncoding(secret), utf8.toBase64()};
}

void set(const Fixture &f, const QString &key, const QString &value)
{
    f.ok({QStringLiteral("settings"), QStringLiteral("set"), key, value});
}

QJsonObject lastOutboxRow(const Fixture &f)
{
    const QJsonArray rows = f.jsonArray({QStringLiteral("mail"), QStringLiteral("outbox"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    return rows.isEmpty() ? QJsonObject() : rows.last().toObject();
}

qint64 person(const Fixture &f, const QString &first, const QString &last, const QString &email,
              const QString &phone = QString())
{
    QStringList args = {QStringLiteral("--kind"),       QStringLiteral("person"),
                        QStringLiteral("--name"),       QStringLiteral("x"),
                        QStringLiteral("--first-name"), first,
                        QStringLiteral("--last-name"),  last,
                        QStringLiteral("--email"),      email};
    if (!phone.isEmpty())
        args << QStringLiteral("--phone") << phone;
    return f.add(args);
}

// The mail server of `server`, with its certificate trusted or not.
void mailServer(const Fixture &f, const SmtpServerProcess &server, bool trusted)
{
    set(f, QStringLiteral("smtp.port"), QString::number(server.port()));
    set(f, QStringLiteral("smtp.security"),
        server.implicitTls() ? QStringLiteral("tls") : QStringLiteral("starttls"));
    set(f, QStringLiteral("smtp.ca_file"), trusted ? server.caFile() : QString());
}

// Our sender, with a login on localhost.
void sender(const Fixture &f)
{
    set(f, QStringLiteral("smtp.host"), QStringLiteral("localhost"));
    set(f, QStringLiteral("smtp.user"), QStringLiteral("robot"));
    set(f, QStringLiteral("smtp.from"), QStringLiteral("sales@vector.example"));
}

QStringList sendTo(qint64 client, const QString &subject, const QString &body)
{
    return {QStringLiteral("mail"),      QStringLiteral("send"),
            QStringLiteral("--client"),  QString::number(client),
            QStringLiteral("--subject"), subject,
            QStringLiteral("--body"),    body};
}
} // namespace

TEST_CASE("Passwords and keys stay out of the base, the settings and all output, even when "
          "refused",
          "[cli][security]")
{
    const QString password = QStringLiteral("Pa55-7f3a9c-Секрет");
    const QString wrongPassword = QStringLiteral("Wr0ng-2b8d41-Пароль");
    const QString smsKey = QStringLiteral("SmsKey-5c1b8e-Ключ");
    SmtpServerProcess server({true, false, QStringLiteral("robot"), password});
    REQUIRE(server.isRunning());
    SmsServerProcess gateway;
    REQUIRE(gateway.isRunning());
    Fixture f;
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), QStringLiteral("Анна"));
    f.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), f.dir.filePath(QStringLiteral("cfg")));
    f.environment.insert(QStringLiteral("CLIENTELE_SMS_KEY"), smsKey);
    f.environment.insert(QStringLiteral("CLIENTELE_SMTP_PASSWORD"), wrongPassword);
    QByteArray shown; // everything the command line printed
    auto run = [&](const QStringList &args) {
        const Result r = f.cli(args);
        shown += r.out + r.err.toUtf8();
        return r;
    };

    sender(f);
    mailServer(f, server, true);
    set(f, QStringLiteral("sms.url"),
        gateway.url(QStringLiteral("to={phone}&text={text}&api_id={key}")));
    set(f, QStringLiteral("sms.success_field"), QStringLiteral("status=OK"));
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("Вектор")});
    const qint64 ivan =
        person(f, QStringLiteral("Иван"), QStringLiteral("Сидоров"),
               QStringLiteral("ivan@romashka.example"), QStringLiteral("+7 912 000-04-01"));
    person(f, QStringLiteral("Пётр"), QStringLiteral("Петров"),
           QStringLiteral("petr@romashka.example"));
    // A connection of our own keeps the -wal and -shm files there to be read.
    QSqlDatabase watcher =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("security_cli_test"));
    watcher.setDatabaseName(f.db);
    REQUIRE(watcher.open());
    REQUIRE(QSqlQuery(watcher).exec(QStringLiteral("SELECT COUNT(*) FROM clients")));

    // Secrets offered as settings are refused without being repeated.
    CHECK(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("smtp.password"),
               password})
              .code == 1);
    CHECK(
        run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.key"), smsKey})
            .code == 1);
    CHECK(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("sms.url"),
               QStringLiteral("https://sms.example/send?api_id=%1&to={phone}").arg(smsKey)})
              .code == 1);

    // A mailing with the wrong password: the server refuses every message.
    f.ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Все"), QStringLiteral("--filter"), QStringLiteral("recipients=all")});
    QFile body(f.dir.filePath(QStringLiteral("hello.html")));
    REQUIRE(body.open(QIODevice::WriteOnly));
    body.write("<p>Здравствуйте, {{contact.first_name}}!</p>");
    body.close();
    f.ok({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Привет"), QStringLiteral("--subject"), QStringLiteral("Привет"),
          QStringLiteral("--body-file"), body.fileName()});
    const QString campaign =
        f.ok({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("create"),
              QStringLiteral("--name"), QStringLiteral("Привет"), QStringLiteral("--template"),
              QStringLiteral("Привет"), QStringLiteral("--segment"), QStringLiteral("Все"),
              QStringLiteral("--rate"), QStringLiteral("6000")})
            .text()
            .trimmed();
    const Result refused =
        run({QStringLiteral("mail"), QStringLiteral("campaign"), QStringLiteral("run"), campaign});
    CHECK(refused.code == 1);
    CHECK(refused.text().contains(QStringLiteral("failed 2")));
    CHECK(lastOutboxRow(f)[QStringLiteral("code")].toInt() == 535);
    CHECK(server.messages().isEmpty());

    // The right one: the message goes.
    f.environment.insert(QStringLiteral("CLIENTELE_SMTP_PASSWORD"), password);
    CHECK(run(sendTo(ivan, QStringLiteral("Счёт"), QStringLiteral("<p>Счёт во вложении.</p>")))
              .code == 0);
    CHECK(server.messages().size() == 1);

    // A gateway that answers a refusal with the whole request, key and all.
    const Result sms =
        run({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--client"),
             QString::number(ivan), QStringLiteral("--body"), QStringLiteral("Тест")});
    CHECK(sms.code == 1);
    CHECK(sms.err.contains(QStringLiteral("api_id=***")));
    REQUIRE(gateway.requests().size() == 1);
    CHECK(
        gateway.requests().first()[QStringLiteral("query")].toObject()[QStringLiteral("api_id")] ==
        smsKey); // the key did go where it belongs

    const QByteArray disk = bytesUnder(f.dir.path());
    REQUIRE(disk.contains("sales@vector.example")); // the base was read
    REQUIRE(QFile::exists(f.db + QStringLiteral("-wal")));
    for (const QString &secret : {password, wrongPassword, smsKey}) {
        INFO(secret.toStdString());
        for (const QByteArray &form : writtenForms(secret)) {
            CHECK_FALSE(shown.contains(form));
            CHECK_FALSE(disk.contains(form));
        }
    }
    watcher.close();
    watcher = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("security_cli_test"));
}

TEST_CASE("A mail server whose certificate nobody vouched for is refused, named, and nothing is "
          "marked sent",
          "[cli][security]")
{
    Fixture f;
    f.environment.insert(QStringLiteral("CLIENTELE_SMTP_PASSWORD"), QStringLiteral("s3cret"));
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), QStringLiteral("Анна"));
    const qint64 ivan = person(f, QStringLiteral("Иван"), QStringLiteral("Сидоров"),
                               QStringLiteral("ivan@romashka.example"));
    sender(f);
    for (const bool implicitTls : {false, true}) {
        INFO((implicitTls ? "TLS from the start" : "STARTTLS"));
        SmtpServerProcess server(
            {true, implicitTls, QStringLiteral("robot"), QStringLiteral("s3cret")});
        REQUIRE(server.isRunning());
        mailServer(f, server, false); // the system's certificates only

        const Result refused =
            f.cli(sendTo(ivan, QStringLiteral("Счёт"), QStringLiteral("<p>Счёт</p>")));
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("refused")));
        CHECK(refused.err.contains(QStringLiteral("certificate"), Qt::CaseInsensitive));
        const QJsonObject row = lastOutboxRow(f);
        CHECK(row[QStringLiteral("state")].toString() == QStringLiteral("failed"));
        CHECK(row[QStringLiteral("sent_at")].isNull());
        CHECK(server.messages().isEmpty());

        // Naming the server's certificate is the way to trust it.
        set(f, QStringLiteral("smtp.ca_file"), server.caFile());
        const Result trusted =
            f.cli(sendTo(ivan, QStringLiteral("Счёт"), QStringLiteral("<p>Счёт</p>")));
        INFO(trusted.err.toStdString());
        CHECK(trusted.code == 0);
        CHECK(server.messages().size() == 1);
    }
}

TEST_CASE("A client named like a tag or a placeholder gets mail that reads as typed",
          "[cli][security]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("s3cret")});
    REQUIRE(server.isRunning());
    Fixture f;
    f.environment.insert(QStringLiteral("CLIENTELE_SMTP_PASSWORD"), QStringLiteral("s3cret"));
    f.environment.insert(QStringLiteral("CLIENTELE_USER"), QStringLiteral("Анна"));
    sender(f);
    mailServer(f, server, true);
    f.ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("Вектор"), QStringLiteral("--inn"), QStringLiteral("6658021804")});
    const qint64 client =
        person(f, QStringLiteral("{{company.inn}}"), QStringLiteral("<script>alert(1)</script>"),
               QStringLiteral("ivan@romashka.example"));

    f.ok(sendTo(client, QStringLiteral("{{contact.first_name}} {{contact.last_name}}"),
                QStringLiteral("<p>{{contact.first_name}} {{contact.last_name}}</p>"
                               "<p>ИНН {{company.inn}}</p>")));
    REQUIRE(server.messages().size() == 1);
    const QJsonObject mail = SmtpServerProcess::readMail(server.messages().first());
    const QString typed = QStringLiteral("{{company.inn}} <script>alert(1)</script>");
    CHECK(mail[QStringLiteral("subject")].toString() == typed);
    const QString html = mail[QStringLiteral("html")].toString();
    CHECK(html.contains(QStringLiteral("{{company.inn}} &lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    const QString text = mail[QStringLiteral("text")].toString();
    CHECK(text.contains(typed));
    CHECK(text.count(QStringLiteral("6658021804")) == 1); // the template's own, not the name
    CHECK(mail[QStringLiteral("defects")].toArray().isEmpty());
}
