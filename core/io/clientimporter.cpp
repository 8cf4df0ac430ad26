#include "clientimporter.h"

#include "clients/clientrepository.h"
#include "clients/emailaddress.h"
#include "clients/searchindex.h"
#include "db/database.h"
#include "db/transaction.h"
#include "personname.h"
#include "vcardreader.h"

#include <QDate>
#include <QRegularExpression>

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

void fillEmpty(QString &into, const QString &from, const QString &what, const QString &client,
               qint64 line, QStringList *conflicts)
{
    if (from.isEmpty() || into == from)
        return;
    if (into.isEmpty()) {
        into = from;
        return;
    }
    conflicts->append(ClientImporter::tr("line %1: %2: %3 «%4» kept, the file has «%5»")
                          .arg(line)
                          .arg(client, what, into, from));
}
} // namespace

ClientImporter::ClientImporter(const Database &db, ClientRepository &clients)
    : m_db(db), m_clients(clients)
{
}

bool ClientImporter::importCsv(const QString &path, const CsvReader::Options &csv,
                               QList<ColumnMapping::Field> mapping, const Options &options,
                               ImportReport *report, QString *error, const Progress &progress)
{
    start(options, report);

    // First pass: the header, and every birthday, whose format only the
    // whole column can settle.
    QStringList header;
    QStringList dates;
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
        const qsizetype birthday = mapping.indexOf(F::Birthday);
        while (reader.next(&fields))
            if (birthday >= 0 && birthday < fields.size())
                dates << fields.at(birthday);
        if (reader.hasError()) {
            *error = reader.error();
            return false;
        }
        m_dateFormat = DateColumn::detect(dates);
    }

    Transaction tx(m_db.connection());
    CsvReader reader(path, csv);
    QStringList fields;
    reader.next(&header);
    qint64 rows = 0;
    while (reader.next(&fields)) {
        Row row;
        row.line = reader.line();
        for (int i = 0; i < fields.size() && i < mapping.size(); ++i)
            if (mapping.at(i) != F::Ignore && !fields.at(i).trimmed().isEmpty())
                row.values.append({mapping.at(i), fields.at(i).trimmed()});
        if (!importRow(row, report, error))
            return false;
        ++rows;
        if (progress && rows % 1000 == 0 && !progress(reader.bytesRead(), reader.size())) {
            *error = tr("Cancelled; nothing was imported.");
            return false;
        }
    }
    if (reader.hasError()) {
        *error = reader.error();
        return false;
    }
    if (options.dryRun)
        return true; // the transaction rolls back
    return tx.commit(error);
}

void ClientImporter::start(const Options &options, ImportReport *report)
{
    m_options = options;
    m_seen.clear();
    *report = ImportReport();
    report->tag = options.tag.isEmpty()
                      ? tr("Import %1").arg(QDate::currentDate().toString(Qt::ISODate))
                      : options.tag;
}

