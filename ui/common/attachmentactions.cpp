#include "attachmentactions.h"

#include "clients/attachment.h"
#include "clients/attachmentopenpolicy.h"
#include "clients/attachmentrepository.h"
#include "messenger.h"
#include "uiformat.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidgetItem>
#include <QUrl>

void AttachmentActions::fillItem(QTreeWidgetItem *item, const Attachment &a)
{
    item->setData(0, Qt::UserRole, a.id);
    item->setText(0, a.name);
    item->setIcon(0, QIcon::fromTheme(QMimeDatabase().mimeTypeForName(a.mime).iconName(),
                                      QIcon::fromTheme(QStringLiteral("text-x-generic"))));
    item->setText(1, UiFormat::fileSize(a.size));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, UiFormat::dateTime(a.createdAt));
}

QString AttachmentActions::openedCopy(qint64 id, const QString &name, const QByteArray &data,
                                      QString *error)
{
    // This session's own folder (0700, gone at exit), one subfolder per file:
    // nobody else can read the copies or slip a file of theirs in.
    static QTemporaryDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                    .filePath(QStringLiteral("clientele-XXXXXX")));
    if (!folder.isValid()) {
        *error = folder.errorString();
        return {};
    }
    QString fileName = QFileInfo(name).fileName(); // never a path of the sender's choosing
    if (fileName.isEmpty() || fileName.startsWith(QLatin1Char('.')))
        fileName.prepend(QStringLiteral("file"));
    const QString dir = folder.filePath(QString::number(id));
    const QString path = QDir(dir).filePath(fileName);
    if (QFileInfo::exists(path))
        return path; // opened before in this session: the same bytes, read-only
    QFile file(path);
    if (!QDir().mkpath(dir) ||
        !file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.flush()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return {};
    }
    file.close();
    // Read-only: an application that changes it says so instead of saving
    // changes that would be lost with the copy.
    file.setPermissions(QFileDevice::ReadOwner);
    return path;
}

void AttachmentActions::open(QWidget *parent, const AttachmentRepository &files,
                             Messenger &messenger, qint64 id, const QString &name)
{
    const QByteArray data = files.data(id);
    const AttachmentOpenPolicy::Verdict verdict = AttachmentOpenPolicy::decide(name, data);
    if (!verdict.open) {
        if (messenger.confirm(parent, tr("Open file"), verdict.reason, tr("Save as…")))
            saveAs(parent, files, messenger, id, name);
        return;
    }
    // The system application needs a real file: a private copy, never shared.
    QString error;
    const QString path = openedCopy(id, name, data, &error);
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        messenger.error(parent, tr("Cannot open the file"),
                        path.isEmpty() ? error
                                       : tr("No application to open «%1» is set up.").arg(name));
}

void AttachmentActions::saveAs(QWidget *parent, const AttachmentRepository &files,
                               Messenger &messenger, qint64 id, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save file as"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(name).fileName()));
    QString error;
    if (!path.isEmpty() && !files.saveTo(id, path, &error))
        messenger.error(parent, tr("Cannot save the file"), error);
}
