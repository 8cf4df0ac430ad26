#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Which clients a segment takes, in the text form `segment add --filter`
// reads and the segments table keeps: terms joined by ";", all of which must
// hold, e.g. "region=Свердловская обл.; importance=A,B; tag=Клиенты;
// no_contact_days>=30; recipients=contacts". Empty: every active client.
struct SegmentFilter
{
    Q_DECLARE_TR_FUNCTIONS(SegmentFilter)

public:
    enum class Recipients
    {
        All,
        Clients,
        Contacts
    };

    QString region;
    QString city;
    QStringList importance; // any of A, B, C
    QString kind;           // company or person
    QString tag;
    QString source;
    QString stage;         // has an open deal in the stage of that name
    bool openDeal = false; // has an open deal
    int noContactDays = 0; // no interaction for at least that many days
    bool birthdayThisMonth = false;
    Recipients recipients = Recipients::All; // the client's own address, its contacts', or both
    // A selection made in the client list ("clients=12,40"): only these, and
    // only while every other term holds too. Empty: no such limit.
    QList<qint64> clientIds;

    // Refused with the term that is wrong and why.
    static std::optional<SegmentFilter> parse(const QString &text, QString *error = nullptr);
    QString toText() const;
    bool operator==(const SegmentFilter &) const = default;
};
