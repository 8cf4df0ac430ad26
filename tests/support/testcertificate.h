#pragma once

#include <QString>
#include <QTemporaryDir>

// A self-signed certificate for localhost and 127.0.0.1 made by openssl, for
// loopback servers that speak TLS: clients refuse it unless told to trust
// certFile().
class TestCertificate
{
public:
    TestCertificate();

    bool isValid() const { return m_valid; }
    QString certFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("key.pem")); }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};
