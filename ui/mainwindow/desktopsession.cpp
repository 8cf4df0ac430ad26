#include "desktopsession.h"

#include "audit/auditrepository.h"
#include "backup/backupactions.h"
#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "clients/attachmentrepository.h"
#include "clients/clientrepository.h"
#include "common/messenger.h"
#include "db/database.h"
#include "deals/pipelinerepository.h"
#include "interactions/interactionrepository.h"
#include "mainwindow.h"
#include "settings/settingsrepository.h"

#include <QApplication>
#include <QDir>

struct DesktopSession::Parts
{
    explicit Parts(Database &db, Messenger &messenger)
        : settings(db), clients(db, PhoneNormalizer(settings.phoneRegion())), interactions(db),
          attachments(db), audit(db),
          window(Services{db, clients, interactions, attachments, audit, settings}, messenger)
    {
    }
    SettingsRepository settings;
    ClientRepository clients;
    InteractionRepository interactions;
    AttachmentRepository attachments;
    AuditRepository audit;
    MainWindow window;
};

DesktopSession::DesktopSession(Database &db, Messenger &messenger, const Clock &clock)
    : m_db(db), m_messenger(messenger), m_clock(clock)
{
}

DesktopSession::~DesktopSession() = default;

MainWindow *DesktopSession::window() const
{
    return m_parts ? &m_parts->window : nullptr;
}

void DesktopSession::build()
{
    // A new base, or one restored from before the pipelines, gets its
    // pipeline named in the language of the interface.
    QString error;
    if (!PipelineRepository(m_db).ensureDefaults(&error))
        m_messenger.error(nullptr, tr("Deals are not ready"), error);
    m_parts = std::make_unique<Parts>(m_db, m_messenger);
    connect(&m_parts->window, &MainWindow::restoreRequested, this, [this](const QString &file) {
        // Not from inside the window's own signal: the window is deleted.
        QMetaObject::invokeMethod(
            this, [this, file] { restore(file); }, Qt::QueuedConnection);
    });
    m_parts->window.show();
}

void DesktopSession::start()
{
    build();
    m_parts->window.backups()->backUpIfDue();
}

void DesktopSession::restore(const QString &file)
{
    // The window goes before the file: none of its queries may outlive it. The
    // program must not end because its only window closed meanwhile.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_parts.reset();
    QString aside;
    QString error;
    const bool restored = RestoreService(m_db, m_clock).restore(file, &aside, &error);
    if (m_db.status() != Database::Status::Ok) {
        m_messenger.error(nullptr, tr("Restore from backup"),
                          tr("The database cannot be opened again: %1").arg(error));
        QApplication::exit(3);
        return;
    }
    build();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (restored)
        m_messenger.info(&m_parts->window, tr("Restore from backup"),
                         tr("The database is restored from %1.\nThe database it replaced is kept "
                            "as %2.")
                             .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(aside)));
    else
        m_messenger.error(&m_parts->window, tr("Restore from backup"), error);
    Q_EMIT windowReplaced();
}

void DesktopSession::backUpAtExit()
{
    m_parts.reset();
    if (m_db.status() != Database::Status::Ok)
        return;
    QString error;
    if (BackupService(m_db, m_clock).backupNow(&error).isEmpty())
        qWarning("clientele: the backup at exit failed: %s", qPrintable(error));
}
