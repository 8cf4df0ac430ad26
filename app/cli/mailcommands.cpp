#include "mailcommands.h"

#include "cli.h"
#include "db/database.h"
#include "deals/money.h"
#include "documents/companyrepository.h"
#include "mailing/campaignrepository.h"
#include "mailing/emailtransport.h"
#include "mailing/messagerenderer.h"
#include "mailing/messagetemplaterepository.h"
#include "mailing/outboxrepository.h"
#include "mailing/outboxsender.h"
#include "mailing/recipientfinder.h"
#include "mailing/segmentrepository.h"
#include "mailing/smsgateway.h"
#include "mailing/smtpsettings.h"
#include "settings/businesssettings.h"
#include "settings/settingsrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace {
QString readText(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = MailCommands::tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// Files given with --attach, read whole; false naming the one that cannot be.
bool readFiles(const QStringList &paths, QList<MailMessage::Attachment> *files, QString *error)
{
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = MailCommands::tr("cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        *files << MailMessage::Attachment{
            QFileInfo(path).fileName(), QMimeDatabase().mimeTypeForFile(path).name(), f.readAll()};
    }
    return true;
}

// The transports the business settings describe; null where one is not set
// up. Secrets come from the environment.
struct Transports
{
    explicit Transports(const Database &db)
    {
        SettingsRepository repository(db);
        const BusinessSettings settings(repository);
        const SmtpSettings smtp =
            SmtpSettings::load(settings, qEnvironmentVariable("CLIENTELE_SMTP_PASSWORD"));
        if (smtp.isConfigured())
            email = std::make_unique<EmailTransport>(smtp);
        const SmsGateway::Settings gateway =
            SmsGateway::Settings::load(settings, qEnvironmentVariable("CLIENTELE_SMS_KEY"));
        if (gateway.isConfigured())
            sms = std::make_unique<SmsGateway>(gateway);
    }
    MessageTransport *of(const QString &channel) const
    {
        return channel == QLatin1String("sms") ? static_cast<MessageTransport *>(sms.get())
                                               : email.get();
    }

    std::unique_ptr<EmailTransport> email;
    std::unique_ptr<SmsGateway> sms;
};

QString notSetUp(const QString &channel)
{
    return channel == QLatin1String("sms")
               ? MailCommands::tr("no SMS gateway is set up: settings set sms.provider smsru, or "
                                  "sms.url URL")
               : MailCommands::tr("no mail server is set up: settings set smtp.host HOST and "
                                  "smtp.from ADDRESS");
}

QJsonObject outboxJson(const OutboxMessage &m)
{
    auto id = [](qint64 v) { return v ? QJsonValue(v) : QJsonValue(); };
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("campaign_id"), id(m.campaignId)},
            {QStringLiteral("channel"), m.channel},
            {QStringLiteral("client_id"), id(m.clientId)},
            {QStringLiteral("contact_id"), id(m.contactId)},
            {QStringLiteral("deal_id"), id(m.dealId)},
            {QStringLiteral("address"), m.address},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("state"), m.state},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("next_attempt_at"), m.nextAttemptAt},
            {QStringLiteral("code"), m.code},
            {QStringLiteral("answer"), m.answer},
            {QStringLiteral("message_id"), m.messageId},
            {QStringLiteral("created_at"), m.createdAt},
            {QStringLiteral("sent_at"), m.sentAt.isEmpty() ? QJsonValue() : QJsonValue(m.sentAt)}};
}
} // namespace

bool MailCommands::open(Database &db, bool write, int *code)
{
    return m_cli.openDatabase(db, write, code);
}

int MailCommands::settings()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.value(0);
    if (sub != QLatin1String("get") && sub != QLatin1String("set") && sub != QLatin1String("list"))
        return m_cli.usage(tr("settings needs get, set or list"));
    if (sub == QLatin1String("get") && args.size() != 2)
        return m_cli.usage(tr("settings get needs a KEY"));
    if (sub == QLatin1String("set") && args.size() != 3)
        return m_cli.usage(tr("settings set needs a KEY and a VALUE"));
    // Refused before the base is touched.
    if (sub != QLatin1String("list")) {
        const QString why = BusinessSettings::check(args.at(1), args.value(2));
        if (!why.isEmpty())
            return m_cli.fail(why);
    }
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!open(db, sub == QLatin1String("set"), &code))
        return code;
    SettingsRepository repository(db);
    BusinessSettings settings(repository);
    if (sub == QLatin1String("get")) {
        m_cli.m_out << settings.value(args.at(1)) << '\n';
        return Cli::Ok;
    }
    if (sub == QLatin1String("set")) {
        QString error;
        return settings.setValue(args.at(1), args.at(2), &error) ? int(Cli::Ok) : m_cli.fail(error);
    }
    QJsonObject all;
    for (const BusinessSettings::Key &k : BusinessSettings::keys()) {
        const QString name = QString::fromLatin1(k.name);
        if (m_cli.json())
            all.insert(name, settings.value(name));
        else
            m_cli.m_out << name << " = " << settings.value(name) << "    # "
                        << BusinessSettings::tr(k.description) << '\n';
    }
    if (m_cli.json())
        m_cli.m_out << QJsonDocument(all).toJson();
    return Cli::Ok;
}

