#pragma once

#include "calendaritem.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Everything the calendar views show in a range, of the kinds asked for:
// event occurrences, tasks with a due time or date, contact persons'
// birthdays and open deals' expected closes. Sorted by start.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    // How expected deal closes come: an item a deal, or an item a day that
    // counts them where a day has several (a month of a large base holds
    // thousands, more than a month's cells can show or Qt can make quickly).
    enum class Closes
    {
        EachDeal,
        CountedPerDay
    };

    explicit CalendarRepository(const Database &db) : m_db(db) {}

    QList<CalendarItem> items(const QDateTime &from, const QDateTime &to,
                              int kinds = CalendarItem::AllKinds,
                              Closes closes = Closes::EachDeal) const;

private:
    void addTasks(QList<CalendarItem> &out, const QDateTime &from, const QDateTime &to) const;
    void addBirthdays(QList<CalendarItem> &out, const QDate &from, const QDate &to) const;
    void addDealCloses(QList<CalendarItem> &out, const QDate &from, const QDate &to,
                       Closes closes) const;

    const Database &m_db;
};
