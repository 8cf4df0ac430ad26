#pragma once

#include "messagetransport.h"
#include "smtpsettings.h"

// An outbox e-mail as a MIME message through SmtpTransport, from our sender,
// with List-Unsubscribe on mailings.
class EmailTransport : public MessageTransport
{
public:
    explicit EmailTransport(SmtpSettings settings) : m_settings(std::move(settings)) {}
    SendResult send(OutboxMessage &message, const QList<MailMessage::Attachment> &files) override;

private:
    SmtpSettings m_settings;
};
