#include "clientexporter.h"

#include "clientjson.h"
#include "clients/clientrepository.h"
#include "vcardwriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// Clients are read by pages of ids this long.
constexpr int kPage = 500;

struct Column
{
    const char *key;
    const char *title;
    QString (*value)(const Client &);
    bool byDefault;
};

QString joined(const QStringList &values)
{
    QStringList out = values;
    out.removeAll(QString());
    return out.join(QStringLiteral("; "));
}

QString phoneList(const QList<PhoneEntry> &phones)
{
    QStringList out;
    for (const PhoneEntry &p : phones)
        out << p.value();
    return joined(out);
}

QString emailList(const QList<EmailEntry> &emails)
{
    QStringList out;
    for (const EmailEntry &e : emails)
        out << e.value();
    return joined(out);
}

// In the order the CSV had before columns could be chosen; the default set is
// that CSV, so scripts reading it keep working.
const Column kColumns[] = {
    {"id", QT_TRANSLATE_NOOP("ClientExporter", "ID"),
     [](const Client &c) { return QString::number(c.id); }, true},
    {"kind", QT_TRANSLATE_NOOP("ClientExporter", "Kind"),
     [](const Client &c) { return Client::kindToString(c.kind); }, true},
    {"name", QT_TRANSLATE_NOOP("ClientExporter", "Name"), [](const Client &c) { return c.name; },
     true},
    {"last_name", QT_TRANSLATE_NOOP("ClientExporter", "Last name"),
     [](const Client &c) { return c.lastName; }, true},
    {"first_name", QT_TRANSLATE_NOOP("ClientExporter", "First name"),
     [](const Client &c) { return c.firstName; }, true},
    {"middle_name", QT_TRANSLATE_NOOP("ClientExporter", "Middle name"),
     [](const Client &c) { return c.middleName; }, true},
    {"phones", QT_TRANSLATE_NOOP("ClientExporter", "Phones"),
     [](const Client &c) { return phoneList(c.phones); }, true},
    {"emails", QT_TRANSLATE_NOOP("ClientExporter", "E-mails"),
     [](const Client &c) { return emailList(c.emails); }, true},
    {"city", QT_TRANSLATE_NOOP("ClientExporter", "City"), [](const Client &c) { return c.city; },
     true},
    {"region", QT_TRANSLATE_NOOP("ClientExporter", "Region"),
     [](const Client &c) { return c.region; }, true},
    {"address", QT_TRANSLATE_NOOP("ClientExporter", "Address"),
     [](const Client &c) { return c.address; }, true},
    {"importance", QT_TRANSLATE_NOOP("ClientExporter", "Importance"),
     [](const Client &c) { return c.importance; }, true},
    {"source", QT_TRANSLATE_NOOP("ClientExporter", "Source"),
     [](const Client &c) { return c.source; }, true},
    {"responsible", QT_TRANSLATE_NOOP("ClientExporter", "Responsible"),
     [](const Client &c) { return c.responsible; }, false},
    {"tags", QT_TRANSLATE_NOOP("ClientExporter", "Tags"),
     [](const Client &c) { return joined(c.tags); }, true},
    {"inn", QT_TRANSLATE_NOOP("ClientExporter", "INN"),
     [](const Client &c) {
         QStringList out;
         for (const LegalEntity &l : c.legalEntities)
             out << l.inn;
         return joined(out);
     },
     true},
    {"kpp", QT_TRANSLATE_NOOP("ClientExporter", "KPP"),
     [](const Client &c) {
         QStringList out;
         for (const LegalEntity &l : c.legalEntities)
             out << l.kpp;
         return joined(out);
     },
     false},
    {"contacts", QT_TRANSLATE_NOOP("ClientExporter", "Contact persons"),
     [](const Client &c) {
         QStringList out;
         for (const ContactPerson &p : c.contacts)
             out << p.fullName();
         return joined(out);
     },
     true},
    {"notes", QT_TRANSLATE_NOOP("ClientExporter", "Notes"), [](const Client &c) { return c.notes; },
     true},
    {"created_at", QT_TRANSLATE_NOOP("ClientExporter", "Created"),
     [](const Client &c) { return c.createdAt; }, true},
    {"updated_at", QT_TRANSLATE_NOOP("ClientExporter", "Updated"),
     [](const Client &c) { return c.updatedAt; }, false},
};

const Column *findColumn(const QString &key)
{
    for (const Column &c : kColumns)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}
} // namespace

bool ClientExporter::formatFromString(const QString &text, Format *format)
{
    if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("vcard"))
        *format = Format::VCard;
    else
        return false;
    return true;
}

QStringList ClientExporter::columnKeys()
{
    QStringList out;
    for (const Column &c : kColumns)
        out << QLatin1String(c.key);
    return out;
}

QStringList ClientExporter::defaultColumns()
{
    QStringList out;
    for (const Column &c : kColumns)
        if (c.byDefault)
            out << QLatin1String(c.key);
    return out;
}

QString ClientExporter::columnTitle(const QString &key)
{
    const Column *c = findColumn(key);
    return c ? tr(c->title) : QString();
}

