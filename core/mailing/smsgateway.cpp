#include "smsgateway.h"

#include "secretmask.h"
#include "settings/businesssettings.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace {
const char kSmsRuUrl[] = "https://sms.ru/sms/send?api_id={key}&to={phone}&msg={text}"
                         "&from={sender}&json=1";
} // namespace

SmsGateway::Settings SmsGateway::Settings::load(const BusinessSettings &settings,
                                                const QString &key)
{
    Settings s;
    s.key = key;
    s.sender = settings.value(QStringLiteral("sms.sender"));
    s.caFile = settings.value(QStringLiteral("sms.ca_file"));
    if (settings.value(QStringLiteral("sms.provider")) == QLatin1String("smsru"))
        return smsRu(key, s.sender);
    s.url = settings.value(QStringLiteral("sms.url"));
    s.method = settings.value(QStringLiteral("sms.method"));
    s.successField = settings.value(QStringLiteral("sms.success_field"));
    return s;
}

SmsGateway::Settings SmsGateway::Settings::smsRu(const QString &key, const QString &sender)
{
    Settings s;
    s.key = key;
    s.sender = sender;
    s.url = QString::fromLatin1(kSmsRuUrl);
    s.successField = QStringLiteral("status=OK");
    return s;
}

SendResult SmsGateway::send(OutboxMessage &m, const QList<MailMessage::Attachment> &)
{
    SendResult result = exchange(m);
    // A gateway may echo the request, key and all; an error may quote the address.
    result.answer = SecretMask::apply(result.answer, {m_settings.key});
    return result;
}

SendResult SmsGateway::exchange(const OutboxMessage &m) const
{
    SendResult result;
    // Every placeholder is filled in percent-encoded, so a text cannot add
    // parameters of its own.
    QString phone = m.address;
    phone.remove(QLatin1Char('+'));
    QString filled = m_settings.url;
    const QList<QPair<QString, QString>> values = {{QStringLiteral("{phone}"), phone},
                                                   {QStringLiteral("{text}"), m.body},
                                                   {QStringLiteral("{sender}"), m_settings.sender},
                                                   {QStringLiteral("{key}"), m_settings.key}};
    for (const auto &[placeholder, value] : values)
        filled.replace(placeholder, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl url(filled, QUrl::StrictMode);
    if (!url.isValid()) {
        result.answer = tr("The SMS gateway's address is not valid: %1").arg(url.errorString());
        return result;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(m_settings.caFile);
        if (trusted.isEmpty()) {
            result.answer = tr("Cannot read a certificate from %1.").arg(m_settings.caFile);
            return result;
        }
        tls.addCaCertificates(trusted);
    }
    QNetworkAccessManager network;
    QNetworkReply *reply = nullptr;
    const bool post = m_settings.method == QLatin1String("POST");
    const QByteArray form = post ? url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
    if (post)
        url.setQuery(QString());
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = network.post(request, form);
    } else {
        reply = network.get(request);
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(m_settings.timeoutSeconds * 1000);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    result.code = status;
    result.answer = QString::fromUtf8(body.left(300)).simplified();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();

    if (status == 0) {
        // No answer at all: the gateway or the network is down, or the time ran out.
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        result.outcome = tls ? SendResult::Outcome::Permanent : SendResult::Outcome::Temporary;
        result.answer = QStringLiteral("%1: %2").arg(url.host(), errorText);
        return result;
    }
    if (status >= 500 || status == 429) {
        result.outcome = SendResult::Outcome::Temporary;
        return result;
    }
    if (status < 200 || status >= 300) {
        result.outcome = SendResult::Outcome::Permanent;
        return result;
    }
    if (!m_settings.successField.isEmpty()) {
        const qsizetype eq = m_settings.successField.indexOf(QLatin1Char('='));
        const QString field = m_settings.successField.left(eq);
        const QString wanted = m_settings.successField.mid(eq + 1);
        const QJsonValue got = QJsonDocument::fromJson(body).object().value(field);
        const QString gotText = got.isString() ? got.toString() : QString::number(got.toDouble());
        if (eq < 0 || got.isUndefined() || gotText != wanted) {
            result.outcome = SendResult::Outcome::Permanent;
            return result;
        }
    }
    result.outcome = SendResult::Outcome::Sent;
    return result;
}
