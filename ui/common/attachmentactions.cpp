#include "attachmentactions.h"

#include "clients/attachment.h"
#include "clients/attachmentrepository.h"
#include "messenger.h"
#include "uiformat.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QMimeDatabase>
#include <QStandardPaths>
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

void AttachmentActions::open(QWidget *parent, const AttachmentRepository &files,
                             Messenger &messenger, qint64 id, const QString &name)
{
    // The system application needs a real file: a copy in the temporary folder.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("clientele-files/%1").arg(id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QString error;
    if (!files.saveTo(id, path, &error)) {
        messenger.error(parent, tr("Cannot open the file"), error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void AttachmentActions::saveAs(QWidget *parent, const AttachmentRepository &files,
                               Messenger &messenger, qint64 id, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save file as"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    QString error;
    if (!path.isEmpty() && !files.saveTo(id, path, &error))
        messenger.error(parent, tr("Cannot save the file"), error);
}