bool ClientExporter::checkColumns(const QStringList &columns, QString *error)
{
    for (const QString &key : columns) {
        if (findColumn(key))
            continue;
        if (error)
            *error = key.isEmpty() ? tr("an empty column name; the columns are: %1")
                                         .arg(columnKeys().join(QStringLiteral(", ")))
                                   : tr("unknown column \"%1\"; the columns are: %2")
                                         .arg(key, columnKeys().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QString ClientExporter::cell(const Client &client, const QString &key)
{
    const Column *c = findColumn(key);
    return c ? c->value(client) : QString();
}

QString ClientExporter::safeCell(const QString &key, const QString &text)
{
    // "+7 912 345-67-89" is what the phones column is for, and without a
    // letter a spreadsheet can neither call a function nor reach a cell: it
    // stays as it is, so that scripts and re-imports see the number. Any other
    // cell that a spreadsheet would run is guarded, phones typed with words
    // included.
    static const QRegularExpression phone(QStringLiteral(R"(^\+[0-9 ()\-]+$)"));
    if (key == QLatin1String("phones") && !text.isEmpty()) {
        const QStringList numbers = text.split(QStringLiteral("; "));
        if (std::all_of(numbers.begin(), numbers.end(),
                        [](const QString &n) { return phone.match(n).hasMatch(); }))
            return text;
    }
    return CsvWriter::guardFormula(text);
}

bool ClientExporter::forEachClient(const Selection &selection,
                                   const std::function<bool(const Client &)> &write,
                                   const Progress &progress, qint64 *count, QString *error) const
{
    qint64 done = 0;
    qint64 total = 0;
    auto one = [&](qint64 id) {
        const std::optional<Client> c = m_clients.load(id, error);
        if (!c || !write(*c))
            return false;
        ++done;
        if (progress && done % 100 == 0 && !progress(done, std::max(done, total))) {
            if (error)
                *error = tr("Export cancelled.");
            return false;
        }
        return true;
    };

    if (!selection.ids.isEmpty()) {
        total = selection.ids.size();
        for (qint64 id : selection.ids)
            if (!one(id))
                return false;
    } else if (!selection.search.trimmed().isEmpty()) {
        const QList<qint64> found =
            m_clients.searchIds(selection.search, 0, selection.query.archived);
        QList<qint64> ids;
        for (qsizetype i = 0; i < found.size(); i += kPage)
            ids << m_clients.filterIds(selection.query, found.mid(i, kPage));
        total = ids.size();
        for (qint64 id : ids)
            if (!one(id))
                return false;
    } else {
        // Keyset pages in the list's order: memory stays flat at any size.
        total = m_clients.count(selection.query);
        std::optional<ClientSortKey> from;
        for (;;) {
            const QList<ClientListRow> rows =
                m_clients.page(selection.query, from, false, 0, kPage);
            for (const ClientListRow &row : rows)
                if (!one(row.id))
                    return false;
            if (rows.size() < kPage)
                break;
            from = ClientSortKey{rows.last().sortValue, rows.last().id};
        }
    }
    if (progress)
        progress(done, done);
    *count = done;
    return true;
}

bool ClientExporter::write(const Options &options, QIODevice *out, QString *error,
                           const Progress &progress, Result *result) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto failed = [out, &fail] { return fail(tr("cannot write: %1").arg(out->errorString())); };
    Result r;
    switch (options.format) {
    case Format::Csv: {
        const QStringList columns = options.columns.isEmpty() ? defaultColumns() : options.columns;
        if (!checkColumns(columns, error))
            return false;
        if (!CsvWriter::isSupportedEncoding(options.csv.encoding))
            return fail(tr("unknown encoding \"%1\"").arg(options.csv.encoding));
        if (!CsvWriter::isValidDelimiter(options.csv.delimiter))
            return fail(tr("\"%1\" cannot separate CSV fields").arg(options.csv.delimiter));
        CsvWriter csv(out, options.csv);
        if (!csv.writeRow(columns))
            return failed();
        const bool ok = forEachClient(
            options.selection,
            [&](const Client &c) {
                QStringList row;
                for (const QString &key : columns)
                    row << safeCell(key, cell(c, key));
                return csv.writeRow(row) || failed();
            },
            progress, &r.clients, error);
        if (!ok)
            return false;
        r.replacedCharacters = csv.replacedCharacters();
        break;
    }
    case Format::Json: {
        if (out->write("[") < 0)
            return failed();
        bool first = true;
        const bool ok = forEachClient(
            options.selection,
            [&](const Client &c) {
                const bool written =
                    out->write(first ? "\n" : ",\n") >= 0 &&
                    out->write(
                        QJsonDocument(ClientJson::toJson(c)).toJson(QJsonDocument::Compact)) >= 0;
                first = false;
                return written || failed();
            },
            progress, &r.clients, error);
        if (!ok)
            return false;
        if (out->write("\n]\n") < 0)
            return failed();
        break;
    }
    case Format::VCard: {
        VCardWriter vcard(out);
        const bool ok = forEachClient(
            options.selection, [&](const Client &c) { return vcard.writeClient(c) || failed(); },
            progress, &r.clients, error);
        if (!ok)
            return false;
        break;
    }
    }
    if (result)
        *result = r;
    return true;
}
