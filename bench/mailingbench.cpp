#include "mailingbench.h"
#include "timings.h"

#include "db/database.h"
#include "demo/demogenerator.h"
#include "documents/companyprofile.h"
#include "mailing/campaignrepository.h"
#include "mailing/emailtransport.h"
#include "mailing/messagerenderer.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/outboxsender.h"
#include "mailing/segmentrepository.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <chrono>
#include <sys/resource.h>

bool MailingBench::run(int recipients, quint64 seed, Figures *f, QString *error)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("mailing.sqlite")));
    if (!db.open(Database::Mode::ReadWrite, error))
        return false;
    DemoGenerator::Options o;
    // Demo clients have one or two addresses with their contacts'.
    const int clients = recipients;
    o.clients = clients;
    o.deals = 0;
    o.seed = seed;
    if (!DemoGenerator(db).generate(o, {}, error))
        return false;
    f->clients = clients;

    // Clients and their contact persons, the first `recipients` of them.
    BenchClock::time_point start = BenchClock::now();
    Audience audience = SegmentRepository(db).audience(SegmentFilter(), QStringLiteral("email"),
                                                       QStringLiteral("Анна"));
    f->audienceMs = msSince(start);
    if (audience.recipients.size() > recipients)
        audience.recipients.resize(recipients);
    f->recipients = int(audience.recipients.size());

    const MessageTemplate t =
        *MessageTemplateRepository(db).find(QStringLiteral("email"), QStringLiteral("Приветствие"));
    CompanyProfile company;
    company.name = QStringLiteral("ООО «Вектор»");
    company.phone = QStringLiteral("+7 343 555-12-34");
    start = BenchClock::now();
    MessageRenderer renderer(t, company);
    int complete = 0;
    for (const RecipientData &r : audience.recipients)
        complete += renderer.render(r).isComplete() ? 1 : 0;
    f->renderMs = msSince(start);

    Campaign c;
    c.name = QStringLiteral("bench");
    start = BenchClock::now();
    if (!CampaignRepository(db).create(c, t, audience, company, error))
        return false;
    f->queueMs = msSince(start);

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    QDir(dir.path()).mkdir(QStringLiteral("mail"));
    QProcess server;
    server.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CLIENTELE_SOURCE_DIR "/tests/support/smtpserver.py"),
                  dir.filePath(QStringLiteral("mail")), QStringLiteral("--port"),
                  QString::number(port)});
    if (!server.waitForStarted() || !server.waitForReadyRead(30000)) {
        *error = QStringLiteral("the loopback SMTP server did not start");
        return false;
    }
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = port;
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("sales@vector.example");
    EmailTransport email(smtp);
    start = BenchClock::now();
    const OutboxSender::Totals totals = OutboxSender(db, &email, nullptr).run(c.id, 0);
    f->sendMs = msSince(start);
    f->sent = totals.sent;
    server.closeWriteChannel();
    server.waitForFinished(10000);
    f->received = int(QDir(dir.filePath(QStringLiteral("mail")))
                          .entryList({QStringLiteral("*.eml")}, QDir::Files)
                          .size());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    f->peakRssMb = usage.ru_maxrss / 1024.0;
    Q_UNUSED(complete);
    return true;
}
