#pragma once

#include <QString>

class BusinessSettings;

// Where and how mail goes out. Business settings, kept in the database; the
// password comes from the keychain or $CLIENTELE_SMTP_PASSWORD, never a file.
struct SmtpSettings
{
    enum class Security
    {
        None,
        StartTls,
        Tls
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password;
    QString caFile; // the certificates to trust (a self-signed server's); empty: the system's
    int timeoutSeconds = 60;

    QString fromAddress; // the sender
    QString fromName;
    QString unsubscribe; // List-Unsubscribe of mailings, empty: none

    // From the business settings (smtp.*); the password is the caller's.
    static SmtpSettings load(const BusinessSettings &settings, const QString &password);
    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }

    static QString securityName(Security s);
    static bool securityFromName(const QString &name, Security *s);
};
