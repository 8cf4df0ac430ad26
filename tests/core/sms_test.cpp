// SmsGateway against a loopback HTTP server that records what it is sent,
// and the length of SMS texts in GSM-7 and UCS-2.
#include "catchqt.h"
#include "smsserverprocess.h"

#include "mailing/smsgateway.h"
#include "mailing/smslength.h"

#include <QJsonObject>

namespace {
OutboxMessage sms(const QString &phone, const QString &text)
{
    OutboxMessage m;
    m.channel = QStringLiteral("sms");
    m.address = phone;
    m.body = text;
    return m;
}
} // namespace

TEST_CASE("An SMS goes to the gateway with the phone, the text and the key, by GET or POST",
          "[sms]")
{
    SmsServerProcess gateway;
    REQUIRE(gateway.isRunning());
    SmsGateway::Settings s;
    s.url = gateway.url(QStringLiteral("to={phone}&msg={text}&from={sender}&api_id={key}"));
    s.sender = QStringLiteral("Vector");
    s.key = QStringLiteral("k&y=1");
    s.successField = QStringLiteral("status=OK");
    const QString text = QStringLiteral("Иван Петрович, заказ «Бумага & картриджи» готов: 100% "
                                        "оплачен?");

    OutboxMessage m = sms(QStringLiteral("+79123456789"), text);
    SendResult r = SmsGateway(s).send(m, {});
    INFO(r.answer.toStdString());
    CHECK(r.sent());
    CHECK(r.code == 200);

    s.method = QStringLiteral("POST");
    m = sms(QStringLiteral("+79123456780"), text);
    CHECK(SmsGateway(s).send(m, {}).sent());

    const QList<QJsonObject> requests = gateway.requests();
    REQUIRE(requests.size() == 2);
    const QJsonObject get = requests.at(0)[QStringLiteral("query")].toObject();
    CHECK(requests.at(0)[QStringLiteral("method")].toString() == QStringLiteral("GET"));
    CHECK(get[QStringLiteral("to")].toString() == QStringLiteral("79123456789"));
    CHECK(get[QStringLiteral("msg")].toString() == text);
    CHECK(get[QStringLiteral("from")].toString() == QStringLiteral("Vector"));
    CHECK(get[QStringLiteral("api_id")].toString() == QStringLiteral("k&y=1"));
    const QJsonObject post = requests.at(1)[QStringLiteral("form")].toObject();
    CHECK(requests.at(1)[QStringLiteral("method")].toString() == QStringLiteral("POST"));
    CHECK(requests.at(1)[QStringLiteral("query")].toObject().isEmpty());
    CHECK(post[QStringLiteral("msg")].toString() == text);
    CHECK(post[QStringLiteral("to")].toString() == QStringLiteral("79123456780"));
}

TEST_CASE("Gateway answers: busy is temporary, refusals and errors are final", "[sms]")
{
    SmsServerProcess gateway;
    REQUIRE(gateway.isRunning());
    SmsGateway::Settings s;
    s.url = gateway.url(QStringLiteral("to={phone}&msg={text}"));
    s.successField = QStringLiteral("status=OK");
    OutboxMessage busy = sms(QStringLiteral("+79120000503"), QStringLiteral("x"));
    SendResult r = SmsGateway(s).send(busy, {});
    CHECK(r.outcome == SendResult::Outcome::Temporary);
    CHECK(r.code == 503);
    OutboxMessage bad = sms(QStringLiteral("+79120000400"), QStringLiteral("x"));
    r = SmsGateway(s).send(bad, {});
    CHECK(r.outcome == SendResult::Outcome::Permanent);
    CHECK(r.answer.contains(QStringLiteral("bad number")));
    OutboxMessage broke = sms(QStringLiteral("+79120000999"), QStringLiteral("x"));
    r = SmsGateway(s).send(broke, {});
    CHECK(r.outcome == SendResult::Outcome::Permanent);
    CHECK(r.answer.contains(QStringLiteral("no money")));

    s.url = QStringLiteral("http://127.0.0.1:1/send?to={phone}");
    OutboxMessage down = sms(QStringLiteral("+79123456789"), QStringLiteral("x"));
    r = SmsGateway(s).send(down, {});
    CHECK(r.outcome == SendResult::Outcome::Temporary);
    CHECK(r.answer.startsWith(QStringLiteral("127.0.0.1: ")));
}

