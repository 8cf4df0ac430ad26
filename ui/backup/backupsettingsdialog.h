#pragma once

#include <QDialog>

class Messenger;
class QLineEdit;
class QSpinBox;
class SettingsRepository;

// Settings → Backups…: the folder and how many daily and weekly backups stay.
// Kept in the database (BusinessSettings backup.*): the CLI's `backup` from
// cron reads the same values, and they travel with the base they protect.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(SettingsRepository &settings, QString defaultFolder, Messenger &messenger,
                         QWidget *parent = nullptr);

private:
    void save();

    SettingsRepository &m_settings;
    Messenger &m_messenger;
    QString m_defaultFolder;
    QLineEdit *m_folder;
    QSpinBox *m_daily;
    QSpinBox *m_weekly;
};
