#pragma once

#include "calendar/calendaritem.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>

class Database;

// The agenda: the coming items from a day on, each day a heading row and
// its items under it. Reads a month at a time as the list scrolls
// (canFetchMore/fetchMore), up to a year ahead, so a busy year costs only
// what is on the screen.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsHeaderRole = Qt::UserRole,
        DateRole,
        KindRole
    };
    static constexpr int ChunkDays = 31;
    static constexpr int HorizonDays = 366;

    AgendaModel(const Database &db, QObject *parent = nullptr);

    void setStart(const QDate &day);
    QDate start() const { return m_start; }
    void setKinds(int kinds);
    void setToday(const QDate &today) { m_today = today; }
    // Reads the range already shown afresh (after an edit).
    void reload();

    bool isHeader(int row) const;
    // The item on a row; nullptr on a day's heading.
    const CalendarItem *item(int row) const;
    // The first row of that day or the first after it; -1 when not loaded.
    int rowOfDate(const QDate &day) const;
    QDate loadedUntil() const { return m_loadedUntil; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        QDate date;
        int item = -1; // index in m_items; -1: the day's heading
    };
    // Appends the rows of [from, to) to rows and items.
    void load(const QDate &from, const QDate &to, QList<Row> &rows,
              QList<CalendarItem> &items) const;

    const Database &m_db;
    QDate m_start;
    QDate m_loadedUntil; // exclusive
    QDate m_today;
    int m_kinds = CalendarItem::Events | CalendarItem::Tasks | CalendarItem::Birthdays;
    QList<Row> m_rows;
    QList<CalendarItem> m_items;
};
