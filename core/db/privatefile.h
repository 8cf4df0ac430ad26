#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// Files that hold the client base (the database, its backups, exports) are
// readable by their owner only: a CRM holds other people's phones and e-mails.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    static constexpr QFileDevice::Permissions kPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates `path` empty with mode 0600; refused when it exists.
    static bool create(const QString &path, QString *error);
    // Copies `from` to `to` (which must not exist) and gives the copy mode 0600.
    static bool copy(const QString &from, const QString &to, QString *error);
    // Mode 0600 for a file written another way (QSaveFile: the file it writes).
    static bool restrict(QFileDevice &file);
};
