#include "smsserverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

SmsServerProcess::SmsServerProcess(bool tls) : m_tls(tls)
{
    int port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return;
        port = probe.serverPort();
    }
    QStringList args = {QStringLiteral(CLIENTELE_TEST_SUPPORT "/smsserver.py"),
                        m_dir.filePath(QStringLiteral("requests.jsonl")), QStringLiteral("--port"),
                        QString::number(port)};
    if (tls) {
        m_certificate = std::make_unique<TestCertificate>();
        if (!m_certificate->isValid())
            return;
        args << QStringLiteral("--tls-cert") << m_certificate->certFile()
             << QStringLiteral("--tls-key") << m_certificate->keyFile();
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000))
        return;
    while (m_process.state() == QProcess::Running && !m_process.canReadLine())
        m_process.waitForReadyRead(10000);
    if (m_process.readLine().startsWith("PORT"))
        m_port = port;
}

SmsServerProcess::~SmsServerProcess()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString SmsServerProcess::url(const QString &query) const
{
    return QStringLiteral("%1://%2:%3/send?%4")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
             m_tls ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"))
        .arg(m_port)
        .arg(query);
}

QList<QJsonObject> SmsServerProcess::requests() const
{
    QList<QJsonObject> out;
    QFile f(m_dir.filePath(QStringLiteral("requests.jsonl")));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
    return out;
}