bool ClientImporter::importVCard(const QString &path, const Options &options, ImportReport *report,
                                 QString *error, const Progress &progress)
{
    start(options, report);
    m_dateFormat = DateColumn::Format::YearMonthDay; // rowFromCard writes ISO dates
    Transaction tx(m_db.connection());
    VCardReader reader(path);
    VCard card;
    qint64 cards = 0;
    while (reader.next(&card)) {
        if (!importRow(rowFromCard(card), report, error))
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
    return tx.commit(error);
}

ClientImporter::Row ClientImporter::rowFromCard(const VCard &card)
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
    if (card.birthday.isValid() && card.birthdayHasYear)
        add(F::Birthday, card.birthday.toString(Qt::ISODate));
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
    person.birthday = DateColumn::parse(single.value(F::Birthday), m_dateFormat);

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

bool ClientImporter::mergeInto(Client &existing, const Client &incoming, qint64 line,
                               QStringList *conflicts) const
{
    const Client before = existing;
    const QString who = existing.displayName();
    fillEmpty(existing.city, incoming.city, tr("city"), who, line, conflicts);
    fillEmpty(existing.region, incoming.region, tr("region"), who, line, conflicts);
    fillEmpty(existing.address, incoming.address, tr("address"), who, line, conflicts);
    fillEmpty(existing.source, incoming.source, tr("source"), who, line, conflicts);
    if (!incoming.notes.isEmpty() && !existing.notes.contains(incoming.notes))
        existing.notes = existing.notes.isEmpty()
                             ? incoming.notes
                             : existing.notes + QLatin1Char('\n') + incoming.notes;
    auto addPhones = [](QList<PhoneEntry> &into, const QList<PhoneEntry> &from) {
        for (const PhoneEntry &p : from) {
            const bool known = std::any_of(into.begin(), into.end(), [&](const PhoneEntry &q) {
                return q.value() == p.value();
            });
            if (!known)
                into << p;
        }
    };
    auto addEmails = [](QList<EmailEntry> &into, const QList<EmailEntry> &from) {
        for (const EmailEntry &e : from) {
            const bool known = std::any_of(into.begin(), into.end(), [&](const EmailEntry &q) {
                return e.isValid() ? q.address == e.address
                                   : q.raw.compare(e.raw, Qt::CaseInsensitive) == 0;
            });
            if (!known)
                into << e;
        }
    };
    addPhones(existing.phones, incoming.phones);
    addEmails(existing.emails, incoming.emails);
    for (const QString &t : incoming.tags)
        if (!existing.tags.contains(t, Qt::CaseInsensitive))
            existing.tags << t;
    for (const LegalEntity &l : incoming.legalEntities) {
        const bool known =
            std::any_of(existing.legalEntities.begin(), existing.legalEntities.end(),
                        [&](const LegalEntity &e) { return !l.inn.isEmpty() && e.inn == l.inn; });
        if (!known)
            existing.legalEntities << l;
    }
    for (const ContactPerson &p : incoming.contacts) {
        auto same = std::find_if(
            existing.contacts.begin(), existing.contacts.end(), [&](const ContactPerson &e) {
                return e.fullName().compare(p.fullName(), Qt::CaseInsensitive) == 0;
            });
        if (same == existing.contacts.end()) {
            existing.contacts << p;
            continue;
        }
        fillEmpty(same->position, p.position, tr("position"), who, line, conflicts);
        if (!same->birthday.isValid())
            same->birthday = p.birthday;
        addPhones(same->phones, p.phones);
        addEmails(same->emails, p.emails);
    }
    return !(existing.city == before.city && existing.region == before.region &&
             existing.address == before.address && existing.source == before.source &&
             existing.notes == before.notes && existing.phones == before.phones &&
             existing.emails == before.emails && existing.tags == before.tags &&
             existing.legalEntities == before.legalEntities &&
             existing.contacts == before.contacts);
}

bool ClientImporter::importRow(const Row &row, ImportReport *report, QString *error)
{
    Client incoming = clientFromRow(row);
    if (incoming.name.trimmed().isEmpty()) {
        ++report->skipped;
        report->errors.append({row.line, tr("no name, e-mail or phone")});
        return true;
    }
    // Rows of one company (or one person) in this file go to the same client,
    // whatever the policy; the base is asked next.
    qint64 existingId = 0;
    for (const QString &key : groupKeys(incoming))
        if ((existingId = m_seen.value(key)))
            break;
    const bool fromThisFile = existingId != 0;
    if (!fromThisFile && m_options.onDuplicate != OnDuplicate::Create)
        existingId = m_clients.findDuplicate(incoming);
    if (existingId && !fromThisFile && m_options.onDuplicate == OnDuplicate::Skip) {
        ++report->skipped;
        report->errors.append({row.line, tr("already in the base; skipped")});
        return true;
    }

    Client target = incoming;
    if (existingId) {
        std::optional<Client> existing = m_clients.load(existingId, error);
        if (!existing)
            return false;
        target = *existing;
        if (!mergeInto(target, incoming, row.line, &report->conflicts)) {
            if (!fromThisFile)
                ++report->unchanged;
            return true;
        }
    }
    if (!target.tags.contains(report->tag))
        target.tags << report->tag;
    QString why;
    if (!m_clients.save(target, &why)) {
        // A row the base refuses is skipped with its reason, not the whole file.
        ++report->skipped;
        report->errors.append({row.line, why});
        return true;
    }
    if (!existingId)
        ++report->created;
    else if (!fromThisFile)
        ++report->merged;
    for (const QString &key : groupKeys(target))
        m_seen.insert(key, target.id);
    return true;
}
