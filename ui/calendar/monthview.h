#pragma once

#include "calendar/calendaritem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class Clock;
class Database;

// A month of the calendar as six weeks of day cells: each lists its items
// (time and title, coloured by kind) as far as they fit, then "+N more".
// Double-clicking a day asks for it (the host shows that day or week).
class MonthView : public QWidget
{
    Q_OBJECT

public:
    MonthView(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    void setMonth(const QDate &anyDay);
    QDate month() const { return m_month; }
    QDate firstShown() const { return m_first; }
    void setKinds(int kinds); // CalendarItem::KindFlag
    // The day the keyboard works on: its cell is marked.
    void setSelectedDate(const QDate &day);
    QDate selectedDate() const { return m_selectedDate; }
    void reload();

    const QList<CalendarItem> &items() const { return m_items; }
    // The indexes of the items on a day (an item spanning days is on each).
    QList<int> itemsOn(const QDate &day) const { return m_byDay.value(day); }
    QRect cellRect(const QDate &day) const;
    QDate dayAt(const QPoint &pos) const;
    // How many items a cell has room for at the current size.
    int linesPerCell() const;

Q_SIGNALS:
    void dayActivated(const QDate &day);
    void dayClicked(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    const Database &m_db;
    const Clock &m_clock;
    QDate m_month;
    QDate m_first; // the Monday the grid starts on
    QDate m_selectedDate;
    int m_kinds = CalendarItem::AllKinds;
    QList<CalendarItem> m_items;
    QHash<QDate, QList<int>> m_byDay;
};
