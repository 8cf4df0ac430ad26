#include "cli.h"

#include "backupcommands.h"
#include "calendarcommands.h"
#include "dealcommands.h"
#include "mailcommands.h"
#include "personcommands.h"
#include "reportcommands.h"
#include "taskcommands.h"

#include "clients/clientmerger.h"
#include "clients/clientrepository.h"
#include "clients/duplicatefinder.h"
#include "db/database.h"
#include "db/privatefile.h"
#include "demo/demogenerator.h"
#include "documents/companyrepository.h"
#include "documents/documenttemplaterepository.h"
#include "documents/proposalarchive.h"
#include "documents/proposalbuilder.h"
#include "documents/proposaldocument.h"
#include "interactions/interactionrepository.h"
#include "io/clientexporter.h"
#include "io/clientimporter.h"
#include "io/clientjson.h"
#include "io/importbatchrepository.h"
#include "io/mappingmemory.h"
#include "people/currentuser.h"
#include "settings/settingsrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QSet<QString> kFlags = {QStringLiteral("help"),    QStringLiteral("include-archived"),
                              QStringLiteral("dry-run"), QStringLiteral("archived"),
                              QStringLiteral("no-bom"),  QStringLiteral("no-photos"),
                              QStringLiteral("remove"),  QStringLiteral("sent"),
                              QStringLiteral("again"),   QStringLiteral("check"),
                              QStringLiteral("all-day"), QStringLiteral("apply"),
                              QStringLiteral("version")};

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "usage: clientele-cli [--db FILE] [--user NAME] COMMAND [ARGS]\n"
    "       clientele-cli --help | --version\n"
    "\n"
    "commands:\n"
    "  init                               create or upgrade the database\n"
    "  demo [--clients N] [--deals N] [--seed S]\n"
    "                                     fill the database with demo data\n"
    "  search TEXT [--limit N] [--format json]\n"
    "  client show ID [--format json]\n"
    "  client add --kind company|person --name N [--first-name F] [--middle-name M]\n"
    "             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]\n"
    "             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]\n"
    "  client archive ID | client restore ID\n"
    "  export clients [--format csv|json|vcard] [-o FILE]\n"
    "             [--encoding NAME] [--no-bom] [--delimiter CHAR|tab] [--columns a,b,c]\n"
    "             [--ids 1,2,3] [--search TEXT] [--tag TAG] [--kind company|person]\n"
    "             [--region R] [--importance A|B|C] [--archived]\n"
    "  export interactions [--from DATE] [--to DATE]   one JSON array, oldest first\n"
    "  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]\n"
    "             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]\n"
    "  import vcard FILE [--on-duplicate ...] [--tag TAG] [--no-photos] [--dry-run]\n"
    "             [--format json]\n"
    "  import list [--format json] | import undo BATCH\n"
    "  duplicates [--limit N] [--format json]\n"
    "  merge KEEP_ID ID... [--format json] | merge undo MERGE_ID\n"
    "  deal add --client ID --title T [--contact ID] [--pipeline NAME] [--stage NAME]\n"
    "             [--amount 1234.50] [--probability P] [--source S] [--expected DATE]\n"
    "             [--kind manual|process|simple] [--currency RUB] [--budget A]\n"
    "             [--responsible R] [--interest T] [--needs T] [--notes T]\n"
    "  deal move ID --stage NAME [--reason R] | deal won ID [--amount A]\n"
    "  deal lost ID --reason R [--comment C] | deal reopen ID\n"
    "  deal item add ID --product NAME [--quantity Q] [--price P] [--discount D]\n"
    "             [--vat V|none] [--sku S] [--unit U]\n"
    "  deal list [--status open|won|lost] [--pipeline P] [--client ID] [--limit N]\n"
    "             [--format json] | deal show ID [--format json]\n"
    "  event add --title T --start ISO --end ISO [--all-day] [--zone IANA] [--location L]\n"
    "             [--description D] [--client ID] [--contact ID] [--deal ID]\n"
    "             [--attendee CONTACT_ID]... [--remind -15m|-1h|-1d|ISO] [--repeat RRULE]\n"
    "  calendar list --from ISO --to ISO [--format json]   occurrences expanded, every kind\n"
    "  calendar export -o FILE.ics [--from ISO --to ISO] | calendar import FILE.ics\n"
    "  remind due [--at ISO] [--format json]   due reminders, missed ones included\n"
    "  proposal DEAL_ID -o FILE.pdf [--template NAME] [--valid-until YYYY-MM-DD]\n"
    "             the deal's commercial proposal as PDF, attached to the deal and noted\n"
    "             on the client; lists the missing fields when it cannot be filled\n"
    "  company show [--format json]\n"
    "  company set [--name N] [--inn I] [--kpp K] [--ogrn O] [--address A] [--phone P]\n"
    "             [--email E] [--bank-name B] [--bik B] [--account A] [--corr-account A]\n"
    "             [--director D] [--director-position P]\n"
    "  company image logo|signature|stamp FILE | company image KIND --remove\n"
    "  task add --title T [--description D] [--due ISO|DATE] [--all-day]\n"
    "             [--priority low|normal|high] [--client ID] [--contact ID] [--deal ID]\n"
    "             [--executor NAME] [--check] [--remind ISO|-15m]\n"
    "             [--repeat daily|weekly|monthly|yearly|RRULE]\n"
    "  task list [--view mine|assigned|check] [--format json]\n"
    "  task show ID [--format json]\n"
    "  task start|done|accept|cancel|reopen ID | task return ID --comment C\n"
    "  person add NAME [--position P] [--email E] | person list [--archived] [--format json]\n"
    "  settings get KEY | settings set KEY VALUE | settings list [--format json]\n"
    "                                     business settings: smtp.host, smtp.port,\n"
    "                                     smtp.security none|starttls|tls, smtp.user,\n"
    "                                     smtp.from, smtp.ca_file, sms.url...\n"
    "  template add --name N [--channel email|sms] [--subject S] --body-file F\n"
    "             [--text-file F] [--attach FILE]... | template list [--channel C]\n"
    "             [--format json]\n"
    "  mail send --client ID|--contact ID|--to ADDRESS --template NAME [--deal ID]\n"
    "             [--attach FILE]...   (or --subject S --body HTML instead of a template)\n"
    "  sms send --client ID|--contact ID|--to PHONE --template NAME [--deal ID]\n"
    "             (or --body TEXT)\n"
    "  mail outbox [--campaign ID] [--state S] [--format json]\n"
    "  mail run [--campaign ID] [--rate N] | mail retry [--campaign ID]\n"
    "  mail resolve ID --sent|--again    decide about a message whose fate is unknown\n"
    "  segment add --name N --filter EXPR | segment show NAME [--channel C] [--format json]\n"
    "             | segment list    EXPR: region=R; city=C; importance=A,B; kind=K; tag=T;\n"
    "             source=S; stage=NAME; open_deal; no_contact_days>=N; birthday=this_month;\n"
    "             recipients=all|clients|contacts\n"
    "  mail campaign create --name N --template T --segment S [--channel email|sms]\n"
    "             [--at ISO] [--rate N] [--cost 1500.00] | mail campaign list\n"
    "  mail campaign run ID | mail campaign show ID [--format json]\n"
    "  report funnel|losses|interactions|efficiency|channels|abc [--from DATE]\n"
    "             [--to DATE] [--pipeline P] [--responsible NAME] [--source S]\n"
    "             [--region R] [--importance A|B|C] [--tag T] [--format table|json|csv]\n"
    "             the period is this month so far unless --from and --to say otherwise;\n"
    "             funnel: [--mode snapshot|flow]; interactions: [--by week|month]\n"
    "             [--no-contact-days N]; abc: [--a 80] [--b 15] [--x 10] [--y 25] [--apply]\n"
    "             (--apply writes the ABC class into the clients' importance)\n"
    "  backup [FILE]                      a consistent copy while the base is in use;\n"
    "             without FILE into the backups folder (backup.folder, else backups/\n"
    "             beside the database), keeping the newest of the last backup.daily (7)\n"
    "             days and backup.weekly (4) weeks; prints the file written\n"
    "  restore FILE                       checks FILE, keeps the current database aside\n"
    "             as NAME.replaced-YYYYMMDD-HHMMSS (printed) and puts FILE in its place\n"
    "  check [--format json]              integrity, foreign keys and the search index;\n"
    "             exit 1 listing each problem\n"
    "\n"
    "The user who acts (deal history, task author and steps) is --user, else\n"
    "$CLIENTELE_USER, else the one chosen in the desktop app, else the login name.\n"
    "The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.\n"
    "The mail server's password is read from $CLIENTELE_SMTP_PASSWORD, the SMS\n"
    "gateway's key from $CLIENTELE_SMS_KEY.\n"
    "CSV export is UTF-8 with a BOM and commas unless --encoding and --delimiter say\n"
    "otherwise (windows-1251 and \";\" for Excel on a Russian system). Its columns:\n"
    "  id kind name last_name first_name middle_name phones emails city region\n"
    "  address importance source responsible tags inn kpp contacts notes created_at\n"
    "  updated_at\n"
    "Cells starting with = + - @ get a leading ' against formula injection, except\n"
    "phones such as +79123456789.\n"
    "\n"
    "Exit codes: 0 done, 1 bad input or refused, 2 usage, 3 database unavailable.\n");
} // namespace