int MailCommands::templates()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.value(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("list"))
        return m_cli.usage(tr("template needs add or list"));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!open(db, sub == QLatin1String("add"), &code))
        return code;
    return sub == QLatin1String("add") ? templateAdd(db) : templateList(db);
}

int MailCommands::templateAdd(Database &db)
{
    MessageTemplate t;
    t.name = m_cli.option(QStringLiteral("name"));
    t.channel = m_cli.option(QStringLiteral("channel"), QStringLiteral("email"));
    t.subject = m_cli.option(QStringLiteral("subject"));
    if (t.name.trimmed().isEmpty())
        return m_cli.usage(tr("template add needs --name"));
    const QString bodyFile = m_cli.option(QStringLiteral("body-file"));
    if (bodyFile.isEmpty())
        return m_cli.usage(tr("template add needs --body-file FILE"));
    QString error;
    t.body = readText(bodyFile, &error);
    const QString textFile = m_cli.option(QStringLiteral("text-file"));
    if (error.isEmpty() && !textFile.isEmpty())
        t.textBody = readText(textFile, &error);
    QList<MailMessage::Attachment> files;
    if (!error.isEmpty() || !readFiles(m_cli.options(QStringLiteral("attach")), &files, &error))
        return m_cli.fail(error);
    MessageTemplateRepository templates(db);
    if (!templates.save(t, &error) || !templates.setAttachments(t.id, files, &error))
        return m_cli.fail(error);
    m_cli.m_out << t.id << '\n';
    return Cli::Ok;
}

int MailCommands::templateList(Database &db)
{
    QJsonArray all;
    for (const MessageTemplate &t :
         MessageTemplateRepository(db).list(m_cli.option(QStringLiteral("channel")))) {
        if (!m_cli.json()) {
            m_cli.m_out << t.channel << '\t' << t.name << (t.isSaved() ? "" : "\t(ready)") << '\n';
            continue;
        }
        all.append(QJsonObject{
            {QStringLiteral("id"), t.isSaved() ? QJsonValue(t.id) : QJsonValue()},
            {QStringLiteral("channel"), t.channel},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("language"), t.language.isEmpty() ? QJsonValue() : t.language},
            {QStringLiteral("ready"), t.builtIn},
            {QStringLiteral("saved"), t.isSaved()},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("body"), t.body}});
    }
    if (m_cli.json())
        m_cli.m_out << QJsonDocument(all).toJson();
    return Cli::Ok;
}

int MailCommands::mail()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.value(0);
    static const QStringList known = {QStringLiteral("send"),    QStringLiteral("outbox"),
                                      QStringLiteral("run"),     QStringLiteral("retry"),
                                      QStringLiteral("resolve"), QStringLiteral("campaign")};
    if (!known.contains(sub))
        return m_cli.usage(tr("mail needs send, outbox, run, retry, resolve or campaign"));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    const bool readOnly =
        sub == QLatin1String("outbox") ||
        (sub == QLatin1String("campaign") &&
         (args.value(1) == QLatin1String("show") || args.value(1) == QLatin1String("list")));
    if (!open(db, !readOnly, &code))
        return code;
    if (sub == QLatin1String("campaign"))
        return campaign(db);
    if (sub == QLatin1String("send"))
        return send(db, QStringLiteral("email"));
    if (sub == QLatin1String("outbox"))
        return outbox(db);
    if (sub == QLatin1String("resolve"))
        return resolve(db);
    const qint64 campaign = m_cli.option(QStringLiteral("campaign")).toLongLong();
    if (sub == QLatin1String("retry")) {
        // Temporary failures wait for their backoff; this sends them now.
        QString error;
        if (OutboxRepository(db).retryNow(campaign, &error) < 0)
            return m_cli.fail(error);
    }
    return runOutbox(db, campaign,
                     m_cli.option(QStringLiteral("rate"), QStringLiteral("0")).toInt());
}

