#include "clientfill.h"

namespace {
void fillEmpty(QString &into, const QString &from, const QString &what,
               const ClientFill::Conflict &conflict)
{
    if (from.isEmpty() || into == from)
        return;
    if (into.isEmpty())
        into = from;
    else
        conflict(what, into, from);
}

void addPhones(QList<PhoneEntry> &into, const QList<PhoneEntry> &from)
{
    for (const PhoneEntry &p : from) {
        const bool known = std::any_of(into.begin(), into.end(),
                                       [&](const PhoneEntry &q) { return q.value() == p.value(); });
        if (!known)
            into << PhoneEntry{0, p.label, p.raw, p.e164};
    }
}

void addEmails(QList<EmailEntry> &into, const QList<EmailEntry> &from)
{
    for (const EmailEntry &e : from) {
        const bool known = std::any_of(into.begin(), into.end(), [&](const EmailEntry &q) {
            return e.isValid() ? q.address == e.address
                               : q.raw.compare(e.raw, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            into << EmailEntry{0, e.label, e.raw, e.address};
    }
}
} // namespace

bool ClientFill::fill(Client &existing, const Client &incoming, const Conflict &conflict)
{
    const Client before = existing;
    fillEmpty(existing.city, incoming.city, tr("city"), conflict);
    fillEmpty(existing.region, incoming.region, tr("region"), conflict);
    fillEmpty(existing.address, incoming.address, tr("address"), conflict);
    fillEmpty(existing.source, incoming.source, tr("source"), conflict);
    fillEmpty(existing.importance, incoming.importance, tr("importance"), conflict);
    fillEmpty(existing.responsible, incoming.responsible, tr("responsible"), conflict);
    if (!existing.birthday.isValid())
        existing.birthday = incoming.birthday;
    if (!incoming.notes.isEmpty() && !existing.notes.contains(incoming.notes))
        existing.notes = existing.notes.isEmpty()
                             ? incoming.notes
                             : existing.notes + QLatin1Char('\n') + incoming.notes;
    addPhones(existing.phones, incoming.phones);
    addEmails(existing.emails, incoming.emails);
    for (const QString &t : incoming.tags)
        if (!existing.tags.contains(t, Qt::CaseInsensitive))
            existing.tags << t;
    for (const LegalEntity &l : incoming.legalEntities) {
        const bool known =
            std::any_of(existing.legalEntities.begin(), existing.legalEntities.end(),
                        [&](const LegalEntity &e) { return !l.inn.isEmpty() && e.inn == l.inn; });
        if (!known) {
            LegalEntity copy = l;
            copy.id = 0;
            existing.legalEntities << copy;
        }
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
        fillEmpty(same->position, p.position, tr("position of %1").arg(p.fullName()), conflict);
        if (!same->birthday.isValid())
            same->birthday = p.birthday;
        addPhones(same->phones, p.phones);
        addEmails(same->emails, p.emails);
    }
    return !(existing.city == before.city && existing.region == before.region &&
             existing.address == before.address && existing.source == before.source &&
             existing.importance == before.importance &&
             existing.responsible == before.responsible && existing.notes == before.notes &&
             existing.birthday == before.birthday && existing.phones == before.phones &&
             existing.emails == before.emails && existing.tags == before.tags &&
             existing.legalEntities == before.legalEntities &&
             existing.contacts == before.contacts);
}
