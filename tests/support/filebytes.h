#pragma once

#include <QDirIterator>
#include <QFile>

// Every file under `dir`, read whole and joined: what a test greps for a
// secret that must not have been written down anywhere.
inline QByteArray bytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