int MailCommands::send(Database &db, const QString &channel)
{
    const RecipientFinder finder(db, channel, manager());
    QString error;
    std::optional<RecipientData> r;
    if (m_cli.m_options.contains(QStringLiteral("client")))
        r = finder.forClient(m_cli.option(QStringLiteral("client")).toLongLong(), &error);
    else if (m_cli.m_options.contains(QStringLiteral("contact")))
        r = finder.forContact(m_cli.option(QStringLiteral("contact")).toLongLong(), &error);
    else if (m_cli.m_options.contains(QStringLiteral("to")))
        r = finder.forAddress(m_cli.option(QStringLiteral("to")), &error);
    else
        return m_cli.usage(tr("%1 send needs --client ID, --contact ID or --to ADDRESS")
                               .arg(channel == QLatin1String("sms") ? QStringLiteral("sms")
                                                                    : QStringLiteral("mail")));
    if (!r)
        return m_cli.fail(error);
    if (m_cli.m_options.contains(QStringLiteral("deal")) &&
        !finder.addDeal(*r, m_cli.option(QStringLiteral("deal")).toLongLong(), &error))
        return m_cli.fail(error);

    MessageTemplateRepository templates(db);
    MessageTemplate t;
    if (m_cli.m_options.contains(QStringLiteral("template"))) {
        const auto found = templates.find(channel, m_cli.option(QStringLiteral("template")));
        if (!found)
            return m_cli.fail(tr("there is no %1 template \"%2\"")
                                  .arg(channel, m_cli.option(QStringLiteral("template"))));
        t = *found;
    } else {
        t.channel = channel;
        t.name = tr("message");
        t.subject = m_cli.option(QStringLiteral("subject"));
        t.body = m_cli.option(QStringLiteral("body"));
        if (t.body.isEmpty() || (t.isEmail() && t.subject.isEmpty()))
            return m_cli.usage(tr("mail send needs --template NAME, or --subject and --body"));
    }
    MessageRenderer renderer(t, CompanyRepository(db).profile());
    const RenderedMessage rendered = renderer.render(*r);
    if (!rendered.isComplete())
        return m_cli.fail(tr("the message cannot be filled in; empty:\n  %1")
                              .arg(rendered.missing.join(QStringLiteral("\n  "))));

    QList<MailMessage::Attachment> files =
        t.isSaved() ? templates.attachments(t.id) : QList<MailMessage::Attachment>();
    if (!readFiles(m_cli.options(QStringLiteral("attach")), &files, &error))
        return m_cli.fail(error);
    OutboxMessage m;
    m.channel = channel;
    m.clientId = r->clientId;
    m.contactId = r->contactId;
    m.dealId = r->dealId;
    m.address = r->address;
    m.name = QStringList{r->firstName, r->lastName}.join(QLatin1Char(' ')).trimmed();
    if (m.name.isEmpty())
        m.name = r->clientName;
    m.subject = rendered.subject;
    m.body = t.isEmail() ? rendered.html : rendered.text;
    m.textBody = t.isEmail() ? rendered.text : QString();
    OutboxRepository outbox(db);
    if (!outbox.enqueue(m, files, &error))
        return m_cli.fail(error);

    const Transports transports(db);
    if (!transports.of(channel))
        return m_cli.fail(
            tr("message %1 is queued, but %2; then mail run").arg(m.id).arg(notSetUp(channel)));
    OutboxSender sender(db, transports.email.get(), transports.sms.get());
    std::optional<OutboxMessage> claimed = outbox.claim(m.id, &error);
    if (!claimed)
        return m_cli.fail(error);
    const SendResult result = sender.sendOne(*claimed, &error);
    if (!error.isEmpty())
        return m_cli.fail(error);
    if (result.sent()) {
        m_cli.m_out << tr("Sent to %1: %2").arg(m.address, result.answer) << '\n';
        return Cli::Ok;
    }
    const std::optional<OutboxMessage> after = outbox.load(m.id);
    if (after && after->state == QLatin1String("queued"))
        return m_cli.fail(tr("not sent yet (%1); message %2 will be tried again from %3 "
                             "(mail run)")
                              .arg(result.answer)
                              .arg(m.id)
                              .arg(after->nextAttemptAt));
    return m_cli.fail(tr("refused: %1").arg(result.answer));
}

