#pragma once

#include <QString>

class QMimeData;

// What a dragged deal card carries: the deal and the stage it comes from, so
// that a drop knows it without asking the database.
class DealMime
{
public:
    static QString type();
    static QMimeData *encode(qint64 dealId, qint64 fromStageId);
    // The deal's id, or 0 when the data is not a deal card.
    static qint64 dealId(const QMimeData *data);
    static qint64 fromStageId(const QMimeData *data);
};
