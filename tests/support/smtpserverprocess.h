#pragma once

#include "testcertificate.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// tests/support/smtpserver.py run by Debian's python: a real SMTP server on
// loopback that keeps what it accepts as .eml files. With tls(), it makes a
// self-signed certificate for localhost that the client is told to trust.
class SmtpServerProcess
{
public:
    struct Options
    {
        bool tls = false;
        bool implicitTls = false;
        QString user;
        QString password;
    };

    explicit SmtpServerProcess(const Options &options);
    ~SmtpServerProcess();

    bool isRunning() const { return m_port > 0; }
    int port() const { return m_port; }
    bool implicitTls() const { return m_options.implicitTls; }
    QString caFile() const; // the server's certificate, empty without TLS
    QString directory() const { return m_dir.path(); }
    // The messages received so far, oldest first: paths of .eml files.
    QStringList messages() const;
    // Makes DATA answer 421 (the server going away), or not.
    void setBusy(bool busy);
    void stop();

    // A received message as Python's email package reads it (readmail.py).
    static QJsonObject readMail(const QString &path);

private:
    Options m_options;
    std::unique_ptr<TestCertificate> m_certificate;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
