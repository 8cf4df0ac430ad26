#include "smtptransport.h"

#include "loopback.h"
#include "mimeheaders.h"
#include "secretmask.h"

#include <QByteArrayList>
#include <QDateTime>
#include <curl/curl.h>
#include <memory>

namespace {
void initCurlOnce()
{
    // curl_global_init is not thread-safe before the first call returns; a
    // function-local static is initialised exactly once.
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised);
}

using Easy = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using Mime = std::unique_ptr<curl_mime, decltype(&curl_mime_free)>;

// Owns a curl_slist.
class Lines
{
public:
    ~Lines() { curl_slist_free_all(m_list); }
    void add(const QByteArray &line) { m_list = curl_slist_append(m_list, line.constData()); }
    curl_slist *release()
    {
        curl_slist *list = m_list;
        m_list = nullptr;
        return list;
    }
    curl_slist *get() const { return m_list; }

private:
    curl_slist *m_list = nullptr;
};

// The server's replies, kept for the answer shown to the user.
int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN)
        static_cast<QByteArrayList *>(user)->append(QByteArray(data, qsizetype(size)).trimmed());
    return 0;
}

void addTextPart(curl_mime *mime, const QString &text, const char *type)
{
    curl_mimepart *part = curl_mime_addpart(mime);
    const QByteArray utf8 = text.toUtf8();
    curl_mime_data(part, utf8.constData(), size_t(utf8.size()));
    curl_mime_type(part, type);
    curl_mime_encoder(part, "quoted-printable");
}

bool isTemporary(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SSL_CONNECT_ERROR:
        return true;
    default:
        return false;
    }
}
} // namespace

SendResult SmtpTransport::send(const MailMessage &message) const
{
    SendResult result = exchange(message);
    // Whatever the server or the library said, the password is not in it.
    result.answer = SecretMask::apply(result.answer, {m_settings.password});
    return result;
}

SendResult SmtpTransport::exchange(const MailMessage &message) const
{
    SendResult result;
    if (m_settings.security == SmtpSettings::Security::None && !m_settings.user.isEmpty() &&
        !Loopback::isHost(m_settings.host)) {
        result.answer = tr("%1: the password would go unencrypted over the network; choose "
                           "STARTTLS or TLS (no encryption is for a server on this machine).")
                            .arg(m_settings.host);
        return result;
    }
    initCurlOnce();
    Easy easy(curl_easy_init(), &curl_easy_cleanup);
    if (!easy) {
        result.answer = tr("The mail library could not start.");
        return result;
    }
    CURL *c = easy.get();

    const bool tls = m_settings.security == SmtpSettings::Security::Tls;
    QString host = m_settings.host;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    const QByteArray url =
        (tls ? QStringLiteral("smtps://") : QStringLiteral("smtp://")).toLatin1() + host.toUtf8() +
        ':' + QByteArray::number(m_settings.port);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::None ? long(CURLUSESSL_NONE)
                                                                         : long(CURLUSESSL_ALL));
    // Certificates are always verified; a self-signed server is trusted by
    // naming its certificate, never by switching the check off.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const long timeout = qMax(5, m_settings.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, qMin(timeout, 30L));
    // A big attachment may take long; a stalled server may not.
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, timeout);

    const QByteArray from = '<' + message.from.address.toLatin1() + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    Lines recipients;
    for (const MailMessage::Address &to : message.to)
        recipients.add('<' + to.address.trimmed().toLatin1() + '>');
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    Lines headers;
    headers.add("Date: " + MimeHeaders::date(QDateTime::currentDateTimeUtc()));
    headers.add("From: " + MimeHeaders::mailbox(message.from));
    QByteArray to;
    for (const MailMessage::Address &a : message.to)
        to += (to.isEmpty() ? "" : ",\r\n ") + MimeHeaders::mailbox(a);
    headers.add("To: " + to);
    headers.add("Subject: " + MimeHeaders::encodedText(message.subject));
    const QString id = message.messageId.isEmpty() ? MimeHeaders::newMessageId(message.from.address)
                                                   : message.messageId;
    headers.add("Message-ID: <" + id.toLatin1() + '>');
    if (!message.listUnsubscribe.isEmpty())
        headers.add("List-Unsubscribe: <" + MimeHeaders::encodedText(message.listUnsubscribe) +
                    '>');
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    // multipart/mixed { multipart/alternative { text, html }, attachments }
    Mime mime(curl_mime_init(c), &curl_mime_free);
    if (message.html.isEmpty()) {
        addTextPart(mime.get(), message.text, "text/plain; charset=UTF-8");
    } else {
        curl_mime *alternative = curl_mime_init(c);
        addTextPart(alternative, message.text, "text/plain; charset=UTF-8");
        addTextPart(alternative, message.html, "text/html; charset=UTF-8");
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_subparts(part, alternative); // the part owns it now
        curl_mime_type(part, "multipart/alternative");
        Lines inline_;
        inline_.add("Content-Disposition: inline");
        curl_mime_headers(part, inline_.release(), 1);
    }
    for (const MailMessage::Attachment &a : message.attachments) {
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_data(part, a.data.constData(), size_t(a.data.size()));
        curl_mime_encoder(part, "base64");
        Lines partHeaders;
        partHeaders.add("Content-Type: " + MimeHeaders::contentType(a.mimeType, a.fileName));
        partHeaders.add("Content-Disposition: " + MimeHeaders::contentDisposition(a.fileName));
        curl_mime_headers(part, partHeaders.release(), 1);
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    QByteArrayList replies;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &collectReplies);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(c);
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    result.code = int(reply);
    // The reply that carries the code, not the "221 Bye" that may follow it.
    for (qsizetype i = replies.size() - 1; i >= 0 && result.answer.isEmpty(); --i) {
        if (reply > 0 && replies.at(i).startsWith(QByteArray::number(reply)))
            result.answer = QString::fromUtf8(replies.at(i));
    }
    if (code == CURLE_OK) {
        result.outcome = SendResult::Outcome::Sent;
        return result;
    }
    if (reply >= 400 && reply < 500)
        result.outcome = SendResult::Outcome::Temporary;
    else if (reply >= 500)
        result.outcome = SendResult::Outcome::Permanent;
    else
        result.outcome =
            isTemporary(code) ? SendResult::Outcome::Temporary : SendResult::Outcome::Permanent;
    if (reply < 400 || result.answer.isEmpty()) {
        const QString why = errorText[0] ? QString::fromUtf8(errorText)
                                         : QString::fromUtf8(curl_easy_strerror(code));
        result.answer =
            QStringLiteral("%1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(why);
    }
    return result;
}
