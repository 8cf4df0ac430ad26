#pragma once

#include "clients/client.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

// vCard 3.0 out (RFC 2426), as phones, Google, Outlook and Apple read it:
// UTF-8, CRLF, text values escaped, lines folded at 75 octets without
// cutting a character in two.
//
// A person is one card. A company is a card of its own (FN and ORG) and one
// card per contact person, whose ORG is the company: address books have no
// place for a company's people inside its card.
class VCardWriter
{
public:
    explicit VCardWriter(QIODevice *device) : m_device(device) {}

    bool writeClient(const Client &client);
    // The chosen contact persons of a client (all when `contactIds` is empty),
    // each a card with the client as ORG.
    bool writeContacts(const Client &client, const QList<qint64> &contactIds = {});

    // A TEXT value of vCard 3.0: \ , ; and line breaks escaped.
    static QString escape(const QString &text);
    // One content line, folded at 75 octets and ended with CRLF.
    static QByteArray fold(const QByteArray &line);
    // "1980-04-15"; "--0415" for a birthday without a year (VCard::NoYear),
    // as vCard 4 and Apple write it.
    static QString birthday(const QDate &date);
    // The TEL type for a phone's label ("mobile", "рабочий"...), else `fallback`.
    static QString phoneType(const QString &label, const QString &fallback);

private:
    QByteArray personCard(const Client &client) const;
    QByteArray companyCard(const Client &client) const;
    QByteArray contactCard(const Client &company, const ContactPerson &person) const;
    bool put(const QByteArray &card);

    QIODevice *m_device;
};
