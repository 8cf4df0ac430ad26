#pragma once

#include "settings/settingspage.h"

class Messenger;
class QLineEdit;
class QSpinBox;
class SettingsRepository;

// Settings → Backups: the folder and how many daily and weekly backups stay.
// Kept in the database (BusinessSettings backup.*): the CLI's `backup` from
// cron reads the same values, and they travel with the base they protect.
class BackupSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    BackupSettingsPage(SettingsRepository &settings, QString defaultFolder, Messenger &messenger,
                       QWidget *parent = nullptr);

    bool apply() override;

private:
    SettingsRepository &m_settings;
    Messenger &m_messenger;
    QString m_defaultFolder;
    QLineEdit *m_folder;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
};
