#pragma once

#include "mailing/smsgateway.h"
#include "mailing/smtpsettings.h"

#include <QCoreApplication>

class Database;
class SecretStore;

// The mail server and SMS gateway as saved in the base, with the password
// and key from the keychain: what a mailing or a single message is sent by.
struct TransportSettings
{
    Q_DECLARE_TR_FUNCTIONS(TransportSettings)

public:
    SmtpSettings smtp;
    SmsGateway::Settings sms;

    static TransportSettings load(const Database &db, SecretStore &secrets);
    bool isReady(const QString &channel) const;
    // Why nothing can go on that channel, and where to set it up.
    static QString notReadyText(const QString &channel);
};
