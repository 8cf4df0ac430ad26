#include "companyrepository.h"

#include "clients/inn.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "settings/settingsrepository.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace {
QString settingsKey(const char *field)
{
    return QStringLiteral("company.") + QLatin1String(field);
}

bool tooBig(qint64 size, QString *error)
{
    if (size <= CompanyRepository::kMaxImageSize)
        return false;
    if (error)
        *error = CompanyRepository::tr("The image is %1 MB; images over 5 MB are not kept.")
                     .arg(double(size) / (1024 * 1024), 0, 'f', 1);
    return true;
}
} // namespace

CompanyProfile CompanyRepository::profile() const
{
    const SettingsRepository settings(m_db);
    CompanyProfile p;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        p.*(f.member) = settings.value(settingsKey(f.key));
    return p;
}

bool CompanyRepository::save(const CompanyProfile &profile, QString *error)
{
    // The INN goes on every document: a typo there is worse than none.
    const QString inn = profile.inn.trimmed();
    if (!inn.isEmpty() && !Inn::isValid(inn)) {
        if (error)
            *error = tr("The INN %1 is not valid: check its digits.").arg(inn);
        return false;
    }
    Transaction t(m_db.connection());
    SettingsRepository settings(m_db);
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        if (!settings.setValue(settingsKey(f.key), (profile.*(f.member)).trimmed(), error))
            return false;
    return t.commit(error);
}

CompanyImage CompanyRepository::image(CompanyImage::Kind kind) const
{
    CompanyImage image;
    image.kind = kind;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mime, data FROM company_images WHERE kind = ?"));
    q.bindValue(0, CompanyImage::kindToString(kind));
    if (q.exec() && q.next()) {
        image.mime = q.value(0).toString();
        image.data = q.value(1).toByteArray();
    }
    return image;
}

bool CompanyRepository::setImage(CompanyImage::Kind kind, const QByteArray &data, QString *error)
{
    if (tooBig(data.size(), error))
        return false;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (data.isEmpty() || !reader.canRead()) {
        if (error)
            *error = tr("This is not an image Clientele can read (PNG, JPEG, GIF, BMP or SVG).");
        return false;
    }
    const QString mime = QMimeDatabase().mimeTypeForData(data).name();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO company_images(kind, mime, data) VALUES (?, ?, ?) "
                             "ON CONFLICT(kind) DO UPDATE SET mime = excluded.mime, "
                             "data = excluded.data"));
    q.bindValue(0, CompanyImage::kindToString(kind));
    q.bindValue(1, mime);
    q.bindValue(2, data);
    return Sql::exec(q, error);
}

bool CompanyRepository::setImageFile(CompanyImage::Kind kind, const QString &path, QString *error)
{
    QFile file(path);
    if (tooBig(QFileInfo(path).size(), error))
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return setImage(kind, file.readAll(), error);
}

bool CompanyRepository::removeImage(CompanyImage::Kind kind, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM company_images WHERE kind = ?"));
    q.bindValue(0, CompanyImage::kindToString(kind));
    return Sql::exec(q, error);
}
