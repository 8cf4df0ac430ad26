#include "clientexporter.h"

#include "clientjson.h"
#include "clients/clientrepository.h"
#include "csvwriter.h"

#include <QJsonDocument>

namespace {
QStringList contactNames(const Client &c)
{
    QStringList out;
    for (const ContactPerson &p : c.contacts)
        out << p.fullName();
    return out;
}

QStringList phoneList(const QList<PhoneEntry> &phones)
{
    QStringList out;
    for (const PhoneEntry &p : phones)
        out << p.value();
    return out;
}

QStringList emailList(const QList<EmailEntry> &emails)
{
    QStringList out;
    for (const EmailEntry &e : emails)
        out << e.value();
    return out;
}
} // namespace

bool ClientExporter::write(Format format, QIODevice *out, QString *error) const
{
    const QList<qint64> ids = m_clients.allIds();
    const QString sep = QStringLiteral("; ");
    CsvWriter csv(out);
    if (format == Format::Csv) {
        csv.writeRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                      QStringLiteral("last_name"), QStringLiteral("first_name"),
                      QStringLiteral("middle_name"), QStringLiteral("phones"),
                      QStringLiteral("emails"), QStringLiteral("city"), QStringLiteral("region"),
                      QStringLiteral("address"), QStringLiteral("importance"),
                      QStringLiteral("source"), QStringLiteral("tags"), QStringLiteral("inn"),
                      QStringLiteral("contacts"), QStringLiteral("notes"),
                      QStringLiteral("created_at")});
    } else {
        out->write("[");
    }
    bool first = true;
    for (qint64 id : ids) {
        const std::optional<Client> c = m_clients.load(id, error);
        if (!c)
            return false;
        if (format == Format::Csv) {
            QStringList inns;
            for (const LegalEntity &l : c->legalEntities)
                inns << l.inn;
            inns.removeAll(QString());
            if (!csv.writeRow({QString::number(c->id), Client::kindToString(c->kind), c->name,
                               c->lastName, c->firstName, c->middleName,
                               phoneList(c->phones).join(sep), emailList(c->emails).join(sep),
                               c->city, c->region, c->address, c->importance, c->source,
                               c->tags.join(sep), inns.join(sep), contactNames(*c).join(sep),
                               c->notes, c->createdAt})) {
                if (error)
                    *error = out->errorString();
                return false;
            }
        } else {
            // Streamed one client at a time so a million clients fit in memory.
            if (out->write(first ? "\n" : ",\n") < 0 ||
                out->write(QJsonDocument(ClientJson::toJson(*c)).toJson(QJsonDocument::Compact)) <
                    0) {
                if (error)
                    *error = out->errorString();
                return false;
            }
        }
        first = false;
    }
    if (format == Format::Json && out->write("\n]\n") < 0) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}
