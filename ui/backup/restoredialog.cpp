#include "restoredialog.h"

#include "common/uiformat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QList<BackupFile> &backups, const QString &folder,
                             QWidget *parent)
    : QDialog(parent), m_folder(folder)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The database is replaced by the backup chosen; the current file is kept beside it "
           "and the window opens the backup.\nBackups in %1:")
            .arg(QDir::toNativeSeparators(folder)),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
    const QLocale locale;
    for (const BackupFile &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.takenAt, QLocale::ShortFormat));
        item->setText(1, UiFormat::fileSize(b.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, QFileInfo(b.path).fileName());
        item->setData(0, Qt::UserRole, b.path);
    }
    if (backups.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("No backups here yet: File → Back up now makes one, or choose "
                            "Other file…"));
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    if (!backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("restoreButtonBox"));
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restorePushButton"));
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFilePushButton"));
    layout->addWidget(buttons);

    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOther);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item || item->data(0, Qt::UserRole).toString().isEmpty())
            return;
        m_chosen = item->data(0, Qt::UserRole).toString();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_restoreButton, &QPushButton::click);
    updateButtons();
    resize(620, 380);
}

void RestoreDialog::chooseOther()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Restore from backup"), m_folder,
                                     tr("Clientele databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_chosen = file;
    accept();
}

void RestoreDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_restoreButton->setEnabled(item && !item->data(0, Qt::UserRole).toString().isEmpty());
}
