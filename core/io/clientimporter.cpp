#include "clientimporter.h"

#include "chunkqueue.h"
#include "clients/attachmentrepository.h"
#include "clients/clientfill.h"
#include "clients/clientrepository.h"
#include "clients/duplicatelookup.h"
#include "clients/emailaddress.h"
#include "clients/searchindex.h"
#include "clients/sidesearchindex.h"
#include "db/bulkload.h"
#include "db/database.h"
#include "db/transaction.h"
#include "personname.h"
#include "vcardreader.h"

#include <QDate>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QScopeGuard>
#include <optional>
#include <thread>

using F = ColumnMapping::Field;

namespace {
// Google joins several values of one column with " ::: ".
QStringList splitValues(const QString &value)
{
    QStringList out;
    for (const QString &v : value.split(QStringLiteral(" ::: "), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

QStringList splitTags(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?::::|;|,)\s*)"));
    QStringList out;
    for (QString t : value.split(separators, Qt::SkipEmptyParts)) {
        t = t.trimmed();
        // Google's system groups ("* myContacts", "* starred") are not the user's tags.
        if (t.isEmpty() || t.startsWith(QLatin1Char('*')))
            continue;
        out << t;
    }
    return out;
}

QString phoneLabel(F field)
{
    switch (field) {
    case F::WorkPhone:
        return ClientImporter::tr("work");
    case F::MobilePhone:
        return ClientImporter::tr("mobile");
    case F::HomePhone:
        return ClientImporter::tr("home");
    default:
        return {};
    }
}

// Rows handed from the reading thread to the writer at a time, and the most
// bytes of the file they may come from.
constexpr qsizetype ChunkRows = 256;
constexpr qint64 ChunkBytes = 1024 * 1024;

quint64 keyHash(const QString &key)
{
    return quint64(qHash(key, 0x436c69656e74656cULL));
}

} // namespace

ClientImporter::ClientImporter(const Database &db, ClientRepository &clients)
    : m_db(db), m_clients(clients), m_batches(db, clients)
{
}

ClientImporter::~ClientImporter() = default;

bool ClientImporter::importCsv(const QString &path, const CsvReader::Options &csv,
                               QList<ColumnMapping::Field> mapping, const Options &options,
                               ImportReport *report, QString *error, const Progress &progress)
{
    start(options, report);

    // First pass: the header, and every birthday, whose format only the
    // whole column can settle.
    QStringList header;
    {
        CsvReader reader(path, csv);
        QStringList fields;
        if (!reader.next(&header)) {
            *error = reader.hasError() ? reader.error() : tr("%1: the file is empty").arg(path);
            return false;
        }
        if (mapping.isEmpty())
            mapping = ColumnMapping::guess(header);
        if (!ColumnMapping::hasName(mapping) && !mapping.contains(F::Email) &&
            !std::any_of(mapping.begin(), mapping.end(), ColumnMapping::isPhone)) {
            *error = tr("%1:1: no column holds a name, an e-mail or a phone; map the columns "
                        "first")
                         .arg(path);
            return false;
        }
        // Without birthdays a broken file shows in the second pass, which
        // rolls back just the same.
        const qsizetype birthday = mapping.indexOf(F::Birthday);
        m_dateFormat = DateColumn::detect({});
        if (birthday >= 0) {
            DateColumn dates;
            while (reader.next(&fields))
                if (birthday < fields.size())
                    dates.add(fields.at(birthday));
            if (reader.hasError()) {
                *error = reader.error();
                return false;
            }
            m_dateFormat = dates.format();
        }
    }

    // An import only adds rows, and refers to rows it wrote or read.
    const BulkLoad bulk(m_db.connection(), BulkLoad::Temp::Files);
    std::optional<SideSearchIndex> search;
    if (bulk.intoEmptyBase() && !options.dryRun)
        search.emplace(m_db.connection());
    Transaction tx(m_db.connection());
    const auto closeStatements = qScopeGuard([this] { endWrite(); });
    if (!beginBatch(QStringLiteral("csv"), path, search ? &*search : nullptr, report, error))
        return false;

    // Reading, parsing and normalising (libphonenumber) take as long as
    // writing: they run on a second thread, a few chunks ahead of the writer.
    ChunkQueue<Prepared> queue;
    std::thread reading([&] {
        CsvReader reader(path, csv);
        QStringList fields;
        reader.next(&fields);
        QList<Prepared> chunk;
        qint64 chunkStart = reader.bytesRead();
        while (reader.next(&fields)) {
            Row row;
            row.line = reader.line();
            for (int i = 0; i < fields.size() && i < mapping.size(); ++i)
                if (mapping.at(i) != F::Ignore && !fields.at(i).trimmed().isEmpty())
                    row.values.append({mapping.at(i), fields.at(i).trimmed()});
            chunk << prepare(std::move(row));
            chunk.last().bytesRead = reader.bytesRead();
            // A few chunks wait in the queue: rows of megabytes make a chunk of few.
            if (chunk.size() == ChunkRows || reader.bytesRead() - chunkStart >= ChunkBytes) {
                if (!queue.push(std::move(chunk)))
                    return;
                chunk = {};
                chunkStart = reader.bytesRead();
            }
        }
        if (!chunk.isEmpty() && !queue.push(std::move(chunk)))
            return;
        queue.finish(reader.hasError() ? reader.error() : QString());
    });
    const auto joinReading = qScopeGuard([&] {
        queue.stop();
        reading.join();
    });

    const qint64 total = QFileInfo(path).size();
    qint64 rows = 0;
    QList<Prepared> chunk;
    while (queue.pop(&chunk)) {
        for (Prepared &row : chunk) {
            if (!importRow(row, report, error))
                return false;
            ++rows;
            if (progress && rows % 1000 == 0 && !progress(row.bytesRead, total)) {
                *error = tr("Cancelled; nothing was imported.");
                return false;
            }
        }
        queue.recycle(std::move(chunk));
        chunk = {};
    }
    if (const QString failed = queue.error(); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    if (options.dryRun)
        return true; // the transaction rolls back
    return finishBatch(report, error) && tx.commit(error);
}

bool ClientImporter::beginBatch(const QString &format, const QString &path, SideSearchIndex *search,
                                ImportReport *report, QString *error)
{
    m_batchId = 0;
    m_clients.setBulk(true);
    m_lookup = std::make_unique<DuplicateLookup>(m_db.connection());
    m_writer = std::make_unique<ClientBulkWriter>(m_db, m_clients);
    if (!m_writer->open(error, search))
        return false;
    if (m_options.dryRun)
        return true;
    m_batchId = m_batches.begin(format, QFileInfo(path).fileName(), report->tag, error);
    return m_batchId != 0;
}

bool ClientImporter::finishBatch(ImportReport *report, QString *error)
{
    report->batchId = m_batchId;
    return m_writer->finish(error) &&
           m_batches.finish(m_batchId, report->created, report->merged, report->skipped, error);
}

void ClientImporter::endWrite()
{
    // Before the transaction ends: no statement may outlive its rollback.
    m_writer.reset();
    m_lookup.reset();
    m_clients.setBulk(false);
    m_seen.clear();
    m_seen.squeeze();
}

void ClientImporter::start(const Options &options, ImportReport *report)
{
    m_options = options;
    m_seen.clear();
    *report = ImportReport();
    report->tag = options.tag.isEmpty()
                      ? tr("Import %1").arg(QDate::currentDate().toString(Qt::ISODate))
                      : options.tag;
    m_tag = report->tag;
}

bool ClientImporter::importVCard(const QString &path, const Options &options, ImportReport *report,
                                 QString *error, const Progress &progress)
{
    start(options, report);
    m_dateFormat = DateColumn::Format::YearMonthDay; // rowFromCard writes ISO dates
    const BulkLoad bulk(m_db.connection(), BulkLoad::Temp::Files);
    std::optional<SideSearchIndex> search;
    if (bulk.intoEmptyBase() && !options.dryRun)
        search.emplace(m_db.connection());
    Transaction tx(m_db.connection());
    const auto closeStatements = qScopeGuard([this] { endWrite(); });
    if (!beginBatch(QStringLiteral("vcard"), path, search ? &*search : nullptr, report, error))
        return false;
    VCardReader reader(path);
    VCard card;
    qint64 cards = 0;
    while (reader.next(&card)) {
        Prepared row = prepare(rowFromCard(card));
        if (!importRow(row, report, error))
            return false;
        ++cards;
        if (progress && cards % 1000 == 0 && !progress(reader.bytesRead(), reader.size())) {
            *error = tr("Cancelled; nothing was imported.");
            return false;
        }
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    if (cards == 0) {
        *error = tr("%1: the file has no cards").arg(path);
        return false;
    }
    if (options.dryRun)
        return true;
    return finishBatch(report, error) && tx.commit(error);
}

ClientImporter::Row ClientImporter::rowFromCard(const VCard &card) const
{
    Row row;
    row.line = card.line;
    auto add = [&row](F field, const QString &value) {
        if (!value.trimmed().isEmpty())
            row.values.append({field, value.trimmed()});
    };
    add(F::CompanyName, card.organization);
    add(F::LastName, card.lastName);
    add(F::FirstName, card.firstName);
    add(F::MiddleName, card.middleName);
    // A company's own card (Apple, Google, ours) names the company in FN too:
    // that is not a person of the company.
    if (card.lastName.isEmpty() && card.firstName.isEmpty() &&
        card.formattedName.trimmed() != card.organization.trimmed())
        add(F::FullName, card.formattedName);
    add(F::Position, card.title);
    for (const VCard::Value &phone : card.phones) {
        const QStringList &t = phone.types;
        add(t.contains(QLatin1String("CELL"))   ? F::MobilePhone
            : t.contains(QLatin1String("WORK")) ? F::WorkPhone
            : t.contains(QLatin1String("HOME")) ? F::HomePhone
                                                : F::Phone,
            phone.value);
    }
    for (const VCard::Value &email : card.emails)
        add(F::Email, email.value);
    add(F::City, card.city);
    add(F::Region, card.region);
    add(F::Address, card.addresses.isEmpty() ? QString() : card.addresses.first().value);
    add(F::Notes, card.note);
    add(F::Birthday, ContactPerson::birthdayToText(card.birthday));
    if (!card.photo.isEmpty() && m_options.keepPhotos) {
        row.photo = card.photo;
        row.photoMime = card.photoMimeType;
    }
    QStringList tags;
    for (const QString &c : card.categories)
        // Google's system groups are not the user's tags.
        if (c.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) != 0 &&
            c.compare(QLatin1String("starred"), Qt::CaseInsensitive) != 0)
            tags << c;
    add(F::Tags, tags.join(QStringLiteral(" ::: ")));
    return row;
}

Client ClientImporter::clientFromRow(const Row &row) const
{
    QHash<F, QString> single;
    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;
    QStringList tags;
    for (const auto &[field, value] : row.values) {
        if (ColumnMapping::isPhone(field)) {
            for (const QString &v : splitValues(value))
                phones.append({0, phoneLabel(field), v, QString()});
        } else if (field == F::Email) {
            for (const QString &v : splitValues(value))
                emails.append({0, QString(), v,
                               EmailAddress::isValid(v) ? EmailAddress::normalize(v) : QString()});
        } else if (field == F::Tags) {
            tags << splitTags(value);
        } else if (!single.contains(field)) {
            single.insert(field, value);
        }
    }
    for (PhoneEntry &p : phones)
        p.e164 = m_clients.phoneNormalizer().toE164(p.raw);

    ContactPerson person;
    if (single.contains(F::FullName)) {
        const PersonName n = PersonName::split(single.value(F::FullName));
        person.lastName = n.lastName;
        person.firstName = n.firstName;
        person.middleName = n.middleName;
    }
    if (single.contains(F::LastName))
        person.lastName = single.value(F::LastName);
    if (single.contains(F::FirstName))
        person.firstName = single.value(F::FirstName);
    if (single.contains(F::MiddleName))
        person.middleName = single.value(F::MiddleName);
    person.position = single.value(F::Position);
    const QString birthday = single.value(F::Birthday);
    person.birthday = birthday.startsWith(QLatin1String("--"))
                          ? ContactPerson::birthdayFromText(birthday)
                          : DateColumn::parse(birthday, m_dateFormat);

    Client c;
    c.city = single.value(F::City);
    c.region = single.value(F::Region);
    c.address = single.value(F::Address);
    c.source = single.value(F::Source);
    c.notes = single.value(F::Notes);
    c.tags = tags;
    const QString company = single.value(F::CompanyName);
    if (!company.isEmpty()) {
        c.kind = Client::Kind::Company;
        c.name = company;
        if (single.contains(F::Inn) || single.contains(F::Kpp) || single.contains(F::Ogrn)) {
            LegalEntity l;
            l.name = company;
            l.inn = single.value(F::Inn);
            l.kpp = single.value(F::Kpp);
            l.ogrn = single.value(F::Ogrn);
            c.legalEntities << l;
        }
        if (!person.fullName().isEmpty()) {
            // The people of a company row are its contact person.
            person.phones = phones;
            person.emails = emails;
            c.contacts << person;
        } else {
            c.phones = phones;
            c.emails = emails;
        }
    } else {
        c.kind = Client::Kind::Person;
        c.lastName = person.lastName;
        c.firstName = person.firstName;
        c.middleName = person.middleName;
        c.birthday = person.birthday;
        c.name = c.displayName();
        c.phones = phones;
        c.emails = emails;
        if (c.name.isEmpty() && !emails.isEmpty())
            c.name = emails.first().raw; // a bare address-book entry
        else if (c.name.isEmpty() && !phones.isEmpty())
            c.name = phones.first().raw;
    }
    return c;
}

QStringList ClientImporter::groupKeys(const Client &c) const
{
    QStringList keys;
    for (const LegalEntity &l : c.legalEntities)
        if (!l.inn.isEmpty())
            keys << QStringLiteral("inn:") + l.inn;
    if (c.kind == Client::Kind::Company)
        keys << QStringLiteral("company:") + SearchIndex::nameKey(c.name);
    for (const EmailEntry &e : c.emails)
        if (e.isValid())
            keys << QStringLiteral("email:") + e.address;
    for (const PhoneEntry &p : c.phones)
        if (p.isValid())
            keys << QStringLiteral("phone:") + p.e164;
    return keys;
}

ClientImporter::Prepared ClientImporter::prepare(Row row) const
{
    Prepared p;
    p.incoming = clientFromRow(row);
    p.row = std::move(row);
    if (p.incoming.name.trimmed().isEmpty())
        return p;
    p.keys = groupKeys(p.incoming);
    for (const QString &key : std::as_const(p.keys))
        p.keyHashes << keyHash(key);
    // The client as save() would write it, were it new.
    Client fresh = p.incoming;
    if (!fresh.tags.contains(m_tag))
        fresh.tags << m_tag;
    // clientFromRow() normalised the phones and e-mails as save() does, and
    // what prepareToSave() settles (a trimmed name, a person's name from its
    // parts) leaves the keys as they are.
    if (m_clients.prepareToSave(fresh, &p.refused))
        p.fresh = ClientBulkWriter::record(std::move(fresh));
    return p;
}

qint64 ClientImporter::seenClient(const Prepared &row, std::optional<Client> *loaded,
                                  QString *error)
{
    for (qsizetype i = 0; i < row.keys.size(); ++i) {
        const qint64 id = m_seen.value(row.keyHashes.at(i));
        if (!id)
            continue;
        const QString &key = row.keys.at(i);
        if (!loaded->has_value() || (*loaded)->id != id) {
            *loaded = m_clients.load(id, error);
            if (!*loaded)
                return -1;
        }
        // Two keys may share a hash: the client must really have this one.
        if (groupKeys(**loaded).contains(key))
            return id;
    }
    loaded->reset();
    return 0;
}

bool ClientImporter::importRow(Prepared &prepared, ImportReport *report, QString *error)
{
    const Row &row = prepared.row;
    const Client &incoming = prepared.incoming;
    if (incoming.name.trimmed().isEmpty()) {
        ++report->skipped;
        report->errors.append({row.line, tr("no name, e-mail or phone")});
        return true;
    }
    // Rows of one company (or one person) in this file go to the same client,
    // whatever the policy; the base is asked next.
    std::optional<Client> before;
    qint64 existingId = seenClient(prepared, &before, error);
    if (existingId < 0)
        return false;
    const bool fromThisFile = existingId != 0;
    if (!fromThisFile && m_options.onDuplicate != OnDuplicate::Create && !m_writer->baseWasEmpty())
        existingId = m_lookup->find(incoming);
    if (existingId && !fromThisFile && m_options.onDuplicate == OnDuplicate::Skip) {
        ++report->skipped;
        report->errors.append({row.line, tr("already in the base; skipped")});
        return true;
    }

    if (!existingId) {
        // A new client: the bulk statements write what save() would.
        if (!prepared.fresh) {
            ++report->skipped;
            report->errors.append({row.line, prepared.refused});
            return true;
        }
        ClientBulkWriter::Record &fresh = *prepared.fresh;
        if (!m_writer->insert(fresh, m_batchId, error))
            return false;
        if (!row.photo.isEmpty() && (!m_writer->resumeAudit(error) ||
                                     !attachPhoto(row, incoming, fresh.client, before, error)))
            return false;
        ++report->created;
        for (quint64 hash : std::as_const(prepared.keyHashes))
            m_seen.insert(hash, fresh.client.id);
        return true;
    }

    if (!before || before->id != existingId) {
        before = m_clients.load(existingId, error);
        if (!before)
            return false;
    }
    Client target = *before;
    const QString who = target.displayName();
    auto conflict = [&](const QString &what, const QString &kept, const QString &offered) {
        report->conflicts << tr("line %1: %2: %3 «%4» kept, the file has «%5»")
                                 .arg(row.line)
                                 .arg(who, what, kept, offered);
    };
    if (!ClientFill::fill(target, incoming, conflict)) {
        if (!fromThisFile)
            ++report->unchanged;
        return true;
    }
    if (!target.tags.contains(report->tag))
        target.tags << report->tag;
    // The generic save() writes the client's history.
    if (!m_writer->resumeAudit(error))
        return false;
    QString why;
    if (!m_clients.prepareToSave(target, &why)) {
        // A row the base refuses is skipped with its reason, not the whole file.
        ++report->skipped;
        report->errors.append({row.line, why});
        return true;
    }
    // Bulk mode: a failed save leaves partial writes, so the whole import goes.
    if (!m_clients.save(target, *before, error) || !m_writer->updated(*before, target, error))
        return false;
    if (!attachPhoto(row, incoming, target, before, error))
        return false;
    // A client of this file is in the batch already, with the state to go back to.
    if (m_batchId && !fromThisFile && !m_batches.recordMerged(m_batchId, *before, error))
        return false;
    if (!fromThisFile)
        ++report->merged;
    for (const QString &key : groupKeys(target))
        m_seen.insert(keyHash(key), target.id);
    return true;
}

bool ClientImporter::attachPhoto(const Row &row, const Client &incoming, const Client &saved,
                                 const std::optional<Client> &before, QString *error)
{
    if (row.photo.isEmpty())
        return true;
    qint64 clientId = 0;
    qint64 contactId = 0;
    QString name;
    if (incoming.kind == Client::Kind::Person) {
        if (before)
            return true; // a known person keeps the photo it has
        clientId = saved.id;
        name = saved.displayName();
    } else if (!incoming.contacts.isEmpty()) {
        name = incoming.contacts.first().fullName();
        auto same = [&name](const ContactPerson &p) {
            return p.fullName().compare(name, Qt::CaseInsensitive) == 0;
        };
        if (before && std::any_of(before->contacts.begin(), before->contacts.end(), same))
            return true;
        const auto it = std::find_if(saved.contacts.begin(), saved.contacts.end(), same);
        if (it == saved.contacts.end())
            return true;
        clientId = saved.id;
        contactId = it->id;
    } else {
        return true; // a company card's logo is not a person's photo
    }
    const QString suffix = QMimeDatabase().mimeTypeForName(row.photoMime).preferredSuffix();
    const QString file =
        tr("Photo of %1").arg(name) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    return AttachmentRepository(m_db).addData(clientId, contactId, file, row.photo, nullptr, error);
}