TEST_CASE("A gateway that echoes the request gets its key back masked", "[sms][security]")
{
    SmsServerProcess gateway;
    REQUIRE(gateway.isRunning());
    SmsGateway::Settings s;
    s.url = gateway.url(QStringLiteral("to={phone}&msg={text}&api_id={key}"));
    s.key = QStringLiteral("SmsKey 5c1b&8e=");
    OutboxMessage m = sms(QStringLiteral("+79120000401"), QStringLiteral("x"));
    const SendResult r = SmsGateway(s).send(m, {});
    INFO(r.answer.toStdString());
    CHECK(r.outcome == SendResult::Outcome::Permanent);
    CHECK(r.code == 401);
    CHECK(r.answer.contains(QStringLiteral("wrong key")));
    CHECK(r.answer.contains(QStringLiteral("api_id=***")));
    CHECK_FALSE(r.answer.contains(QStringLiteral("5c1b")));
    // It did get the key: the masking is ours, not the gateway's.
    REQUIRE(gateway.requests().size() == 1);
    CHECK(
        gateway.requests().first()[QStringLiteral("query")].toObject()[QStringLiteral("api_id")] ==
        s.key);
}

TEST_CASE("A gateway with a certificate nobody vouched for is refused unless it is named",
          "[sms][security]")
{
    SmsServerProcess gateway(true);
    REQUIRE(gateway.isRunning());
    SmsGateway::Settings s;
    s.url = gateway.url(QStringLiteral("to={phone}&msg={text}&api_id={key}"));
    s.key = QStringLiteral("t1s-k3y-42");
    s.successField = QStringLiteral("status=OK");

    OutboxMessage m = sms(QStringLiteral("+79123456789"), QStringLiteral("Заказ готов"));
    SendResult r = SmsGateway(s).send(m, {});
    INFO(r.answer.toStdString());
    CHECK(r.outcome == SendResult::Outcome::Permanent);
    CHECK(r.code == 0);
    CHECK(r.answer.startsWith(QStringLiteral("localhost: ")));
    CHECK(r.answer.contains(QStringLiteral("certificate"), Qt::CaseInsensitive));
    CHECK(gateway.requests().isEmpty()); // neither the text nor the key went out

    s.caFile = gateway.caFile();
    r = SmsGateway(s).send(m, {});
    CHECK(r.sent());
    CHECK(gateway.requests().size() == 1);

    s.caFile = QStringLiteral("/nonexistent/ca.pem");
    r = SmsGateway(s).send(m, {});
    CHECK_FALSE(r.sent());
    CHECK(r.answer.contains(QStringLiteral("/nonexistent/ca.pem")));
}

TEST_CASE("SMS length: GSM-7 160/153, Cyrillic in UCS-2 70/67", "[sms]")
{
    CHECK(SmsLength::of(QString(160, QLatin1Char('a'))).parts == 1);
    const SmsLength long1 = SmsLength::of(QString(161, QLatin1Char('a')));
    CHECK_FALSE(long1.unicode);
    CHECK(long1.parts == 2);
    CHECK(long1.perPart == 153);
    CHECK(SmsLength::of(QStringLiteral("Price: 10€ [net]")).characters == 19);
    const SmsLength ru = SmsLength::of(QString(70, QChar(0x0416)));
    CHECK(ru.unicode);
    CHECK(ru.parts == 1);
    const SmsLength ru71 = SmsLength::of(QString(71, QChar(0x0416)));
    CHECK(ru71.parts == 2);
    CHECK(ru71.perPart == 67);
    CHECK(SmsLength::of(QString(134, QChar(0x0416))).parts == 2);
    CHECK(SmsLength::of(QString(135, QChar(0x0416))).parts == 3);
    CHECK(SmsLength::of(QString()).parts == 0);
}
