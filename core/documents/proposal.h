#pragma once

#include "companyimage.h"

#include <QDate>
#include <QList>
#include <QString>

// What to make a commercial proposal from.
struct ProposalRequest
{
    qint64 dealId = 0;
    QString templateName; // empty: the built-in one of the interface language
    QDate date;           // invalid: today
    QDate validUntil;     // invalid: date + kValidDays
    QString language;     // empty: the template's

    static constexpr int kValidDays = 14;
};

// A commercial proposal filled in: the HTML and what the document and the
// deal's records need beside it.
struct Proposal
{
    qint64 dealId = 0;
    qint64 clientId = 0;
    qint64 contactId = 0;
    QString dealTitle;
    QString clientName;
    QString templateName;
    QString language;
    QString number;
    QDate date;
    QDate validUntil;
    qint64 total = 0;
    QString currency;
    QString html;
    // Referred to by the HTML as `company:logo`, `company:signature`, `company:stamp`.
    QList<CompanyImage> images;

    // "КП-12 ООО Ромашка.pdf": a file name without characters file systems refuse.
    QString suggestedFileName() const;
    static QString imageUrl(CompanyImage::Kind kind);
};
