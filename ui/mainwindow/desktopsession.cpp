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
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

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
    : m_db(db), m_messenger(messenger), m_clock(clock), m_fileCheck(new QTimer(this))
{
    // A stat(2) of the path: nothing a person would notice, every two seconds.
    m_fileCheck->setInterval(2000);
    connect(m_fileCheck, &QTimer::timeout, this, &DesktopSession::checkFile);
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
    m_messenger.setDatabasePath(m_db.path());
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
    m_fileCheck->start();
}

bool DesktopSession::replaceFile(const QString &title, const std::function<QString()> &change)
{
    // The window goes before the file: none of its queries may outlive it. The
    // program must not end because its only window closed meanwhile.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_parts.reset();
    const QString error = change();
    if (m_db.status() != Database::Status::Ok) {
        m_messenger.error(nullptr, title, tr("The database cannot be opened again: %1").arg(error));
        QApplication::exit(3);
        return false;
    }
    build();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    return true;
}

void DesktopSession::restore(const QString &file)
{
    QString aside;
    QString error;
    bool restored = false;
    if (!replaceFile(tr("Restore from backup"), [&] {
            restored = RestoreService(m_db, m_clock).restore(file, &aside, &error);
            return error;
        }))
        return;
    if (restored)
        m_messenger.info(&m_parts->window, tr("Restore from backup"),
                         tr("The database is restored from %1.\nThe database it replaced is kept "
                            "as %2.")
                             .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(aside)));
    else
        m_messenger.error(&m_parts->window, tr("Restore from backup"), error);
    Q_EMIT windowReplaced();
}

void DesktopSession::checkFile()
{
    if (m_goneTold || !m_parts || !m_db.isFileGone())
        return;
    m_goneTold = true; // asked once; the timer goes on while the question is open
    const QString copy = offerCopy(&m_parts->window, tr("Later"));
    if (!copy.isEmpty())
        continueWith(copy);
}

QString DesktopSession::offerCopy(QWidget *parent, const QString &declineText)
{
    const QFileInfo lost(m_db.path());
    const QString text =
        tr("The database file %1 has been deleted or moved away, or its folder or drive is "
           "gone.\n\nEverything saved so far is still open in Clientele, but it is lost when "
           "Clientele closes unless you save a copy. Clientele then goes on working with the "
           "copy.")
            .arg(QDir::toNativeSeparators(lost.absoluteFilePath()));
    // Back where it was, when the folder is still there.
    const QString suggested =
        lost.absoluteDir().exists()
            ? lost.absoluteFilePath()
            : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(lost.fileName());
    while (m_messenger.choose(parent, tr("The database file is gone"), text,
                              {tr("Save a copy as…"), declineText}) == 0) {
        // Edits still in the cards go into the file before it is copied.
        if (m_parts && !m_parts->window.settleEdits())
            continue;
        const QString file =
            m_messenger.saveFileName(parent, tr("Save a copy of the database"), suggested,
                                     tr("Clientele databases (*.sqlite);;All files (*)"));
        if (file.isEmpty())
            continue;
        QString error;
        if (BackupService(m_db, m_clock).copyTo(file, &error))
            return file;
        m_messenger.error(parent, tr("Save a copy as"), error);
    }
    return {};
}

void DesktopSession::continueWith(const QString &file)
{
    const QString original = m_db.path();
    if (!replaceFile(tr("Save a copy as"), [&] {
            m_db.close();
            m_db.setPath(file);
            QString error;
            m_db.open(Database::Mode::ReadWrite, &error);
            return error;
        }))
        return;
    m_goneTold = false;
    QString text = tr("The database is saved as %1; Clientele now works with it.")
                       .arg(QDir::toNativeSeparators(file));
    if (QFileInfo(file).absoluteFilePath() != QFileInfo(original).absoluteFilePath())
        text += QStringLiteral("\n") +
                tr("Clientele opens %1 when it starts: to go on with the copy next time, move "
                   "it there, or start Clientele with --db %2.")
                    .arg(QDir::toNativeSeparators(original), QDir::toNativeSeparators(file));
    m_messenger.info(&m_parts->window, tr("Save a copy as"), text);
    Q_EMIT windowReplaced();
}

void DesktopSession::backUpAtExit()
{
    m_fileCheck->stop();
    m_parts.reset();
    if (m_db.status() != Database::Status::Ok)
        return;
    // The last moment the vanished file can be read.
    if (m_db.isFileGone())
        offerCopy(nullptr, tr("Quit without saving"));
    QString error;
    if (BackupService(m_db, m_clock).backupNow(&error).isEmpty())
        qWarning("clientele: the backup at exit failed: %s", qPrintable(error));
}
