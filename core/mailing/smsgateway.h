#pragma once

#include "messagetransport.h"

#include <QCoreApplication>
#include <QString>

class BusinessSettings;

// SMS through a provider's HTTP API with QNetworkAccessManager: a URL
// template with {phone} (digits), {text}, {sender} and {key}, by GET or POST
// (the query as a form), success by the HTTP status or a JSON field. The
// "smsru" preset fills in SMS.ru's documented API. Certificates are always
// verified: a gateway with its own is trusted by naming its certificate,
// never by switching the check off. Blocking: it waits for the answer in a
// local event loop.
class SmsGateway : public MessageTransport
{
    Q_DECLARE_TR_FUNCTIONS(SmsGateway)

public:
    struct Settings
    {
        QString url;
        QString method = QStringLiteral("GET");
        QString sender;
        QString key;          // the API key: keychain or $CLIENTELE_SMS_KEY
        QString successField; // "status=OK"; empty: any 2xx answer
        QString caFile;       // the certificates to trust (a gateway's own); empty: the system's
        int timeoutSeconds = 30;

        static Settings load(const BusinessSettings &settings, const QString &key);
        // SMS.ru's documented API: its address, GET, and {"status": "OK"}.
        static Settings smsRu(const QString &key, const QString &sender);
        bool isConfigured() const { return !url.isEmpty(); }
    };

    explicit SmsGateway(Settings settings) : m_settings(std::move(settings)) {}
    SendResult send(OutboxMessage &message, const QList<MailMessage::Attachment> &files) override;

private:
    SendResult exchange(const OutboxMessage &message) const;

    Settings m_settings;
};
