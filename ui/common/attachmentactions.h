#pragma once

#include <QCoreApplication>

struct Attachment;
class AttachmentRepository;
class Messenger;
class QTreeWidgetItem;
class QWidget;

// What the Files tabs of the client and of the deal do with a stored file:
// show it in a row, open it with the system's application (a private,
// read-only copy; never a program or a script, see AttachmentOpenPolicy),
// save a copy.
class AttachmentActions
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentActions)

public:
    // Name with the type's icon, size and when it was added, in columns 0-2;
    // the id in column 0's Qt::UserRole.
    static void fillItem(QTreeWidgetItem *item, const Attachment &attachment);
    static void open(QWidget *parent, const AttachmentRepository &files, Messenger &messenger,
                     qint64 id, const QString &name);
    static void saveAs(QWidget *parent, const AttachmentRepository &files, Messenger &messenger,
                       qint64 id, const QString &name);

private:
    static QString openedCopy(qint64 id, const QString &name, const QByteArray &data,
                              QString *error);
};
