#include "smtpserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

namespace {
// aiosmtpd 1.4 cannot listen on port 0, so a free port is found first.
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

SmtpServerProcess::SmtpServerProcess(const Options &options) : m_options(options)
{
    QDir(m_dir.path()).mkdir(QStringLiteral("mail"));
    QStringList args = {QStringLiteral(CLIENTELE_TEST_SUPPORT "/smtpserver.py"),
                        m_dir.filePath(QStringLiteral("mail")), QStringLiteral("--port"),
                        QString::number(freePort())};
    if (options.tls) {
        m_certificate = std::make_unique<TestCertificate>();
        if (!m_certificate->isValid())
            return;
        args << QStringLiteral("--tls-cert") << m_certificate->certFile()
             << QStringLiteral("--tls-key") << m_certificate->keyFile();
        if (options.implicitTls)
            args << QStringLiteral("--implicit-tls");
    }
    if (!options.user.isEmpty())
        args << QStringLiteral("--user") << options.user << QStringLiteral("--password")
             << options.password;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    if (!m_process.waitForStarted(10000))
        return;
    while (m_process.state() == QProcess::Running && !m_process.canReadLine())
        m_process.waitForReadyRead(30000);
    const QByteArray line = m_process.readLine().trimmed();
    if (line.startsWith("PORT "))
        m_port = line.mid(5).toInt();
}

SmtpServerProcess::~SmtpServerProcess()
{
    stop();
}

void SmtpServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    m_port = 0;
}

QString SmtpServerProcess::caFile() const
{
    return m_certificate ? m_certificate->certFile() : QString();
}

QStringList SmtpServerProcess::messages() const
{
    QDir mail(m_dir.filePath(QStringLiteral("mail")));
    QStringList paths;
    // 1.eml, 2.eml ... in the order they came.
    for (int n = 1; QFile::exists(mail.filePath(QStringLiteral("%1.eml").arg(n))); ++n)
        paths << mail.filePath(QStringLiteral("%1.eml").arg(n));
    return paths;
}

void SmtpServerProcess::setBusy(bool busy)
{
    const QString flag = m_dir.filePath(QStringLiteral("mail/busy"));
    if (busy) {
        QFile f(flag);
        f.open(QIODevice::WriteOnly);
    } else {
        QFile::remove(flag);
    }
}

QJsonObject SmtpServerProcess::readMail(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CLIENTELE_TEST_SUPPORT "/readmail.py"), path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}
