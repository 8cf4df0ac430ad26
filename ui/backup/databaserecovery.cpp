#include "databaserecovery.h"

#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "common/messenger.h"
#include "db/database.h"
#include "restoredialog.h"

#include <QDir>

bool DatabaseRecovery::open()
{
    QString error;
    while (!m_db.open(Database::Mode::ReadWrite, &error)) {
        const Database::Status status = m_db.status();
        if (status != Database::Status::Corrupt && status != Database::Status::Foreign &&
            status != Database::Status::NewerSchema) {
            m_messenger.error(nullptr, tr("Clientele cannot start"), error);
            return false;
        }
        const int choice = m_messenger.choose(
            nullptr, tr("The database cannot be opened"),
            error + QStringLiteral("\n\n") +
                tr("You can put a backup in its place: the file is then kept beside it, "
                   "unchanged, with “.replaced-” and the date added to its name."),
            {tr("Restore from backup…"), tr("Quit")});
        if (choice != 0)
            return false;
        if (restoreChosen())
            return true;
    }
    return true;
}

bool DatabaseRecovery::restoreChosen()
{
    // The folder named in the base's settings cannot be read from a refused
    // file: the default one is listed, and "Other file…" finds the rest.
    const QString folder = BackupService::defaultFolder(m_db.path());
    RestoreDialog dialog(BackupService::backupsIn(folder), folder);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFile().isEmpty())
        return false;
    const QString file = dialog.chosenFile();
    QString aside;
    QString error;
    if (!RestoreService(m_db, m_clock).restore(file, &aside, &error)) {
        m_messenger.error(nullptr, tr("Restore from backup"), error);
        return false;
    }
    m_messenger.info(nullptr, tr("Restore from backup"),
                     tr("The database is restored from %1.\nThe file it replaced is kept as %2.")
                         .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(aside)));
    return true;
}
