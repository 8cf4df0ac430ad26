#pragma once

#include "documents/proposal.h"
#include "mailing/mailmessage.h"
#include "mailing/recipientdata.h"
#include "mailing/sendresult.h"

#include <QDialog>
#include <optional>

class BackgroundTask;
class Database;
class Messenger;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class SecretStore;
struct OutboxMessage;
struct TransportSettings;

// "Write e-mail…" / "Send SMS…" from a client's, contact person's or deal's
// card: one of their addresses, a template filled for them or free text,
// files (and a deal's commercial proposal as PDF). The message goes through
// the outbox, so it survives a stop and becomes an interaction in the
// history; the dialog shows the server's answer, or the fields that would
// leave a hole in the message.
class ComposeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QString channel = QStringLiteral("email"); // email or sms
        qint64 clientId = 0;
        qint64 contactId = 0; // 0: any of the client's addresses
        qint64 dealId = 0;
    };

    ComposeDialog(const Database &db, SecretStore &secrets, Messenger &messenger, QString manager,
                  const Target &target, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    void addAttachment(const QString &path);
    bool isSending() const;
    // The outbox row of the message last queued; 0 before.
    qint64 messageId() const { return m_messageId; }
    // Queues the message and hands it to the server in the background.
    bool send();

Q_SIGNALS:
    // The server answered (or the message could not go); the history may have a new entry.
    void sendFinished(bool sent);

private:
    struct Outcome;
    // The chosen address's client or contact person, with the deal; nullopt with the reason.
    std::optional<RecipientData> recipient(QString *error) const;
    void fillAddresses();
    void fillTemplates();
    void applyTemplate();
    void updateLength();
    void startSending(const OutboxMessage &message, const TransportSettings &transports);
    void sendFinishedInWorker(bool ok);
    bool isEmail() const;

    const Database &m_db;
    SecretStore &m_secrets;
    Messenger &m_messenger;
    QString m_manager;
    Target m_target;
    std::optional<Proposal> m_proposal;
    QStringList m_proposalMissing;
    QList<MailMessage::Attachment> m_files;
    // What the chosen template made, to tell an edited text from an untouched one.
    QString m_renderedText;
    QString m_renderedHtml;
    qint64 m_messageId = 0;
    std::shared_ptr<Outcome> m_outcome;
    BackgroundTask *m_task;

    QComboBox *m_to;
    QComboBox *m_template;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_length;
    QListWidget *m_attachments;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QCheckBox *m_attachProposal;
    QLabel *m_held;
    QLabel *m_result;
    QPushButton *m_send;
    QPushButton *m_close;
};