int MailCommands::outbox(Database &db)
{
    const QList<OutboxMessage> rows = OutboxRepository(db).list(
        m_cli.option(QStringLiteral("campaign")).toLongLong(),
        m_cli.option(QStringLiteral("state")),
        m_cli.option(QStringLiteral("limit"), QStringLiteral("1000")).toInt());
    QJsonArray all;
    for (const OutboxMessage &m : rows) {
        if (m_cli.json())
            all.append(outboxJson(m));
        else
            m_cli.m_out << m.id << '\t' << m.state << '\t' << m.address << '\t' << m.subject
                        << (m.answer.isEmpty() ? QString() : QLatin1Char('\t') + m.answer) << '\n';
    }
    if (m_cli.json())
        m_cli.m_out << QJsonDocument(all).toJson();
    return Cli::Ok;
}

int MailCommands::runOutbox(Database &db, qint64 campaignId, int perMinute)
{
    OutboxRepository outbox(db);
    QString error;
    const int unknown = outbox.recoverInterrupted(&error);
    if (unknown > 0)
        m_cli.m_err << tr("%n message(s) were being sent when the program stopped: their fate is "
                          "unknown; mail resolve ID --sent or --again decides.",
                          nullptr, unknown)
                    << '\n';
    const Transports transports(db);
    if (!transports.email && !transports.sms)
        return m_cli.fail(notSetUp(QStringLiteral("email")));
    OutboxSender sender(db, transports.email.get(), transports.sms.get());
    const OutboxSender::Totals totals = sender.run(
        campaignId, perMinute,
        [this](const OutboxMessage &m, const SendResult &r) {
            m_cli.m_err << m.id << ' ' << m.address << ": " << (r.sent() ? tr("sent") : r.answer)
                        << '\n';
        },
        nullptr, &error);
    if (!error.isEmpty())
        return m_cli.fail(error);
    m_cli.m_out << tr("Sent %1, failed %2, to try again %3.")
                       .arg(totals.sent)
                       .arg(totals.failed)
                       .arg(totals.retried)
                << '\n';
    return totals.failed + totals.retried == 0 ? int(Cli::Ok) : int(Cli::BadInput);
}

int MailCommands::resolve(Database &db)
{
    const qint64 id = m_cli.m_positional.value(1).toLongLong();
    const bool sent = m_cli.m_options.contains(QStringLiteral("sent"));
    const bool again = m_cli.m_options.contains(QStringLiteral("again"));
    if (id <= 0 || sent == again)
        return m_cli.usage(tr("mail resolve needs an ID and --sent or --again"));
    QString error;
    return OutboxRepository(db).resolve(id, sent, &error) ? int(Cli::Ok) : m_cli.fail(error);
}

QString MailCommands::manager() const
{
    // Who signs when neither the deal nor the client names a responsible.
    return m_cli.user();
}

int MailCommands::sms()
{
    if (m_cli.m_positional.value(0) != QLatin1String("send"))
        return m_cli.usage(tr("sms needs send"));
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!open(db, true, &code))
        return code;
    return send(db, QStringLiteral("sms"));
}

