#include "backupsettingspage.h"

#include "common/formbuddies.h"
#include "common/messenger.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

BackupSettingsPage::BackupSettingsPage(SettingsRepository &settings, QString defaultFolder,
                                       Messenger &messenger, QWidget *parent)
    : SettingsPage(parent), m_settings(settings), m_messenger(messenger),
      m_defaultFolder(std::move(defaultFolder))
{
    setObjectName(QStringLiteral("backupSettingsPage"));
    const BusinessSettings business(m_settings);
    auto *form = new QFormLayout(this);

    m_folder = new QLineEdit(business.value(QStringLiteral("backup.folder")), this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(m_defaultFolder));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    form->addRow(tr("&Folder:"), row);

    m_daily = new QSpinBox(this);
    m_daily->setObjectName(QStringLiteral("dailySpinBox"));
    m_daily->setRange(1, 366);
    m_daily->setValue(business.value(QStringLiteral("backup.daily")).toInt());
    m_daily->setToolTip(tr("The newest backup of each of the last days that have one"));
    form->addRow(tr("&Daily backups kept:"), m_daily);

    m_weekly = new QSpinBox(this);
    m_weekly->setObjectName(QStringLiteral("weeklySpinBox"));
    m_weekly->setRange(0, 520);
    m_weekly->setValue(business.value(QStringLiteral("backup.weekly")).toInt());
    m_weekly->setToolTip(tr("The newest backup of each of the last weeks that have one"));
    form->addRow(tr("&Weekly backups kept:"), m_weekly);

    FormBuddies::link(form);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Backups folder"),
            m_folder->text().isEmpty() ? m_defaultFolder : m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
}

bool BackupSettingsPage::apply()
{
    BusinessSettings business(m_settings);
    QString error;
    if (!business.setValue(QStringLiteral("backup.folder"), m_folder->text().trimmed(), &error) ||
        !business.setValue(QStringLiteral("backup.daily"), QString::number(m_daily->value()),
                           &error) ||
        !business.setValue(QStringLiteral("backup.weekly"), QString::number(m_weekly->value()),
                           &error)) {
        m_messenger.error(this, tr("Backups"), error);
        return false;
    }
    return true;
}
