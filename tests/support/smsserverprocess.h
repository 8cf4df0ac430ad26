#pragma once

#include "testcertificate.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

// tests/support/smsserver.py run by Debian's python: an SMS gateway on
// loopback that records every request. With tls, it serves https with a
// self-signed certificate that clients must be told to trust (caFile()).
class SmsServerProcess
{
public:
    explicit SmsServerProcess(bool tls = false);
    ~SmsServerProcess();

    bool isRunning() const { return m_port > 0; }
    int port() const { return m_port; }
    // The gateway's address with `query` ("to={phone}&text={text}").
    QString url(const QString &query) const;
    QString caFile() const { return m_tls ? m_certificate->certFile() : QString(); }
    // The requests so far: {method, path, query, form}, values decoded.
    QList<QJsonObject> requests() const;

private:
    bool m_tls;
    std::unique_ptr<TestCertificate> m_certificate;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
