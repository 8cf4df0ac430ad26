#pragma once

#include "mailing/mailmessage.h"
#include "mailing/messagetemplate.h"

#include <QDialog>
#include <QList>

class ClientRepository;
class Database;
class Messenger;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

// Settings → Templates…: the e-mail and SMS templates, ready ones marked.
// Editing a ready one saves an override that Restore removes. The editor
// has an Insert placeholder menu, attachments for e-mail, and a live
// preview filled for a client chosen from the base: the message as sent, or
// the list of empty fields for which it would be held. SMS show their length
// and parts.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    TemplatesDialog(const Database &db, const ClientRepository &clients, Messenger &messenger,
                    QString manager, QWidget *parent = nullptr);

    // The recipient of the preview, as "Choose…" sets it.
    void setPreviewClient(qint64 clientId, const QString &name);
    bool selectTemplate(const QString &channel, const QString &name);
    bool save();
    bool restore();
    void addAttachment(const QString &path);
    void insertPlaceholder(const QString &key);

private:
    void reload(const QString &channel = {}, const QString &name = {});
    void showTemplate();
    void newTemplate(const QString &channel);
    MessageTemplate fromFields() const;
    void updatePreview();
    void updateButtons();
    void fillAttachments();

    const Database &m_db;
    const ClientRepository &m_clients;
    Messenger &m_messenger;
    QString m_manager;
    MessageTemplate m_current;
    QList<MailMessage::Attachment> m_files;
    bool m_filesChanged = false;
    qint64 m_previewClient = 0;
    bool m_loading = false;

    QListWidget *m_list;
    QLineEdit *m_name;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_attachmentsLabel;
    QListWidget *m_attachments;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QToolButton *m_placeholders;
    QPushButton *m_save;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QLabel *m_recipient;
    QTextBrowser *m_preview;
    QLabel *m_held;
    QLabel *m_smsLength;
    QPlainTextEdit *m_lastEdit;
};
