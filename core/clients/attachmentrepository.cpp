#include "attachmentrepository.h"

#include "db/database.h"
#include "db/privatefile.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

bool AttachmentRepository::readFile(const QString &filePath, QByteArray *data, QString *error)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (info.size() > kMaxSize) {
        if (error)
            *error = tr("%1 is %2 MB; files over 50 MB cannot be attached.")
                         .arg(info.fileName())
                         .arg(info.size() / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(filePath, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

bool AttachmentRepository::addFile(qint64 clientId, qint64 contactId, const QString &filePath,
                                   Attachment *added, QString *error)
{
    QByteArray data;
    return readFile(filePath, &data, error) &&
           addData(clientId, contactId, QFileInfo(filePath).fileName(), data, added, error);
}

bool AttachmentRepository::addDealFile(qint64 clientId, qint64 dealId, const QString &filePath,
                                       Attachment *added, QString *error)
{
    QByteArray data;
    return readFile(filePath, &data, error) &&
           addDealData(clientId, dealId, QFileInfo(filePath).fileName(), data, added, error);
}

bool AttachmentRepository::addData(qint64 clientId, qint64 contactId, const QString &name,
                                   const QByteArray &data, Attachment *added, QString *error)
{
    Attachment a;
    a.clientId = contactId ? 0 : clientId;
    a.contactId = contactId;
    a.name = name;
    return insert(a, data, added, error);
}

bool AttachmentRepository::addDealData(qint64 clientId, qint64 dealId, const QString &name,
                                       const QByteArray &data, Attachment *added, QString *error)
{
    Attachment a;
    a.clientId = clientId;
    a.dealId = dealId;
    a.name = name;
    return insert(a, data, added, error);
}

bool AttachmentRepository::insert(Attachment a, const QByteArray &data, Attachment *added,
                                  QString *error)
{
    if (data.size() > kMaxSize) {
        if (error)
            *error = tr("%1 is %2 MB; files over 50 MB cannot be attached.")
                         .arg(a.name)
                         .arg(data.size() / (1024 * 1024));
        return false;
    }
    a.mime = QMimeDatabase().mimeTypeForFileNameAndData(a.name, data).name();
    a.size = data.size();
    a.createdAt = Sql::utcNow();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO attachments(client_id, contact_id, deal_id, name, mime, "
                             "size, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, Sql::idOrNull(a.clientId));
    q.bindValue(1, Sql::idOrNull(a.contactId));
    q.bindValue(2, Sql::idOrNull(a.dealId));
    q.bindValue(3, a.name);
    q.bindValue(4, a.mime);
    q.bindValue(5, a.size);
    q.bindValue(6, data);
    q.bindValue(7, a.createdAt);
    if (!Sql::exec(q, error))
        return false;
    a.id = q.lastInsertId().toLongLong();
    if (added)
        *added = a;
    return true;
}

bool AttachmentRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    q.bindValue(0, id);
    return Sql::exec(q, error);
}

QList<Attachment> AttachmentRepository::forClient(qint64 clientId) const
{
    return list(QStringLiteral("client_id = :id OR contact_id IN (SELECT id FROM contact_persons "
                               "WHERE client_id = :id)"),
                clientId);
}

QList<Attachment> AttachmentRepository::forDeal(qint64 dealId) const
{
    return list(QStringLiteral("deal_id = :id"), dealId);
}

QList<Attachment> AttachmentRepository::list(const QString &where, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, client_id, contact_id, deal_id, name, mime, size, "
                             "created_at FROM attachments WHERE ") +
              where + QStringLiteral(" ORDER BY created_at DESC, id DESC"));
    q.bindValue(QStringLiteral(":id"), id);
    q.exec();
    QList<Attachment> out;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.clientId = q.value(1).toLongLong();
        a.contactId = q.value(2).toLongLong();
        a.dealId = q.value(3).toLongLong();
        a.name = q.value(4).toString();
        a.mime = q.value(5).toString();
        a.size = q.value(6).toLongLong();
        a.createdAt = q.value(7).toString();
        out << a;
    }
    return out;
}

QByteArray AttachmentRepository::data(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?"));
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

bool AttachmentRepository::saveTo(qint64 id, const QString &filePath, QString *error) const
{
    QSaveFile out(filePath);
    // A client's file saved out is the user's alone, like the base it came from.
    if (!out.open(QIODevice::WriteOnly) || !PrivateFile::restrict(out) || out.write(data(id)) < 0 ||
        !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(filePath, out.errorString());
        return false;
    }
    return true;
}
