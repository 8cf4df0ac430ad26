#pragma once

#include "mailmessage.h"
#include "messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// E-mail and SMS templates: the ready ones in Russian and English (compiled
// in) and those the user saved. Saving under a built-in's name overrides it;
// removing the saved one brings the built-in back.
class MessageTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateRepository)

public:
    explicit MessageTemplateRepository(const Database &db) : m_db(db) {}

    // channel empty: both. Built-ins first (as saved when overridden), then
    // the user's own by name.
    QList<MessageTemplate> list(const QString &channel = {}) const;
    std::optional<MessageTemplate> find(const QString &channel, const QString &name) const;
    std::optional<MessageTemplate> load(qint64 id) const;
    // Refused with the reason: no name, an unknown channel, an e-mail
    // without a subject, a body that is not valid mustache.
    bool save(MessageTemplate &messageTemplate, QString *error = nullptr);
    bool remove(const QString &channel, const QString &name, QString *error = nullptr);

    QList<MailMessage::Attachment> attachments(qint64 templateId) const;
    bool setAttachments(qint64 templateId, const QList<MailMessage::Attachment> &files,
                        QString *error = nullptr);

    static QList<MessageTemplate> builtIns(const QString &channel = {});
    // Empty when the text parses; else where it does not.
    static QString syntaxError(const QString &text);

private:
    QList<MessageTemplate> saved(const QString &channel, const QString &name = {}) const;

    const Database &m_db;
};
