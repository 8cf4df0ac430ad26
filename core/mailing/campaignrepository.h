#pragma once

#include "audience.h"
#include "campaign.h"
#include "messagetemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class Database;
struct CompanyProfile;

// Mailings. Creating one fills the template for every recipient and queues
// them all in the outbox in one transaction (a recipient whose message
// would have a hole is left out as "incomplete"), so a mailing is whole or
// not there, and resumes exactly after a stop.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(const Database &db) : m_db(db) {}

    bool create(Campaign &campaign, const MessageTemplate &messageTemplate,
                const Audience &audience, const CompanyProfile &company, QString *error = nullptr);
    std::optional<Campaign> load(qint64 id) const;
    QList<Campaign> list() const;
    // running when it starts, done when nothing is queued any more.
    bool setStatus(qint64 id, const QString &status, QString *error = nullptr);
    // How many were left out, by reason.
    QHash<QString, int> exclusions(qint64 id) const;

private:
    const Database &m_db;
};
