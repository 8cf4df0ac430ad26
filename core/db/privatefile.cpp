#include "privatefile.h"

#include <QFile>

bool PrivateFile::create(const QString &path, QString *error)
{
    QFile file(path);
    // NewOnly: never truncate what is there; permissions set before any byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPermissions)) {
        if (error)
            *error = tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PrivateFile::copy(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(from, source.errorString());
        return false;
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPermissions)) {
        if (error)
            *error = tr("Cannot create %1: %2").arg(to, target.errorString());
        return false;
    }
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (target.write(chunk) != chunk.size()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(to, target.errorString());
            target.close();
            target.remove();
            return false;
        }
    }
    if (source.error() != QFileDevice::NoError || !target.flush()) {
        if (error)
            *error = tr("Cannot copy %1 to %2: %3")
                         .arg(from, to,
                              source.error() != QFileDevice::NoError ? source.errorString()
                                                                     : target.errorString());
        target.close();
        target.remove();
        return false;
    }
    return true;
}

bool PrivateFile::restrict(QFileDevice &file)
{
    return file.setPermissions(kPermissions);
}