int MailCommands::segments()
{
    QStringList &args = m_cli.m_positional;
    const QString sub = args.value(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("show") && sub != QLatin1String("list"))
        return m_cli.usage(tr("segment needs add, show or list"));
    SegmentRepository::Segment segment;
    if (sub == QLatin1String("add")) {
        segment.name = m_cli.option(QStringLiteral("name"));
        if (segment.name.trimmed().isEmpty())
            return m_cli.usage(tr("segment add needs --name"));
        QString error;
        const auto filter = SegmentFilter::parse(m_cli.option(QStringLiteral("filter")), &error);
        if (!filter)
            return m_cli.fail(tr("--filter: %1").arg(error));
        segment.filter = *filter;
    } else if (sub == QLatin1String("show") && args.size() < 2) {
        return m_cli.usage(tr("segment show needs a NAME"));
    }
    Database db(m_cli.option(QStringLiteral("db"), Database::defaultPath()));
    int code = Cli::Ok;
    if (!open(db, sub == QLatin1String("add"), &code))
        return code;
    SegmentRepository segments(db);
    QString error;
    if (sub == QLatin1String("add")) {
        if (!segments.save(segment, &error))
            return m_cli.fail(error);
        m_cli.m_out << segment.id << '\n';
        return Cli::Ok;
    }
    if (sub == QLatin1String("list")) {
        for (const SegmentRepository::Segment &s : segments.list())
            m_cli.m_out << s.id << '\t' << s.name << '\t' << s.filter.toText() << '\n';
        return Cli::Ok;
    }
    const auto found = segments.find(args.at(1));
    if (!found)
        return m_cli.fail(tr("there is no segment \"%1\"").arg(args.at(1)));
    const QString channel = m_cli.option(QStringLiteral("channel"), QStringLiteral("email"));
    const Audience audience = segments.audience(found->filter, channel, manager());
    QJsonObject excluded;
    for (const QString &reason :
         {QStringLiteral("opted_out"), QStringLiteral("no_address"), QStringLiteral("duplicate")})
        excluded.insert(reason, audience.excludedFor(reason));
    if (!m_cli.json()) {
        m_cli.m_out << tr("%1: %2 recipients by %3; left out: %4 opted out, %5 without an "
                          "address, %6 duplicate addresses")
                           .arg(found->name)
                           .arg(audience.recipients.size())
                           .arg(channel)
                           .arg(audience.excludedFor(QStringLiteral("opted_out")))
                           .arg(audience.excludedFor(QStringLiteral("no_address")))
                           .arg(audience.excludedFor(QStringLiteral("duplicate")))
                    << '\n';
        return Cli::Ok;
    }
    m_cli.m_out << QJsonDocument(
                       QJsonObject{{QStringLiteral("id"), found->id},
                                   {QStringLiteral("name"), found->name},
                                   {QStringLiteral("filter"), found->filter.toText()},
                                   {QStringLiteral("channel"), channel},
                                   {QStringLiteral("count"), int(audience.recipients.size())},
                                   {QStringLiteral("excluded"), excluded}})
                       .toJson();
    return Cli::Ok;
}

int MailCommands::campaign(Database &db)
{
    const QStringList &args = m_cli.m_positional;
    const QString sub = args.value(1);
    if (sub == QLatin1String("create"))
        return campaignCreate(db);
    if (sub == QLatin1String("list")) {
        for (const Campaign &c : CampaignRepository(db).list())
            m_cli.m_out << c.id << '\t' << c.status << '\t' << c.channel << '\t' << c.name << '\n';
        return Cli::Ok;
    }
    bool ok = false;
    const qint64 id = args.value(2).toLongLong(&ok);
    if ((sub != QLatin1String("run") && sub != QLatin1String("show")) || !ok || id <= 0)
        return m_cli.usage(tr("mail campaign needs create, list, run ID or show ID"));
    if (!CampaignRepository(db).load(id))
        return m_cli.fail(tr("there is no mailing %1").arg(id));
    return sub == QLatin1String("run") ? campaignRun(db, id) : campaignShow(db, id);
}

