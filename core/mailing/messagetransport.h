#pragma once

#include "mailmessage.h"
#include "outboxmessage.h"
#include "sendresult.h"

// Hands one outbox message to the outside world (an SMTP server, an SMS
// gateway) and says what came back. Blocking; called off the GUI thread. It
// may note on the message what the outbox keeps (the Message-ID).
class MessageTransport
{
public:
    virtual ~MessageTransport() = default;
    virtual SendResult send(OutboxMessage &message,
                            const QList<MailMessage::Attachment> &files) = 0;
};
