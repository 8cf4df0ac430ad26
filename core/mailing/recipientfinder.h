#pragma once

#include "recipientdata.h"

#include <QCoreApplication>
#include <optional>

class Database;
struct Client;
struct ContactPerson;

// The recipient of a single message, from a client's or a contact person's
// card or a bare address: the address of the channel (e-mail, or a phone
// for SMS) and what templates say about them. Refuses, with the reason, a
// recipient without such an address or one who opted out of the channel.
class RecipientFinder
{
    Q_DECLARE_TR_FUNCTIONS(RecipientFinder)

public:
    RecipientFinder(const Database &db, QString channel, QString manager)
        : m_db(db), m_channel(std::move(channel)), m_manager(std::move(manager))
    {
    }

    // A client's own first address, else its first contact person's.
    std::optional<RecipientData> forClient(qint64 clientId, QString *error) const;
    std::optional<RecipientData> forContact(qint64 contactId, QString *error) const;
    // Matched to the client or contact person who has it, when one does.
    std::optional<RecipientData> forAddress(const QString &address, QString *error) const;
    // Adds what templates say about the deal; its responsible signs.
    bool addDeal(RecipientData &recipient, qint64 dealId, QString *error) const;

private:
    std::optional<RecipientData> fill(const Client &client, const ContactPerson *contact,
                                      QString *error) const;
    bool isEmail() const { return m_channel == QLatin1String("email"); }

    const Database &m_db;
    QString m_channel;
    QString m_manager;
};
