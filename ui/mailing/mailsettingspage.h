#pragma once

#include "mailing/sendresult.h"

#include "settings/settingspage.h"

#include <QHash>
#include <functional>

class Database;
class Messenger;
class SecretStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
template <typename T> class QFutureWatcher;

// Settings → Mail and SMS: the SMTP server and the SMS gateway. What
// belongs to the business goes to the database through BusinessSettings
// (each field's check shown under it); the password and the API key go to
// the system keychain only. "Send test" tries what is typed, not what was
// saved, in a worker thread and shows the server's answer.
class MailSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    MailSettingsPage(const Database &db, SecretStore &secrets, Messenger &messenger,
                     QWidget *parent = nullptr);
    ~MailSettingsPage() override;

    bool apply() override;
    // Sends a test message to the sender's own address / an SMS to `phone`.
    void sendTestMail();
    void sendTestSms();
    bool isTesting() const;

Q_SIGNALS:
    void testFinished(const QString &answer);

private:
    QWidget *createMailTab();
    QWidget *createSmsTab();
    QWidget *field(const QString &key, QWidget *editor);
    QLineEdit *addEdit(const QString &key, const char *objectName);
    // A certificate file to trust, with a Choose… button.
    QWidget *addCaFile(const QString &key, const char *objectName);
    QComboBox *addCombo(const QString &key, const char *objectName,
                        const QList<QPair<QString, QString>> &items);
    QString value(const QString &key) const;
    void showCheck(const QString &key);
    void updateProvider();
    void startTest(QLabel *label, const std::function<SendResult()> &work);

    const Database &m_db;
    SecretStore &m_secrets;
    Messenger &m_messenger;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_checks;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_smsKey = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_testMail = nullptr;
    QLabel *m_testMailResult = nullptr;
    QLineEdit *m_testPhone = nullptr;
    QPushButton *m_testSms = nullptr;
    QLabel *m_testSmsResult = nullptr;
    QFutureWatcher<SendResult> *m_watcher = nullptr;
};
