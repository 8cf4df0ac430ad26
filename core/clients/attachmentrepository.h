#pragma once

#include "attachment.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QList>

class Database;

class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    static constexpr qint64 kMaxSize = 50 * 1024 * 1024;

    explicit AttachmentRepository(const Database &db) : m_db(db) {}

    // Reads the file and stores it on the client (contactId 0) or the contact.
    bool addFile(qint64 clientId, qint64 contactId, const QString &filePath,
                 Attachment *added = nullptr, QString *error = nullptr);
    // Stores bytes that did not come from a file of their own (a vCard's photo).
    bool addData(qint64 clientId, qint64 contactId, const QString &name, const QByteArray &data,
                 Attachment *added = nullptr, QString *error = nullptr);
    // Stores a file of the deal (a proposal), listed with its client's files too.
    bool addDealData(qint64 clientId, qint64 dealId, const QString &name, const QByteArray &data,
                     Attachment *added = nullptr, QString *error = nullptr);
    // Reads the file and stores it on the deal (and so among its client's files).
    bool addDealFile(qint64 clientId, qint64 dealId, const QString &filePath,
                     Attachment *added = nullptr, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // Files of the client and of its contact persons.
    QList<Attachment> forClient(qint64 clientId) const;
    QList<Attachment> forDeal(qint64 dealId) const;
    QByteArray data(qint64 id) const;
    bool saveTo(qint64 id, const QString &filePath, QString *error = nullptr) const;

private:
    static bool readFile(const QString &filePath, QByteArray *data, QString *error);
    bool insert(Attachment attachment, const QByteArray &data, Attachment *added, QString *error);
    QList<Attachment> list(const QString &where, qint64 id) const;

    const Database &m_db;
};
