#pragma once

#include "calendaritem.h"
#include "event.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class Database;

// Calendar events with their attendees and exceptions. Keeps repeat_until
// (the last moment a series can touch) so that a range reads only the
// events that can fall in it.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(const Database &db) : m_db(db) {}

    bool create(Event &event, QString *error = nullptr);
    bool update(Event &event, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    std::optional<Event> load(qint64 id) const;
    std::optional<Event> loadByUid(const QString &uid) const;
    // Ids of the events that can touch [from, to): single events in it and
    // series still running; for export.
    QList<qint64> idsInRange(const QDateTime &from, const QDateTime &to) const;

    // One occurrence of a repeating event, named by its original start:
    // moved to a new start and end, or deleted.
    bool moveOccurrence(qint64 eventId, const QDateTime &originalStart, const QDateTime &start,
                        const QDateTime &end, QString *error = nullptr);
    bool cancelOccurrence(qint64 eventId, const QDateTime &originalStart, QString *error = nullptr);

    // The occurrences touching [from, to), series expanded, exceptions
    // applied; sorted by start.
    QList<CalendarItem> occurrences(const QDateTime &from, const QDateTime &to) const;

    // Checks what the form would refuse: a title, an end after the start.
    bool validate(const Event &event, QString *error) const;

private:
    bool write(Event &event, bool insert, QString *error);
    bool writeChildren(const Event &event, QString *error);
    bool refreshRepeatUntil(qint64 eventId, QString *error);
    QList<EventException> exceptionsOf(qint64 eventId) const;
    // The exceptions of the series that the range [lo, hi) may touch, by
    // event: one query, not one a series.
    QHash<qint64, QList<EventException>> seriesExceptions(const QString &lo,
                                                          const QString &hi) const;

    const Database &m_db;
};
