#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Passwords and API keys in the system keychain through QtKeychain, never in
// the database, QSettings or a file. When no keychain service answers (a
// bare desktop, CI), a secret is kept in memory for this session only and
// the caller is told so.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    // `service` names the entries in the keychain ("Clientele").
    explicit SecretStore(QString service = QStringLiteral("Clientele"));

    // The secret of `key` ("smtp.password"): this session's, else the
    // keychain's; empty when there is none.
    QString read(const QString &key);
    // True when the keychain keeps it; false (with the keychain's reason)
    // when only this session does. An empty value removes it.
    bool write(const QString &key, const QString &value, QString *error = nullptr);
    // False once the keychain failed to answer: secrets live in memory only.
    bool keychainAvailable() const { return m_available; }
    QString keychainError() const { return m_error; }

private:
    QString m_service;
    QHash<QString, QString> m_session;
    bool m_available = true;
    QString m_error;
};
