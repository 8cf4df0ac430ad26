#include "vcardwriter.h"

#include "personname.h"
#include "vcard.h"

#include <QStringList>

namespace {
void add(QByteArray &card, const char *name, const QString &value)
{
    card += VCardWriter::fold(QByteArray(name) + ':' + value.toUtf8());
}

// Skipped when empty: an empty property is noise to every address book.
void addText(QByteArray &card, const char *name, const QString &text)
{
    if (!text.trimmed().isEmpty())
        add(card, name, VCardWriter::escape(text));
}

QString structured(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &p : parts)
        escaped << VCardWriter::escape(p.trimmed());
    return escaped.join(QLatin1Char(';'));
}

void addName(QByteArray &card, const QString &last, const QString &first, const QString &middle)
{
    add(card, "N", structured({last, first, middle, QString(), QString()}));
}

void addPhones(QByteArray &card, const QList<PhoneEntry> &phones, const QString &fallback)
{
    for (const PhoneEntry &p : phones) {
        if (p.value().trimmed().isEmpty())
            continue;
        const QByteArray name = "TEL;TYPE=" + VCardWriter::phoneType(p.label, fallback).toLatin1();
        add(card, name.constData(), VCardWriter::escape(p.value()));
    }
}

void addEmails(QByteArray &card, const QList<EmailEntry> &emails)
{
    for (const EmailEntry &e : emails) {
        if (e.value().trimmed().isEmpty())
            continue;
        QByteArray name = "EMAIL;TYPE=INTERNET";
        const QString type = VCardWriter::phoneType(e.label, QString());
        if (type == QLatin1String("WORK") || type == QLatin1String("HOME"))
            name += ',' + type.toLatin1();
        add(card, name.constData(), VCardWriter::escape(e.value()));
    }
}

void addAddress(QByteArray &card, const char *name, const Client &c)
{
    if (c.address.trimmed().isEmpty() && c.city.trimmed().isEmpty() && c.region.trimmed().isEmpty())
        return;
    // PO box; extended address; street; locality; region; postal code; country
    add(card, name,
        structured({QString(), QString(), c.address, c.city, c.region, QString(), QString()}));
}

void addCategories(QByteArray &card, const QStringList &tags)
{
    QStringList escaped;
    for (const QString &t : tags)
        if (!t.trimmed().isEmpty())
            escaped << VCardWriter::escape(t.trimmed());
    if (!escaped.isEmpty())
        add(card, "CATEGORIES", escaped.join(QLatin1Char(',')));
}

QByteArray begin()
{
    return QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n");
}

void end(QByteArray &card)
{
    card += "END:VCARD\r\n";
}
} // namespace

QString VCardWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                break; // CRLF is one line break
            out += QStringLiteral("\\n");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    // 75 octets on the first line; a continuation line starts with a space
    // and has 74 more. A cut never lands inside a UTF-8 sequence.
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = 75;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos + 1 && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QString VCardWriter::birthday(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date.year() == VCard::NoYear)
        return date.toString(QStringLiteral("--MMdd"));
    return date.toString(Qt::ISODate);
}

QString VCardWriter::phoneType(const QString &label, const QString &fallback)
{
    // Labels are what people typed or the importer wrote, in English or Russian.
    const QString l = label.toLower();
    auto has = [&l](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words)
            if (l.contains(QStringView(w)))
                return true;
        return false;
    };
    if (has({u"mob", u"cell", u"моб", u"сот"}))
        return QStringLiteral("CELL");
    if (has({u"fax", u"факс"}))
        return QStringLiteral("FAX");
    if (has({u"home", u"дом"}))
        return QStringLiteral("HOME");
    if (has({u"work", u"office", u"раб", u"офис"}))
        return QStringLiteral("WORK");
    return fallback;
}

QByteArray VCardWriter::personCard(const Client &c) const
{
    QByteArray card = begin();
    if (c.lastName.isEmpty() && c.firstName.isEmpty() && c.middleName.isEmpty()) {
        const PersonName n = PersonName::split(c.name);
        addName(card, n.lastName, n.firstName, n.middleName);
    } else {
        addName(card, c.lastName, c.firstName, c.middleName);
    }
    add(card, "FN", escape(c.displayName()));
    if (c.birthday.isValid())
        add(card, "BDAY", birthday(c.birthday));
    addPhones(card, c.phones, QStringLiteral("VOICE"));
    addEmails(card, c.emails);
    addAddress(card, "ADR;TYPE=HOME", c);
    addText(card, "NOTE", c.notes);
    addCategories(card, c.tags);
    end(card);
    return card;
}

QByteArray VCardWriter::companyCard(const Client &c) const
{
    QByteArray card = begin();
    add(card, "N", structured({QString(), QString(), QString(), QString(), QString()}));
    add(card, "FN", escape(c.displayName()));
    add(card, "ORG", escape(c.displayName()));
    // Apple's mark of a company card; others ignore it.
    add(card, "X-ABSHOWAS", QStringLiteral("COMPANY"));
    addPhones(card, c.phones, QStringLiteral("WORK"));
    addEmails(card, c.emails);
    addAddress(card, "ADR;TYPE=WORK", c);
    addText(card, "NOTE", c.notes);
    addCategories(card, c.tags);
    end(card);
    return card;
}

QByteArray VCardWriter::contactCard(const Client &company, const ContactPerson &p) const
{
    QByteArray card = begin();
    addName(card, p.lastName, p.firstName, p.middleName);
    // FN is required: a contact known only by a phone goes under the company's name.
    add(card, "FN", escape(p.fullName().isEmpty() ? company.displayName() : p.fullName()));
    add(card, "ORG", escape(company.displayName()));
    addText(card, "TITLE", p.position);
    addPhones(card, p.phones, QStringLiteral("WORK"));
    addEmails(card, p.emails);
    if (p.birthday.isValid())
        add(card, "BDAY", birthday(p.birthday));
    addText(card, "NOTE", p.notes);
    end(card);
    return card;
}

bool VCardWriter::put(const QByteArray &card)
{
    return m_device->write(card) == card.size();
}

bool VCardWriter::writeClient(const Client &client)
{
    if (client.kind == Client::Kind::Person)
        return put(personCard(client));
    return put(companyCard(client)) && writeContacts(client);
}

bool VCardWriter::writeContacts(const Client &client, const QList<qint64> &contactIds)
{
    for (const ContactPerson &p : client.contacts)
        if ((contactIds.isEmpty() || contactIds.contains(p.id)) && !put(contactCard(client, p)))
            return false;
    return true;
}
