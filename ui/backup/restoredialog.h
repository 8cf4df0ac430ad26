#pragma once

#include "backup/backupfile.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

// The backups of the backups folder, newest first with their date and size,
// and "Other file…" for one kept elsewhere. chosenFile() is what to restore.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QList<BackupFile> &backups, const QString &folder,
                  QWidget *parent = nullptr);

    QString chosenFile() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }

private:
    void chooseOther();
    void updateButtons();

    QTreeWidget *m_list;
    QPushButton *m_restoreButton;
    QString m_folder;
    QString m_chosen;
};
