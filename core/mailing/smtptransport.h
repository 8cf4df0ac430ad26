#pragma once

#include "mailmessage.h"
#include "sendresult.h"
#include "smtpsettings.h"

#include <QCoreApplication>

// Sends one message through an SMTP server with libcurl: STARTTLS or
// implicit TLS with the certificate always verified, AUTH, and a MIME body
// of a plain-text and an HTML alternative plus attachments. Blocking: the
// outbox calls it from its worker thread.
class SmtpTransport
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTransport)

public:
    explicit SmtpTransport(SmtpSettings settings) : m_settings(std::move(settings)) {}

    SendResult send(const MailMessage &message) const;

private:
    SendResult exchange(const MailMessage &message) const;

    SmtpSettings m_settings;
};
