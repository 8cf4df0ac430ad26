#include "messagetemplaterepository.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <kainjow/mustache.hpp>

namespace {
const QList<MessageTemplate> &readBuiltIns()
{
    static const QList<MessageTemplate> all = [] {
        QList<MessageTemplate> out;
        QFile file(QStringLiteral(":/templates/mail/builtin.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject o = v.toObject();
            MessageTemplate t;
            t.channel = o[QStringLiteral("channel")].toString();
            t.language = o[QStringLiteral("language")].toString();
            t.name = o[QStringLiteral("name")].toString();
            t.subject = o[QStringLiteral("subject")].toString();
            t.body = o[QStringLiteral("body")].toString();
            t.textBody = o[QStringLiteral("text_body")].toString();
            t.builtIn = true;
            out << t;
        }
        return out;
    }();
    return all;
}

std::optional<MessageTemplate> builtIn(const QString &channel, const QString &name)
{
    for (const MessageTemplate &t : readBuiltIns())
        if (t.channel == channel && t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

QList<MessageTemplate> MessageTemplateRepository::builtIns(const QString &channel)
{
    QList<MessageTemplate> out;
    for (const MessageTemplate &t : readBuiltIns())
        if (channel.isEmpty() || t.channel == channel)
            out << t;
    return out;
}

QString MessageTemplateRepository::syntaxError(const QString &text)
{
    const kainjow::mustache::mustache parsed(text.toStdString());
    return parsed.is_valid() ? QString() : QString::fromStdString(parsed.error_message());
}

QList<MessageTemplate> MessageTemplateRepository::saved(const QString &channel,
                                                        const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, channel, name, subject, body, text_body, updated_at FROM message_templates "
        "WHERE (:channel = '' OR channel = :channel) AND (:name = '' OR name = :name) "
        "ORDER BY channel, name"));
    q.bindValue(QStringLiteral(":channel"), Sql::text(channel));
    q.bindValue(QStringLiteral(":name"), Sql::text(name));
    q.exec();
    QList<MessageTemplate> out;
    while (q.next()) {
        MessageTemplate t;
        t.id = q.value(0).toLongLong();
        t.channel = q.value(1).toString();
        t.name = q.value(2).toString();
        t.subject = q.value(3).toString();
        t.body = q.value(4).toString();
        t.textBody = q.value(5).toString();
        t.updatedAt = q.value(6).toString();
        if (const auto b = builtIn(t.channel, t.name)) {
            t.builtIn = true;
            t.language = b->language;
        }
        out << t;
    }
    return out;
}

QList<MessageTemplate> MessageTemplateRepository::list(const QString &channel) const
{
    QList<MessageTemplate> own = saved(channel);
    QList<MessageTemplate> out;
    for (const MessageTemplate &b : builtIns(channel)) {
        const auto overridden = std::find_if(own.begin(), own.end(), [&](const MessageTemplate &t) {
            return t.channel == b.channel && t.name.compare(b.name, Qt::CaseInsensitive) == 0;
        });
        if (overridden == own.end()) {
            out << b;
        } else {
            out << *overridden;
            own.erase(overridden);
        }
    }
    return out + own;
}

std::optional<MessageTemplate> MessageTemplateRepository::find(const QString &channel,
                                                               const QString &name) const
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    const QList<MessageTemplate> own = saved(channel, name.trimmed());
    if (!own.isEmpty())
        return own.first();
    return builtIn(channel, name.trimmed());
}

std::optional<MessageTemplate> MessageTemplateRepository::load(qint64 id) const
{
    for (const MessageTemplate &t : saved({}))
        if (t.id == id)
            return t;
    return std::nullopt;
}

bool MessageTemplateRepository::save(MessageTemplate &t, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return refuse(tr("A template needs a name."));
    if (t.channel != QLatin1String("email") && t.channel != QLatin1String("sms"))
        return refuse(tr("Unknown channel \"%1\": email or sms.").arg(t.channel));
    if (t.isEmail() && t.subject.trimmed().isEmpty())
        return refuse(tr("An e-mail template needs a subject."));
    if (t.body.trimmed().isEmpty())
        return refuse(tr("The template \"%1\" has no text.").arg(t.name));
    const QList<QPair<QString, QString>> parts = {
        {tr("subject"), t.subject}, {tr("text"), t.body}, {tr("plain-text part"), t.textBody}};
    for (const auto &[part, text] : parts) {
        const QString syntax = syntaxError(text);
        if (!syntax.isEmpty())
            return refuse(tr("The template's %1 has an error: %2").arg(part, syntax));
    }
    t.updatedAt = Sql::utcNow();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO message_templates(channel, name, subject, body, text_body, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(channel, name) DO UPDATE SET "
        "subject = excluded.subject, body = excluded.body, text_body = excluded.text_body, "
        "updated_at = excluded.updated_at RETURNING id"));
    q.addBindValue(t.channel);
    q.addBindValue(t.name);
    q.addBindValue(Sql::text(t.isEmail() ? t.subject : QString()));
    q.addBindValue(t.body);
    q.addBindValue(Sql::text(t.isEmail() ? t.textBody : QString()));
    q.addBindValue(t.updatedAt);
    if (!q.exec() || !q.next())
        return failed(q, error);
    t.id = q.value(0).toLongLong();
    t.builtIn = builtIn(t.channel, t.name).has_value();
    return true;
}

bool MessageTemplateRepository::remove(const QString &channel, const QString &name, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM message_templates WHERE channel = ? AND name = ?"));
    q.addBindValue(channel);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() == 0) {
        if (error)
            *error =
                builtIn(channel, name)
                    ? tr("\"%1\" is a ready template: it can be changed, not removed.").arg(name)
                    : tr("There is no template \"%1\".").arg(name);
        return false;
    }
    return true;
}

QList<MailMessage::Attachment> MessageTemplateRepository::attachments(qint64 templateId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, mime, data FROM template_attachments "
                             "WHERE template_id = ? ORDER BY id"));
    q.addBindValue(templateId);
    q.exec();
    QList<MailMessage::Attachment> out;
    while (q.next())
        out << MailMessage::Attachment{q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toByteArray()};
    return out;
}

bool MessageTemplateRepository::setAttachments(qint64 templateId,
                                               const QList<MailMessage::Attachment> &files,
                                               QString *error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM template_attachments WHERE template_id = ?"));
    q.addBindValue(templateId);
    if (!q.exec())
        return failed(q, error);
    q.prepare(QStringLiteral("INSERT INTO template_attachments(template_id, file_name, mime, data) "
                             "VALUES (?, ?, ?, ?)"));
    for (const MailMessage::Attachment &a : files) {
        q.addBindValue(templateId);
        q.addBindValue(a.fileName);
        q.addBindValue(a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                            : a.mimeType);
        q.addBindValue(a.data);
        if (!q.exec())
            return failed(q, error);
    }
    return tx.commit(error);
}
