#include "cli.h"

#include "clients/clientrepository.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "io/clientexporter.h"
#include "io/clientimporter.h"
#include "io/clientjson.h"
#include "io/mappingmemory.h"
#include "settings/settingsrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QSet<QString> kFlags = {QStringLiteral("help"), QStringLiteral("include-archived"),
                              QStringLiteral("dry-run")};

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "usage: clientele-cli [--db FILE] COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  init                               create or upgrade the database\n"
    "  demo [--clients N] [--seed S]      fill the database with demo data\n"
    "  search TEXT [--limit N] [--format json]\n"
    "  client show ID [--format json]\n"
    "  client add --kind company|person --name N [--first-name F] [--middle-name M]\n"
    "             [--last-name L] [--phone P]... [--email E]... [--city C] [--region R]\n"
    "             [--importance A|B|C] [--source S] [--tag T]... [--inn INN]\n"
    "  client archive ID | client restore ID\n"
    "  export clients --format csv|json [-o FILE]\n"
    "  import csv FILE [--encoding auto|NAME] [--delimiter auto|CHAR] [--map FILE]\n"
    "             [--on-duplicate skip|merge|create] [--tag TAG] [--dry-run] [--format json]\n"
    "  import vcard FILE [--on-duplicate ...] [--tag TAG] [--dry-run] [--format json]\n"
    "\n"
    "The database is --db, else $CLIENTELE_DB, else the one the desktop app uses.\n"
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

int Cli::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "clientele-cli: " << message << '\n';
    m_err << tr(kUsage);
    return Usage;
}

int Cli::fail(const QString &message)
{
    m_err << "clientele-cli: " << message << '\n';
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
    if (m_options.contains(QStringLiteral("help")) || m_positional.isEmpty())
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
    return usage(tr("unknown command \"%1\"").arg(command));
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
    o.deals = option(QStringLiteral("deals"), QStringLiteral("0")).toInt(&ok);
    if (!ok || o.deals < 0)
        return usage(tr("--deals needs a number"));
    o.seed = option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed needs a number"));
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

int Cli::cmdExport()
{
    if (m_positional.value(0) != QLatin1String("clients"))
        return usage(tr("export needs what to export: clients"));
    const QString format = option(QStringLiteral("format"), QStringLiteral("csv"));
    ClientExporter::Format f;
    if (format == QLatin1String("csv"))
        f = ClientExporter::Format::Csv;
    else if (format == QLatin1String("json"))
        f = ClientExporter::Format::Json;
    else
        return usage(tr("--format must be csv or json"));
    Database db(option(QStringLiteral("db"), Database::defaultPath()));
    int code = Ok;
    if (!openDatabase(db, false, &code))
        return code;
    ClientRepository clients(db);
    ClientExporter exporter(clients);
    QString error;
    const QString path = option(QStringLiteral("output"));
    if (path.isEmpty()) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !exporter.write(f, &out, &error))
            return fail(error);
        return Ok;
    }
    // Written aside and renamed, so a failed export never leaves half a file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
    if (!exporter.write(f, &out, &error))
        return fail(error);
    if (!out.commit())
        return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
    return Ok;
}

int Cli::cmdImport()
{
    const QString kind = m_positional.value(0);
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
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("created"), report.created},
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
          << (options.dryRun ? tr(" (dry run: nothing written)") : QString()) << '\n';
    for (const ImportReport::RowError &e : report.errors)
        m_err << path << ':' << e.line << ": " << e.message << '\n';
    for (const QString &c : report.conflicts)
        m_err << c << '\n';
    return Ok;
}
