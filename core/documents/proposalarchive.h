#pragma once

#include "proposal.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;

// Keeps a proposal that was given out: the PDF attached to the deal (and so
// to its client), a note on the client's timeline linked to the deal, and
// the proposal number moved on.
class ProposalArchive
{
    Q_DECLARE_TR_FUNCTIONS(ProposalArchive)

public:
    struct Saved
    {
        qint64 attachmentId = 0;
        qint64 interactionId = 0;
    };

    explicit ProposalArchive(const Database &db) : m_db(db) {}

    // Writes `pdf` to `path` (when one is given) and records it; all or
    // nothing: a file that cannot be written leaves the database as it was.
    bool save(const Proposal &proposal, const QByteArray &pdf, const QString &path,
              Saved *saved = nullptr, QString *error = nullptr);

private:
    const Database &m_db;
};
