#pragma once

#include "clients/emailentry.h"
#include "clients/phoneentry.h"

#include <QTableWidget>

class PhoneNormalizer;

// An editable list of phones or e-mails: what was typed, a label, and how the
// program understood it ("+7 912 345-67-89" or "not a valid number"). The last
// row is always empty, for adding.
class ContactPointEditor : public QTableWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Phone,
        Email
    };

    ContactPointEditor(Kind kind, const PhoneNormalizer &phones, QWidget *parent = nullptr);

    void setPhones(const QList<PhoneEntry> &phones);
    QList<PhoneEntry> phones() const;
    void setEmails(const QList<EmailEntry> &emails);
    QList<EmailEntry> emails() const;

Q_SIGNALS:
    void edited();

private:
    void setRows(const QList<QPair<qint64, QPair<QString, QString>>> &rows);
    void updateStatus(int row);
    void ensureEmptyLastRow();
    void fitHeight();

    Kind m_kind;
    const PhoneNormalizer &m_phones;
};
