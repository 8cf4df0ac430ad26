#pragma once

#include "audience.h"
#include "segmentfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;

// Saved segments of the client base, and the audience of a filter: one
// query over the clients and their contact persons, each recipient once by
// address.
class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRepository)

public:
    struct Segment
    {
        qint64 id = 0;
        QString name;
        SegmentFilter filter;
    };

    explicit SegmentRepository(const Database &db) : m_db(db) {}

    bool save(Segment &segment, QString *error = nullptr);
    std::optional<Segment> find(const QString &name) const;
    std::optional<Segment> load(qint64 id) const;
    QList<Segment> list() const;
    bool remove(qint64 id, QString *error = nullptr);

    // `today` decides "this month" and "days without contact"; `manager`
    // signs for clients without a responsible.
    Audience audience(const SegmentFilter &filter, const QString &channel,
                      const QString &manager = {}, const QDate &today = QDate::currentDate()) const;

private:
    const Database &m_db;
};