int MailCommands::campaignCreate(Database &db)
{
    Campaign c;
    c.name = m_cli.option(QStringLiteral("name"));
    c.channel = m_cli.option(QStringLiteral("channel"), QStringLiteral("email"));
    if (c.name.trimmed().isEmpty() || !m_cli.m_options.contains(QStringLiteral("template")) ||
        !m_cli.m_options.contains(QStringLiteral("segment")))
        return m_cli.usage(tr("mail campaign create needs --name, --template and --segment"));
    if (c.channel != QLatin1String("email") && c.channel != QLatin1String("sms"))
        return m_cli.usage(tr("--channel is email or sms"));
    if (m_cli.m_options.contains(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(m_cli.option(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return m_cli.fail(tr("--at: \"%1\" is not an ISO date and time")
                                  .arg(m_cli.option(QStringLiteral("at"))));
        c.scheduledAt = at.toUTC().toString(Qt::ISODate);
    }
    bool ok = true;
    c.ratePerMinute = m_cli.option(QStringLiteral("rate"), QStringLiteral("60")).toInt(&ok);
    if (!ok || c.ratePerMinute <= 0)
        return m_cli.fail(tr("--rate is a number of messages a minute"));
    if (m_cli.m_options.contains(QStringLiteral("cost"))) {
        const std::optional<qint64> cost = Money::parse(m_cli.option(QStringLiteral("cost")));
        if (!cost || *cost < 0)
            return m_cli.fail(
                tr("--cost: \"%1\" is not an amount").arg(m_cli.option(QStringLiteral("cost"))));
        c.cost = *cost;
    }
    const auto t =
        MessageTemplateRepository(db).find(c.channel, m_cli.option(QStringLiteral("template")));
    if (!t)
        return m_cli.fail(tr("there is no %1 template \"%2\"")
                              .arg(c.channel, m_cli.option(QStringLiteral("template"))));
    SegmentRepository segments(db);
    const auto segment = segments.find(m_cli.option(QStringLiteral("segment")));
    if (!segment)
        return m_cli.fail(
            tr("there is no segment \"%1\"").arg(m_cli.option(QStringLiteral("segment"))));
    c.segmentId = segment->id;
    c.segmentName = segment->name;
    const Audience audience = segments.audience(segment->filter, c.channel, manager());
    QString error;
    if (!CampaignRepository(db).create(c, *t, audience, CompanyRepository(db).profile(), &error))
        return m_cli.fail(error);
    m_cli.m_out << c.id << '\n';
    return Cli::Ok;
}

int MailCommands::campaignRun(Database &db, qint64 id)
{
    CampaignRepository campaigns(db);
    const Campaign c = *campaigns.load(id);
    if (c.status == QLatin1String("cancelled") || c.status == QLatin1String("done")) {
        m_cli.m_out << tr("Mailing %1 is %2.").arg(id).arg(c.status) << '\n';
        return Cli::Ok;
    }
    const QDateTime at = QDateTime::fromString(c.scheduledAt, Qt::ISODate);
    if (at.isValid() && at > QDateTime::currentDateTimeUtc()) {
        m_cli.m_out
            << tr("Mailing %1 is scheduled for %2: nothing is due yet.").arg(id).arg(c.scheduledAt)
            << '\n';
        return Cli::Ok;
    }
    QString error;
    if (!campaigns.setStatus(id, QStringLiteral("running"), &error))
        return m_cli.fail(error);
    const int code = runOutbox(db, id, c.ratePerMinute);
    OutboxRepository outbox(db);
    const QHash<QString, int> counts = outbox.counts(id);
    if (counts.value(QStringLiteral("queued")) == 0 && counts.value(QStringLiteral("unknown")) == 0)
        campaigns.setStatus(id, QStringLiteral("done"), &error);
    return code;
}

int MailCommands::campaignShow(Database &db, qint64 id)
{
    CampaignRepository campaigns(db);
    const Campaign c = *campaigns.load(id);
    const QHash<QString, int> counts = OutboxRepository(db).counts(id);
    const QHash<QString, int> left = campaigns.exclusions(id);
    QJsonObject excluded;
    for (const QString &reason : {QStringLiteral("opted_out"), QStringLiteral("no_address"),
                                  QStringLiteral("duplicate"), QStringLiteral("incomplete")})
        excluded.insert(reason, left.value(reason));
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject o{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("channel"), c.channel},
                        {QStringLiteral("template"), c.templateName},
                        {QStringLiteral("segment"), text(c.segmentName)},
                        {QStringLiteral("status"), c.status},
                        {QStringLiteral("scheduled_at"), text(c.scheduledAt)},
                        {QStringLiteral("rate"), c.ratePerMinute},
                        {QStringLiteral("cost"), Money::toPlain(c.cost)},
                        {QStringLiteral("currency"), c.currency},
                        {QStringLiteral("queued"), counts.value(QStringLiteral("queued"))},
                        {QStringLiteral("sending"), counts.value(QStringLiteral("sending"))},
                        {QStringLiteral("sent"), counts.value(QStringLiteral("sent"))},
                        {QStringLiteral("failed"), counts.value(QStringLiteral("failed"))},
                        {QStringLiteral("unknown"), counts.value(QStringLiteral("unknown"))},
                        {QStringLiteral("cancelled"), counts.value(QStringLiteral("cancelled"))},
                        {QStringLiteral("excluded"), excluded},
                        {QStringLiteral("created_at"), c.createdAt},
                        {QStringLiteral("started_at"), text(c.startedAt)},
                        {QStringLiteral("finished_at"), text(c.finishedAt)}};
    if (m_cli.json()) {
        m_cli.m_out << QJsonDocument(o).toJson();
        return Cli::Ok;
    }
    m_cli.m_out << tr("%1 (%2, %3): sent %4, queued %5, failed %6, unknown %7; left out %8")
                       .arg(c.name, c.channel, c.status)
                       .arg(counts.value(QStringLiteral("sent")))
                       .arg(counts.value(QStringLiteral("queued")))
                       .arg(counts.value(QStringLiteral("failed")))
                       .arg(counts.value(QStringLiteral("unknown")))
                       .arg(left.value(QStringLiteral("opted_out")) +
                            left.value(QStringLiteral("no_address")) +
                            left.value(QStringLiteral("duplicate")) +
                            left.value(QStringLiteral("incomplete")))
                << '\n';
    return Cli::Ok;
}
