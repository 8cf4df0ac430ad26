#include "emailtransport.h"

#include "mimeheaders.h"
#include "smtptransport.h"

SendResult EmailTransport::send(OutboxMessage &m, const QList<MailMessage::Attachment> &files)
{
    if (m.messageId.isEmpty())
        m.messageId = MimeHeaders::newMessageId(m_settings.fromAddress);
    MailMessage mail;
    mail.from = {m_settings.fromName, m_settings.fromAddress};
    mail.to = {{m.name, m.address}};
    mail.subject = m.subject;
    mail.html = m.body;
    mail.text = m.textBody;
    mail.attachments = files;
    mail.messageId = m.messageId;
    if (m.campaignId != 0)
        mail.listUnsubscribe = m_settings.unsubscribe;
    return SmtpTransport(m_settings).send(mail);
}
