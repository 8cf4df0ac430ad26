#pragma once

#include "recipientdata.h"

#include <QList>
#include <QString>

// Who a mailing reaches, and who it leaves out and why: opted out of the
// channel, no address for it, an address someone before them already has,
// or (once a template is filled) a placeholder that would come out empty.
struct Audience
{
    struct Exclusion
    {
        qint64 clientId = 0;
        qint64 contactId = 0;
        QString reason; // opted_out, no_address, duplicate, incomplete
        QString detail; // the address, or what is missing
    };

    QList<RecipientData> recipients;
    QList<Exclusion> excluded;

    int excludedFor(const QString &reason) const
    {
        int n = 0;
        for (const Exclusion &e : excluded)
            n += e.reason == reason ? 1 : 0;
        return n;
    }
};
