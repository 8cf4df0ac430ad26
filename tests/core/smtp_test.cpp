// SmtpTransport against a real SMTP server on loopback (aiosmtpd), the mail
// read back by Python's email package as a mail reader would.
#include "catchqt.h"
#include "smtpserverprocess.h"

#include "mailing/smtptransport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
SmtpSettings settingsFor(const SmtpServerProcess &server, SmtpSettings::Security security)
{
    SmtpSettings s;
    s.host = QStringLiteral("localhost");
    s.port = server.port();
    s.security = security;
    s.caFile = server.caFile();
    s.timeoutSeconds = 10;
    return s;
}

MailMessage message(const QString &to)
{
    MailMessage m;
    m.from = {QStringLiteral("Отдел продаж «Вектор»"), QStringLiteral("sales@vector.example")};
    m.to = {{QStringLiteral("Иван Петрович Сидоров"), to}};
    m.subject = QStringLiteral("Коммерческое предложение № 17 на поставку бумаги и картриджей "
                               "для офиса — действует до 12.12.2026");
    m.text = QStringLiteral("Здравствуйте, Иван Петрович!\nВысылаем предложение.\n");
    m.html = QStringLiteral("<p>Здравствуйте, <b>Иван Петрович</b>!</p>");
    return m;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

TEST_CASE("A Russian message with HTML and a PDF arrives whole over STARTTLS with a login",
          "[mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("пароль-1")});
    REQUIRE(server.isRunning());
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.user = QStringLiteral("robot");
    s.password = QStringLiteral("пароль-1");

    MailMessage m = message(QStringLiteral("ivan@romashka.example"));
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 3000; ++i)
        pdf += char(i * 7 % 256); // every byte value, binary-safe
    m.attachments = {{QStringLiteral("Коммерческое предложение №17.pdf"),
                      QStringLiteral("application/pdf"), pdf}};
    m.listUnsubscribe = QStringLiteral("mailto:unsubscribe@vector.example?subject=17");

    const SendResult r = SmtpTransport(s).send(m);
    INFO(r.answer.toStdString());
    REQUIRE(r.sent());
    CHECK(r.code == 250);
    CHECK(r.answer.contains(QStringLiteral("queued as 1")));

    REQUIRE(server.messages().size() == 1);
    const QJsonObject mail = SmtpServerProcess::readMail(server.messages().first());
    CHECK(mail[QStringLiteral("subject")].toString() == m.subject);
    CHECK(mail[QStringLiteral("from")]
              .toArray()
              .first()
              .toObject()[QStringLiteral("name")]
              .toString() == m.from.name);
    const QJsonObject to = mail[QStringLiteral("to")].toArray().first().toObject();
    CHECK(to[QStringLiteral("name")].toString() == QStringLiteral("Иван Петрович Сидоров"));
    CHECK(to[QStringLiteral("address")].toString() == QStringLiteral("ivan@romashka.example"));
    CHECK(mail[QStringLiteral("text")].toString() == m.text);
    CHECK(mail[QStringLiteral("html")].toString().trimmed() == m.html);
    CHECK(
        mail[QStringLiteral("message_id")].toString().endsWith(QStringLiteral("@vector.example>")));
    CHECK_FALSE(mail[QStringLiteral("date")].toString().isEmpty());
    CHECK(mail[QStringLiteral("list_unsubscribe")].toString() ==
          QStringLiteral("<mailto:unsubscribe@vector.example?subject=17>"));
    const QJsonArray attachments = mail[QStringLiteral("attachments")].toArray();
    REQUIRE(attachments.size() == 1);
    const QJsonObject a = attachments.first().toObject();
    CHECK(a[QStringLiteral("filename")].toString() ==
          QStringLiteral("Коммерческое предложение №17.pdf"));
    CHECK(a[QStringLiteral("type")].toString() == QStringLiteral("application/pdf"));
    CHECK(a[QStringLiteral("data")].toString() == hex(pdf));
    CHECK(mail[QStringLiteral("defects")].toArray().isEmpty());
}

TEST_CASE("Implicit TLS; a line break in a name cannot add a header", "[mail]")
{
    SmtpServerProcess server({true, true, {}, {}});
    REQUIRE(server.isRunning());
    MailMessage m;
    m.from = {QStringLiteral("Sales"), QStringLiteral("sales@vector.example")};
    m.to = {{QStringLiteral("Eve\r\nBcc: spy@evil.example"), QStringLiteral("eve@example.com")}};
    m.subject = QStringLiteral("Order status\r\nBcc: spy@evil.example");
    m.text = QStringLiteral("Plain text only.");

    const SendResult r = SmtpTransport(settingsFor(server, SmtpSettings::Security::Tls)).send(m);
    INFO(r.answer.toStdString());
    REQUIRE(r.sent());
    const QJsonObject mail = SmtpServerProcess::readMail(server.messages().first());
    CHECK(mail[QStringLiteral("bcc")].toArray().isEmpty());
    CHECK(mail[QStringLiteral("subject")].toString() ==
          QStringLiteral("Order status  Bcc: spy@evil.example"));
    CHECK(mail[QStringLiteral("text")].toString().trimmed() == QStringLiteral("Plain text only."));
    CHECK(mail[QStringLiteral("html")].isNull());
}

TEST_CASE("Refusals say what the server said and whether to try again", "[mail]")
{
    SmtpServerProcess server({true, false, QStringLiteral("robot"), QStringLiteral("secret")});
    REQUIRE(server.isRunning());
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.user = QStringLiteral("robot");
    s.password = QStringLiteral("secret");

    SECTION("a mailbox that does not exist is a permanent failure")
    {
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("reject@x.example")));
        CHECK(r.outcome == SendResult::Outcome::Permanent);
        CHECK(r.code == 550);
        CHECK(r.answer.contains(QStringLiteral("mailbox unavailable")));
    }
    SECTION("a greylisting 451 is temporary")
    {
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("busy@x.example")));
        CHECK(r.outcome == SendResult::Outcome::Temporary);
        CHECK(r.code == 451);
    }
    SECTION("a server going away (421) is temporary, and the next try goes through")
    {
        server.setBusy(true);
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("ivan@x.example")));
        CHECK(r.outcome == SendResult::Outcome::Temporary);
        CHECK(r.code == 421);
        server.setBusy(false);
        CHECK(SmtpTransport(s).send(message(QStringLiteral("ivan@x.example"))).sent());
        CHECK(server.messages().size() == 1);
    }
    SECTION("a wrong password is permanent")
    {
        s.password = QStringLiteral("wrong");
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("ivan@x.example")));
        INFO(r.answer.toStdString());
        CHECK(r.outcome == SendResult::Outcome::Permanent);
        CHECK(r.code == 535);
    }
    SECTION("a certificate nobody vouched for is refused, never ignored")
    {
        s.caFile.clear();
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("ivan@x.example")));
        CHECK(r.outcome == SendResult::Outcome::Permanent);
        CHECK(r.answer.contains(QStringLiteral("certificate"), Qt::CaseInsensitive));
    }
    SECTION("the server down is temporary, naming it")
    {
        server.stop();
        const SendResult r = SmtpTransport(s).send(message(QStringLiteral("ivan@x.example")));
        CHECK(r.outcome == SendResult::Outcome::Temporary);
        CHECK(r.code == 0);
        CHECK(r.answer.startsWith(QStringLiteral("localhost:")));
    }
    CHECK(server.messages().size() <= 1);
}