bool Cli::parse(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        if (a == QLatin1String("-o"))
            a = QStringLiteral("--output");
        if (!a.startsWith(QStringLiteral("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (!kFlags.contains(name)) {
            if (i + 1 >= arguments.size()) {
                m_err << tr("clientele-cli: the option --%1 needs a value").arg(name) << '\n';
                return false;
            }
            value = arguments.at(++i);
        }
        m_options.insert(name, value);
    }
    return true;
}

QString Cli::option(const QString &name, const QString &fallback) const
{
    return m_options.contains(name) ? m_options.value(name) : fallback;
}

QStringList Cli::options(const QString &name) const
{
    QStringList values = m_options.values(name);
    std::reverse(values.begin(), values.end()); // QMultiHash returns newest first
    return values;
}

QString Cli::user() const
{
    return CurrentUser::resolve(option(QStringLiteral("user")));
}

int Cli::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "clientele-cli: " << message << '\n';
    m_err << tr(kUsage);
    return Usage;
}

int Cli::fail(const QString &message)
{
    // A full disk or a read-only file, in words, whichever command met it.
    m_err << "clientele-cli: "
          << Database::explainError(option(QStringLiteral("db"), Database::defaultPath()), message)
          << '\n';
    return BadInput;
}

bool Cli::openDatabase(Database &db, bool write, int *exitCode)
{
    QString error;
    if (db.open(write ? Database::Mode::ReadWrite : Database::Mode::ReadOnly, &error))
        return true;
    m_err << "clientele-cli: " << error << '\n';
    *exitCode = Unavailable;
    return false;
}

