#include "backupactions.h"

#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "common/backgroundtask.h"
#include "common/messenger.h"
#include "db/database.h"
#include "restoredialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>

#include <memory>

BackupActions::BackupActions(Database &db, Messenger &messenger, const Clock &clock,
                             QWidget *window)
    : QObject(window), m_db(db), m_messenger(messenger), m_clock(clock), m_window(window),
      m_task(new BackgroundTask(this))
{
    m_backupNow = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                              tr("&Back up now"), window);
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    m_backupNow->setToolTip(tr("A copy of the database into the backups folder, while you work"));
    m_restore = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                            tr("&Restore from backup…"), window);
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(m_backupNow, &QAction::triggered, this, [this] { backUpNow(); });
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseRestore);
}

BackupActions::~BackupActions() = default; // the task waits for a backup under way

bool BackupActions::isBusy() const
{
    return m_task->isRunning();
}

void BackupActions::backUpIfDue()
{
    if (BackupService(m_db, m_clock).isDue())
        backUpNow(true);
}

void BackupActions::backUpNow(bool quiet)
{
    if (m_task->isRunning())
        return;
    m_backupNow->setEnabled(false);
    m_restore->setEnabled(false);
    // Shared with the worker: what it made or why not.
    auto result = std::make_shared<QString>();
    auto damaged = std::make_shared<bool>(false);
    Database &db = m_db;
    const Clock &clock = m_clock;
    m_task->start([&db, &clock, result, damaged](const BackgroundTask::Progress &) {
        QString error;
        const QString path = BackupService(db, clock).backupNow(&error, damaged.get());
        db.releaseConnection();
        *result = path.isEmpty() ? error : path;
        return !path.isEmpty();
    });
    if (!quiet) {
        // Busy, without Cancel: VACUUM INTO runs to its end; shown only if it takes a while.
        m_progress = new QProgressDialog(tr("Backing up the database…"), QString(), 0, 0, m_window);
        m_progress->setObjectName(QStringLiteral("backupProgressDialog"));
        m_progress->setWindowTitle(tr("Back up now"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(500);
        m_progress->setValue(0);
    }
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, quiet, result, damaged](bool ok) {
            m_backupNow->setEnabled(true);
            m_restore->setEnabled(true);
            if (m_progress) {
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            auto *main = qobject_cast<QMainWindow *>(m_window);
            if (ok) {
                const QString where = QDir::toNativeSeparators(*result);
                if (main)
                    main->statusBar()->showMessage(tr("Backed up to %1").arg(where), 10000);
                if (!quiet)
                    m_messenger.info(m_window, tr("Back up now"),
                                     tr("The database is backed up to\n%1").arg(where));
            } else if (*damaged) {
                // Worth more than the status bar, even for the automatic backup:
                // the base needs the backups that are still good.
                m_messenger.error(
                    m_window, tr("The database is damaged"),
                    *result + QStringLiteral("\n\n") +
                        tr("Restore it from a backup with File → Restore from backup…. The "
                           "backups already taken are kept: none is rotated away while the "
                           "database cannot be copied."));
            } else if (quiet && main) {
                main->statusBar()->showMessage(tr("The automatic backup failed: %1").arg(*result));
            } else if (!quiet) {
                m_messenger.error(m_window, tr("Back up now"), *result);
            }
            Q_EMIT backupFinished(ok, *result);
        },
        Qt::SingleShotConnection);
}

void BackupActions::chooseRestore()
{
    if (m_task->isRunning() || (m_leaveCheck && !m_leaveCheck()))
        return;
    const BackupService service(m_db, m_clock);
    RestoreDialog dialog(service.backups(), service.folder(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFile().isEmpty())
        return;
    const QString file = dialog.chosenFile();
    // Checked before anything is closed: a bad file leaves the window as it is.
    const QString problem = RestoreService::problem(file);
    if (!problem.isEmpty()) {
        m_messenger.error(m_window, tr("Restore from backup"), problem);
        return;
    }
    const QString text =
        tr("Replace the database with the backup %1?\n\nThe current database is kept beside "
           "it as %2.replaced-… and can be opened again from there.")
            .arg(QDir::toNativeSeparators(file), QFileInfo(m_db.path()).fileName());
    if (!m_messenger.confirm(m_window, tr("Restore from backup"), text, tr("Restore")))
        return;
    Q_EMIT restoreRequested(file);
}
