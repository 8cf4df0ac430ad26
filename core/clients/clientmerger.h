#pragma once

#include "client.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

class ClientRepository;
class Database;

// Merges duplicates into the client that is kept: contacts, interactions,
// files, relations and member clients move over, phones, e-mails, tags and
// legal entities are added, empty fields filled. The merged clients stay as
// hidden rows (archived = 2, merged_into) so that the merge can be undone.
class ClientMerger
{
    Q_DECLARE_TR_FUNCTIONS(ClientMerger)

public:
    ClientMerger(const Database &db, ClientRepository &clients);

    struct Result
    {
        qint64 mergeId = 0;
        QStringList conflicts; // values of merged clients the kept one did not take
    };
    bool merge(qint64 keptId, const QList<qint64> &others, Result *result, QString *error);

    // The newest merge that was not undone: its id and the kept client; 0 when none.
    QPair<qint64, qint64> lastMerge() const;

    // Puts every client of the merge back as it was. Refused, with the reasons
    // in `conflicts`, when the kept client was changed since.
    bool undo(qint64 mergeId, QStringList *conflicts, QString *error);

private:
    bool mergeOne(Client &kept, qint64 otherId, QJsonObject *record, QStringList *conflicts,
                  QString *error);
    bool undoOne(qint64 keptId, const QJsonObject &record, QString *error);
    QList<qint64> ids(const QString &sql, qint64 id) const;
    bool moveIds(const QString &table, const QString &column, const QList<qint64> &ids, qint64 from,
                 qint64 to, QString *error);
    qint64 mergedInto(qint64 id, bool *exists) const;

    const Database &m_db;
    ClientRepository &m_clients;
};