int Cli::run(const QStringList &arguments)
{
    if (!parse(arguments))
        return Usage;
    // Asked for, the usage and the version go to stdout and succeed.
    if (m_options.contains(QStringLiteral("help"))) {
        m_out << tr(kUsage);
        return Ok;
    }
    if (m_options.contains(QStringLiteral("version"))) {
        m_out << "clientele-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (m_positional.isEmpty())
        return usage(QString());
    const QString command = m_positional.takeFirst();
    if (command == QLatin1String("init"))
        return cmdInit();
    if (command == QLatin1String("demo"))
        return cmdDemo();
    if (command == QLatin1String("search"))
        return cmdSearch();
    if (command == QLatin1String("client"))
        return cmdClient();
    if (command == QLatin1String("export"))
        return cmdExport();
    if (command == QLatin1String("import"))
        return cmdImport();
    if (command == QLatin1String("duplicates"))
        return cmdDuplicates();
    if (command == QLatin1String("merge"))
        return cmdMerge();
    if (command == QLatin1String("deal"))
        return DealCommands(*this).run();
    if (command == QLatin1String("task"))
        return TaskCommands(*this).run();
    if (command == QLatin1String("person"))
        return PersonCommands(*this).run();
    if (command == QLatin1String("event"))
        return CalendarCommands(*this).runEvent();
    if (command == QLatin1String("calendar"))
        return CalendarCommands(*this).runCalendar();
    if (command == QLatin1String("remind"))
        return CalendarCommands(*this).runRemind();
    if (command == QLatin1String("proposal"))
        return cmdProposal();
    if (command == QLatin1String("company"))
        return cmdCompany();
    if (command == QLatin1String("settings"))
        return MailCommands(*this).settings();
    if (command == QLatin1String("template"))
        return MailCommands(*this).templates();
    if (command == QLatin1String("mail"))
        return MailCommands(*this).mail();
    if (command == QLatin1String("segment"))
        return MailCommands(*this).segments();
    if (command == QLatin1String("sms"))
        return MailCommands(*this).sms();
    if (command == QLatin1String("report"))
        return ReportCommands(*this).run();
    if (command == QLatin1String("backup"))
        return BackupCommands(*this).backup();
    if (command == QLatin1String("restore"))
        return BackupCommands(*this).restore();
    if (command == QLatin1String("check"))
        return BackupCommands(*this).check();
    return usage(tr("unknown command \"%1\"").arg(command));
}

bool Cli::needsGui(const QStringList &arguments)
{
    QString sink;
    QTextStream none(&sink);
    Cli probe(none, none);
    return probe.parse(arguments) && probe.m_positional.value(0) == QLatin1String("proposal");
}

int Cli::cmdInit()
{
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    m_out << tr("Database %1 is ready (schema %2).")
                 .arg(db.path())
                 .arg(Database::latestSchemaVersion())
          << '\n';
    return Ok;
}

int Cli::cmdDemo()
{
    bool ok = true;
    DemoGenerator::Options o;
    o.clients = option(QStringLiteral("clients"), QStringLiteral("200")).toInt(&ok);
    if (!ok || o.clients < 0)
        return usage(tr("--clients needs a number"));
    // Deals in every stage and state: one for every other client unless told.
    o.deals = option(QStringLiteral("deals"), QString::number(o.clients / 2)).toInt(&ok);
    if (!ok || o.deals < 0)
        return usage(tr("--deals needs a number"));
    o.seed = option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed needs a number"));
    o.user = user(); // the demo's tasks are the user's, as the GUI shows them
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool done = DemoGenerator(db).generate(
        o,
        [&](int n, int total) {
            m_err << '\r' << tr("%1 of %2 clients").arg(n).arg(total);
            m_err.flush();
            return true;
        },
        &error);
    m_err << '\n';
    if (!done)
        return fail(error);
    if (o.deals > 0)
        m_out << tr("Added %1 demo clients and %2 deals in %3 s.")
                     .arg(o.clients)
                     .arg(o.deals)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << '\n';
    else
        m_out << tr("Added %1 demo clients in %2 s.")
                     .arg(o.clients)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << '\n';
    return Ok;
}

int Cli::cmdSearch()
{
    if (m_positional.isEmpty())
        return usage(tr("search needs the text to look for"));
    const QString text = m_positional.join(QLatin1Char(' '));
    bool ok = true;
    const int limit = option(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    const QList<ClientListRow> rows = clients.search(text, limit);
    if (json()) {
        QJsonArray out;
        for (const ClientListRow &row : rows)
            out.append(ClientJson::toJson(row, clients.load(row.id).value_or(Client())));
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        for (const ClientListRow &row : rows)
            m_out << row.id << '\t' << row.name << '\t' << row.city << '\t' << row.phone << '\t'
                  << row.email << '\n';
    }
    return Ok;
}

int Cli::cmdClient()
{
    if (m_positional.isEmpty())
        return usage(tr("client needs show, add, archive or restore"));
    const QString sub = m_positional.takeFirst();
    if (sub == QLatin1String("add"))
        return cmdClientAdd();
    if (sub != QLatin1String("show") && sub != QLatin1String("archive") &&
        sub != QLatin1String("restore"))
        return usage(tr("unknown client command \"%1\"").arg(sub));
    bool ok = false;
    const qint64 id = m_positional.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("client %1 needs a client id").arg(sub));
    if (sub == QLatin1String("show"))
        return cmdClientShow(id);
    return cmdClientArchive(id, sub == QLatin1String("archive"));
}

int Cli::cmdClientShow(qint64 id)
{
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    QString error;
    const std::optional<Client> c = clients.load(id, &error);
    if (!c)
        return fail(error);
    if (json()) {
        m_out << QJsonDocument(ClientJson::toJson(*c)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const PhoneNormalizer &phones = clients.phoneNormalizer();
    m_out << c->name << (c->archived ? tr(" (archived)") : QString()) << '\n';
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << "  " << label << ": " << value << '\n';
    };
    line(tr("City"), c->city);
    line(tr("Region"), c->region);
    line(tr("Address"), c->address);
    line(tr("Importance"), c->importance);
    line(tr("Source"), c->source);
    for (const PhoneEntry &p : c->phones)
        line(tr("Phone"), phones.format(p.value()));
    for (const EmailEntry &e : c->emails)
        line(tr("E-mail"), e.raw);
    line(tr("Tags"), c->tags.join(QStringLiteral(", ")));
    for (const LegalEntity &l : c->legalEntities)
        line(tr("Legal entity"), l.name + (l.inn.isEmpty() ? QString() : tr(", INN ") + l.inn));
    for (const ContactPerson &p : c->contacts)
        line(tr("Contact"),
             p.fullName() + (p.position.isEmpty() ? QString() : QStringLiteral(", ") + p.position));
    return Ok;
}

int Cli::cmdClientAdd()
{
    Client c;
    if (!Client::kindFromString(option(QStringLiteral("kind"), QStringLiteral("company")), &c.kind))
        return usage(tr("--kind must be company or person"));
    c.name = option(QStringLiteral("name"));
    c.firstName = option(QStringLiteral("first-name"));
    c.middleName = option(QStringLiteral("middle-name"));
    c.lastName = option(QStringLiteral("last-name"));
    c.city = option(QStringLiteral("city"));
    c.region = option(QStringLiteral("region"));
    c.address = option(QStringLiteral("address"));
    c.importance = option(QStringLiteral("importance")).toUpper();
    c.source = option(QStringLiteral("source"));
    c.notes = option(QStringLiteral("notes"));
    c.tags = options(QStringLiteral("tag"));
    for (const QString &p : options(QStringLiteral("phone")))
        c.phones << PhoneEntry{0, QString(), p, QString()};
    for (const QString &e : options(QStringLiteral("email")))
        c.emails << EmailEntry{0, QString(), e, QString()};
    const QString inn = option(QStringLiteral("inn"));
    if (!inn.isEmpty()) {
        LegalEntity l;
        l.name = c.name;
        l.inn = inn;
        c.legalEntities << l;
    }

    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    ClientRepository clients(db, PhoneNormalizer(SettingsRepository(db).phoneRegion()));
    QString error;
    if (!clients.save(c, &error))
        return fail(error);
    m_out << c.id << '\n';
    for (const PhoneEntry &p : c.phones)
        if (!p.isValid())
            m_err << tr("warning: \"%1\" is not a valid phone number; kept as typed").arg(p.raw)
                  << '\n';
    for (const EmailEntry &e : c.emails)
        if (!e.isValid())
            m_err << tr("warning: \"%1\" is not a valid e-mail address; kept as typed").arg(e.raw)
                  << '\n';
    return Ok;
}

int Cli::cmdClientArchive(qint64 id, bool archive)
{
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    QString error;
    if (!ClientRepository(db).setArchived(id, archive, &error))
        return fail(error);
    return Ok;
}

int Cli::cmdExportInteractions()
{
    if (option(QStringLiteral("format"), QStringLiteral("json")) != QLatin1String("json"))
        return usage(tr("export interactions writes --format json"));
    QString bounds[2];
    for (int k = 0; k < 2; ++k) {
        const QString name = k == 0 ? QStringLiteral("from") : QStringLiteral("to");
        if (!m_options.contains(name))
            continue;
        const QDate day = QDate::fromString(option(name), Qt::ISODate);
        if (!day.isValid())
            return usage(tr("--%1 needs a date (2026-11-30)").arg(name));
        // Local days, the last one included.
        bounds[k] = QDateTime(day.addDays(k), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    }
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    // One object a line inside the array: millions of rows stream out.
    bool first = true;
    m_out << '[';
    QString error;
    const bool ok = InteractionRepository(db).forEach(
        bounds[0], bounds[1],
        [&](const Interaction &i) {
            const QJsonObject o{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("client_id"), i.clientId},
                {QStringLiteral("contact_id"),
                 i.contactId ? QJsonValue(i.contactId) : QJsonValue()},
                {QStringLiteral("deal_id"), i.dealId ? QJsonValue(i.dealId) : QJsonValue()},
                {QStringLiteral("type"), Interaction::typeToString(i.type)},
                {QStringLiteral("occurred_at"), i.occurredAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("duration_sec"), i.durationSec},
                {QStringLiteral("subject"), i.subject},
                {QStringLiteral("text"), i.text},
                {QStringLiteral("result"), i.result},
                {QStringLiteral("user"), i.user}};
            m_out << (first ? "\n" : ",\n")
                  << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            first = false;
        },
        &error);
    m_out << "\n]\n";
    return ok ? Ok : fail(error);
}

int Cli::cmdExport()
{
    if (m_positional.value(0) == QLatin1String("interactions"))
        return cmdExportInteractions();
    if (m_positional.value(0) != QLatin1String("clients"))
        return usage(tr("export needs what to export: clients or interactions"));
    ClientExporter::Options o;
    const QString format = option(QStringLiteral("format"), QStringLiteral("csv"));
    if (!ClientExporter::formatFromString(format, &o.format))
        return usage(tr("--format must be csv, json or vcard, not \"%1\"").arg(format));
    const bool csv = o.format == ClientExporter::Format::Csv;
    for (const char *csvOnly : {"encoding", "delimiter", "columns", "no-bom"})
        if (!csv && m_options.contains(QLatin1String(csvOnly)))
            return usage(tr("--%1 is for --format csv only").arg(QLatin1String(csvOnly)));
    o.csv.encoding = option(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    if (!CsvWriter::isSupportedEncoding(o.csv.encoding))
        return usage(
            tr("unknown encoding \"%1\" (try UTF-8, windows-1251, UTF-16LE)").arg(o.csv.encoding));
    o.csv.bom = !m_options.contains(QStringLiteral("no-bom"));
    const QString delimiter = option(QStringLiteral("delimiter"), QStringLiteral(","));
    o.csv.delimiter = delimiter == QLatin1String("tab") ? QLatin1Char('\t')
                      : delimiter.size() == 1           ? delimiter.at(0)
                                                        : QChar();
    if (!CsvWriter::isValidDelimiter(o.csv.delimiter))
        return usage(tr("--delimiter must be one character or tab, not \"%1\"").arg(delimiter));
    if (m_options.contains(QStringLiteral("columns"))) {
        for (const QString &c : option(QStringLiteral("columns")).split(QLatin1Char(',')))
            o.columns << c.trimmed();
        QString error;
        if (!ClientExporter::checkColumns(o.columns, &error))
            return usage(error);
    }

    ClientExporter::Selection &s = o.selection;
    if (m_options.contains(QStringLiteral("ids"))) {
        for (const QString &part :
             option(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(
                    tr("--ids needs client ids separated by commas, not \"%1\"").arg(part));
            s.ids << id;
        }
        if (s.ids.isEmpty())
            return usage(tr("--ids needs client ids separated by commas"));
    }
    s.search = option(QStringLiteral("search"));
    s.query.archived = m_options.contains(QStringLiteral("archived"));
    s.query.region = option(QStringLiteral("region"));
    s.query.importance = option(QStringLiteral("importance")).toUpper();
    if (!s.query.importance.isEmpty() && s.query.importance != QLatin1String("A") &&
        s.query.importance != QLatin1String("B") && s.query.importance != QLatin1String("C"))
        return usage(tr("--importance must be A, B or C"));
    s.query.kind = option(QStringLiteral("kind"));
    if (!s.query.kind.isEmpty() && s.query.kind != QLatin1String("company") &&
        s.query.kind != QLatin1String("person"))
        return usage(tr("--kind must be company or person"));

    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    const QString tag = option(QStringLiteral("tag"));
    if (!tag.isEmpty()) {
        for (const auto &[id, name] : clients.tags())
            if (name.compare(tag, Qt::CaseInsensitive) == 0)
                s.query.tagId = id;
        if (s.query.tagId == 0)
            return fail(tr("there is no tag \"%1\"").arg(tag));
    }
    if (!s.ids.isEmpty()) {
        // Refused before anything reaches stdout.
        QSet<qint64> known;
        for (const ClientListRow &row : clients.rows(s.ids))
            known.insert(row.id);
        for (qint64 id : s.ids)
            if (!known.contains(id))
                return fail(tr("there is no client with id %1").arg(id));
    }
    ClientExporter exporter(clients);
    ClientExporter::Result result;
    QString error;
    const QString path = option(QStringLiteral("output"));
    if (path.isEmpty()) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !exporter.write(o, &out, &error, {}, &result))
            return fail(error);
    } else {
        // Written aside and renamed, so a failed export never leaves half a file.
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !PrivateFile::restrict(out))
            return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
        if (!exporter.write(o, &out, &error, {}, &result))
            return fail(error);
        if (!out.commit())
            return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
    }
    if (result.replacedCharacters > 0)
        m_err << tr("warning: %1 has no place for %n character(s); written as \"?\"", nullptr,
                    int(result.replacedCharacters))
                     .arg(o.csv.encoding)
              << '\n';
    return Ok;
}

int Cli::cmdImport()
{
    const QString kind = m_positional.value(0);
    if (kind == QLatin1String("list"))
        return cmdImportList();
    if (kind == QLatin1String("undo"))
        return cmdImportUndo();
    if ((kind != QLatin1String("csv") && kind != QLatin1String("vcard")) || m_positional.size() < 2)
        return usage(tr("import needs what and a file: import csv|vcard FILE"));
    const QString path = m_positional.at(1);
    CsvReader::Options csv;
    const QString encoding = option(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (encoding != QLatin1String("auto"))
        csv.encoding = encoding;
    const QString delimiter = option(QStringLiteral("delimiter"), QStringLiteral("auto"));
    if (delimiter == QLatin1String("tab"))
        csv.delimiter = QLatin1Char('\t');
    else if (delimiter != QLatin1String("auto") && delimiter.size() == 1)
        csv.delimiter = delimiter.at(0);
    else if (delimiter != QLatin1String("auto"))
        return usage(tr("--delimiter must be one character, tab or auto"));

    ClientImporter::Options options;
    const QString policy = option(QStringLiteral("on-duplicate"), QStringLiteral("merge"));
    if (policy == QLatin1String("merge"))
        options.onDuplicate = ClientImporter::OnDuplicate::Merge;
    else if (policy == QLatin1String("skip"))
        options.onDuplicate = ClientImporter::OnDuplicate::Skip;
    else if (policy == QLatin1String("create"))
        options.onDuplicate = ClientImporter::OnDuplicate::Create;
    else
        return usage(tr("--on-duplicate must be skip, merge or create"));
    options.tag = option(QStringLiteral("tag"));
    options.dryRun = m_options.contains(QStringLiteral("dry-run"));
    options.keepPhotos = !m_options.contains(QStringLiteral("no-photos"));

    // --map: {"header as in the file": "field", ...}; other columns are guessed.
    QList<ColumnMapping::Field> mapping;
    QStringList header;
    const QString mapPath = option(QStringLiteral("map"));
    if (!mapPath.isEmpty()) {
        QFile mapFile(mapPath);
        if (!mapFile.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(mapPath, mapFile.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(mapFile.readAll(), &parseError);
        if (!doc.isObject())
            return fail(tr("%1: not a JSON object of \"header\": \"field\" (%2)")
                            .arg(mapPath, parseError.errorString()));
        CsvReader reader(path, csv);
        if (!reader.next(&header))
            return fail(reader.hasError() ? reader.error() : tr("%1: the file is empty").arg(path));
        mapping = ColumnMapping::guess(header);
        const QJsonObject map = doc.object();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const qsizetype column = header.indexOf(it.key());
            ColumnMapping::Field field;
            if (column < 0)
                return fail(tr("%1: the file has no column \"%2\"").arg(mapPath, it.key()));
            if (!ColumnMapping::fromKey(it.value().toString(), &field))
                return fail(tr("%1: unknown field \"%2\" for the column \"%3\"")
                                .arg(mapPath, it.value().toString(), it.key()));
            mapping[column] = field;
        }
    }

    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    SettingsRepository settings(db);
    // Without --map, the mapping remembered for this header (by the wizard or
    // an earlier --map); a file the reader refuses fails in the importer below.
    MappingMemory memory(settings);
    if (kind == QLatin1String("csv") && mapPath.isEmpty()) {
        CsvReader reader(path, csv);
        if (reader.next(&header)) {
            if (const auto remembered = memory.recall(header)) {
                mapping = *remembered;
                m_err << tr("using the column mapping remembered for this header") << '\n';
            }
        }
    }
    ClientRepository clients(db, PhoneNormalizer(settings.phoneRegion()));
    ClientImporter importer(db, clients);
    ImportReport report;
    QString error;
    const bool done = kind == QLatin1String("csv")
                          ? importer.importCsv(path, csv, mapping, options, &report, &error)
                          : importer.importVCard(path, options, &report, &error);
    if (!done)
        return fail(error);
    if (kind == QLatin1String("csv") && !mapPath.isEmpty() && !options.dryRun &&
        !memory.remember(header, mapping, &error))
        m_err << tr("warning: the column mapping was not remembered: %1").arg(error) << '\n';
    if (json()) {
        QJsonArray errors;
        for (const ImportReport::RowError &e : report.errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line},
                                      {QStringLiteral("message"), e.message}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("batch"), report.batchId},
                                           {QStringLiteral("created"), report.created},
                                           {QStringLiteral("merged"), report.merged},
                                           {QStringLiteral("unchanged"), report.unchanged},
                                           {QStringLiteral("skipped"), report.skipped},
                                           {QStringLiteral("tag"), report.tag},
                                           {QStringLiteral("dry_run"), options.dryRun},
                                           {QStringLiteral("errors"), errors},
                                           {QStringLiteral("conflicts"),
                                            QJsonArray::fromStringList(report.conflicts)}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << tr("created %1, merged %2, skipped %3")
                 .arg(report.created)
                 .arg(report.merged)
                 .arg(report.skipped)
          << (options.dryRun
                  ? tr(" (dry run: nothing written)")
                  : tr("; batch %1 (undo: clientele-cli import undo %1)").arg(report.batchId))
          << '\n';
    for (const ImportReport::RowError &e : report.errors)
        m_err << path << ':' << e.line << ": " << e.message << '\n';
    for (const QString &c : report.conflicts)
        m_err << c << '\n';
    return Ok;
}

int Cli::cmdImportList()
{
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    const QList<ImportBatch> batches = ImportBatchRepository(db, clients).list();
    if (json()) {
        QJsonArray out;
        for (const ImportBatch &b : batches)
            out.append(QJsonObject{{QStringLiteral("batch"), b.id},
                                   {QStringLiteral("format"), b.format},
                                   {QStringLiteral("file"), b.file},
                                   {QStringLiteral("tag"), b.tag},
                                   {QStringLiteral("created"), b.created},
                                   {QStringLiteral("merged"), b.merged},
                                   {QStringLiteral("skipped"), b.skipped},
                                   {QStringLiteral("imported_at"), b.createdAt},
                                   {QStringLiteral("undone_at"), b.undoneAt.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(b.undoneAt)}});
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const ImportBatch &b : batches)
        m_out << b.id << '\t' << b.createdAt << '\t' << b.file << '\t'
              << tr("created %1, merged %2, skipped %3").arg(b.created).arg(b.merged).arg(b.skipped)
              << (b.undoneAt.isEmpty() ? QString() : tr("\tundone %1").arg(b.undoneAt)) << '\n';
    return Ok;
}

int Cli::cmdImportUndo()
{
    bool ok = false;
    const qint64 batch = m_positional.value(1).toLongLong(&ok);
    if (!ok || batch <= 0)
        return usage(tr("import undo needs a batch number (see import list)"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    ClientRepository clients(db, PhoneNormalizer(SettingsRepository(db).phoneRegion()));
    ImportBatchRepository::UndoResult result;
    QString error;
    if (!ImportBatchRepository(db, clients).undo(batch, &result, &error)) {
        for (const QString &c : result.conflicts)
            m_err << "  " << c << '\n';
        return fail(error);
    }
    m_out << tr("import %1 undone: %2 clients removed, %3 restored")
                 .arg(batch)
                 .arg(result.removed)
                 .arg(result.restored)
          << '\n';
    return Ok;
}

int Cli::cmdDuplicates()
{
    bool ok = true;
    const int limit = option(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit needs a positive number"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    QString error;
    const QList<DuplicateGroup> groups = DuplicateFinder(db).find(limit, &error);
    if (!error.isEmpty())
        return fail(error);
    if (json()) {
        QJsonArray out;
        for (const DuplicateGroup &g : groups) {
            QJsonArray members;
            for (const ClientListRow &row : clients.rows(g.ids))
                members.append(ClientJson::toJson(row, clients.load(row.id).value_or(Client())));
            out.append(
                QJsonObject{{QStringLiteral("ids"), QJsonArray::fromVariantList([&] {
                                 QVariantList ids;
                                 for (qint64 id : g.ids)
                                     ids << id;
                                 return ids;
                             }())},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(g.reasons)},
                            {QStringLiteral("clients"), members}});
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const DuplicateGroup &g : groups) {
        QStringList names;
        for (const ClientListRow &row : clients.rows(g.ids))
            names << QStringLiteral("%1 %2").arg(row.id).arg(row.name);
        m_out << names.join(QStringLiteral(" | ")) << "\t" << g.reasons.join(QStringLiteral(", "))
              << '\n';
    }
    return Ok;
}

int Cli::cmdMerge()
{
    const bool undo = m_positional.value(0) == QLatin1String("undo");
    if (undo)
        m_positional.removeFirst();
    QList<qint64> ids;
    for (const QString &a : std::as_const(m_positional)) {
        bool ok = false;
        ids << a.toLongLong(&ok);
        if (!ok || ids.last() <= 0)
            return usage(tr("merge needs client ids, not \"%1\"").arg(a));
    }
    if (undo ? ids.size() != 1 : ids.size() < 2)
        return usage(undo ? tr("merge undo needs one merge number")
                          : tr("merge needs the id to keep and at least one more id"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    ClientRepository clients(db, PhoneNormalizer(SettingsRepository(db).phoneRegion()));
    ClientMerger merger(db, clients);
    QString error;
    if (undo) {
        QStringList conflicts;
        if (!merger.undo(ids.first(), &conflicts, &error)) {
            for (const QString &c : conflicts)
                m_err << "  " << c << '\n';
            return fail(error);
        }
        m_out << tr("merge %1 undone").arg(ids.first()) << '\n';
        return Ok;
    }
    ClientMerger::Result result;
    if (!merger.merge(ids.first(), ids.mid(1), &result, &error))
        return fail(error);
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("merge"), result.mergeId},
                                           {QStringLiteral("kept"), ids.first()},
                                           {QStringLiteral("conflicts"),
                                            QJsonArray::fromStringList(result.conflicts)}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << tr("merged %n client(s) into %1; merge %2 (undo: clientele-cli merge undo %2)",
                nullptr, int(ids.size() - 1))
                 .arg(ids.first())
                 .arg(result.mergeId)
          << '\n';
    for (const QString &c : result.conflicts)
        m_err << c << '\n';
    return Ok;
}

int Cli::cmdProposal()
{
    bool ok = false;
    ProposalRequest request;
    request.dealId = m_positional.value(0).toLongLong(&ok);
    if (!ok || request.dealId <= 0 || m_positional.size() != 1)
        return usage(tr("proposal needs one deal id"));
    const QString path = option(QStringLiteral("output"));
    if (path.isEmpty())
        return usage(tr("proposal needs -o FILE.pdf"));
    request.templateName = option(QStringLiteral("template"));
    const QString validUntil = option(QStringLiteral("valid-until"));
    if (!validUntil.isEmpty()) {
        request.validUntil = QDate::fromString(validUntil, Qt::ISODate);
        if (!request.validUntil.isValid())
            return usage(tr("--valid-until needs a date as YYYY-MM-DD"));
    }
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    Proposal proposal;
    QStringList missing;
    QString error;
    if (!ProposalBuilder(db).build(request, &proposal, &missing, &error)) {
        if (missing.isEmpty())
            return fail(error);
        m_err << "clientele-cli: " << tr("the proposal cannot be filled in; missing:") << '\n';
        for (const QString &m : std::as_const(missing))
            m_err << "  " << m << '\n';
        return BadInput;
    }
    ProposalArchive::Saved saved;
    if (!ProposalArchive(db).save(proposal, ProposalDocument(proposal).pdf(), path, &saved, &error))
        return fail(error);
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("number"), proposal.number},
                                           {QStringLiteral("file"), path},
                                           {QStringLiteral("deal"), proposal.dealId},
                                           {QStringLiteral("attachment"), saved.attachmentId},
                                           {QStringLiteral("interaction"), saved.interactionId}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << tr("Proposal No. %1 written to %2 and attached to deal %3.")
                 .arg(proposal.number, path)
                 .arg(proposal.dealId)
          << '\n';
    return Ok;
}

int Cli::cmdCompany()
{
    const QString sub = m_positional.value(0);
    if (sub == QLatin1String("set"))
        return cmdCompanySet();
    if (sub == QLatin1String("image"))
        return cmdCompanyImage();
    if (sub != QLatin1String("show"))
        return usage(tr("company needs show, set or image"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    const CompanyRepository companies(db);
    const CompanyProfile profile = companies.profile();
    if (json()) {
        QJsonObject out;
        for (const CompanyProfile::Field &f : CompanyProfile::fields())
            out.insert(QLatin1String(f.key), profile.*(f.member));
        QJsonObject images;
        for (CompanyImage::Kind kind : CompanyImage::kinds) {
            const CompanyImage image = companies.image(kind);
            images.insert(CompanyImage::kindToString(kind),
                          image.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(image.mime));
        }
        out.insert(QStringLiteral("images"), images);
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        m_out << CompanyProfile::tr(f.label) << ": " << profile.*(f.member) << '\n';
    for (CompanyImage::Kind kind : CompanyImage::kinds) {
        const CompanyImage image = companies.image(kind);
        if (!image.isNull())
            m_out << CompanyImage::kindToString(kind) << ": " << image.mime << ", "
                  << tr("%n byte(s)", nullptr, int(image.data.size())) << '\n';
    }
    return Ok;
}

int Cli::cmdCompanySet()
{
    // Options are the settings keys with dashes: --bank-name, --corr-account.
    auto optionName = [](const CompanyProfile::Field &f) {
        return QString::fromLatin1(f.key).replace(QLatin1Char('_'), QLatin1Char('-'));
    };
    bool any = false;
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        any = any || m_options.contains(optionName(f));
    if (!any || m_positional.size() != 1)
        return usage(tr("company set needs at least one requisite, such as --inn"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    CompanyRepository companies(db);
    CompanyProfile profile = companies.profile();
    for (const CompanyProfile::Field &f : CompanyProfile::fields())
        if (m_options.contains(optionName(f)))
            profile.*(f.member) = option(optionName(f));
    QString error;
    if (!companies.save(profile, &error))
        return fail(error);
    return Ok;
}

int Cli::cmdCompanyImage()
{
    CompanyImage::Kind kind;
    if (!CompanyImage::kindFromString(m_positional.value(1), &kind))
        return usage(tr("company image needs logo, signature or stamp"));
    const bool remove = m_options.contains(QStringLiteral("remove"));
    const QString path = m_positional.value(2);
    if (remove ? m_positional.size() != 2 : (path.isEmpty() || m_positional.size() != 3))
        return usage(tr("company image %1 needs a file, or --remove").arg(m_positional.value(1)));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, true, &code))
        return code;
    CompanyRepository companies(db);
    QString error;
    if (!(remove ? companies.removeImage(kind, &error)
                 : companies.setImageFile(kind, path, &error)))
        return fail(error);
    return Ok;
}
