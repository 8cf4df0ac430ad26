#pragma once

#include "calendar/calendaritem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRect>
#include <QWidget>

class Clock;
class Database;

// A week of the calendar: seven day columns with the hours of the day,
// all-day items in a row at the top, timed items as blocks coloured by kind,
// and a line at the current time. Dragging over empty time creates an
// event; dragging an event moves it (a repeating one's occurrence alone),
// in steps of 15 minutes and whole days.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    WeekView(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    void setWeek(const QDate &anyDay); // shows the week (Monday to Sunday) of that day
    QDate monday() const { return m_monday; }
    void reload();

    const QList<CalendarItem> &items() const { return m_items; }
    // Where an item is painted; empty when it is not in view.
    QRect itemRect(int index) const;
    // The time at a point of the time grid (local), rounded down to 15 minutes.
    QDateTime timeAt(const QPoint &pos) const;
    QPoint pointAt(const QDateTime &time) const;

Q_SIGNALS:
    void eventCreated(qint64 eventId);
    void eventMoved(qint64 eventId);
    void failed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    double hourHeight() const;
    int dayWidth() const;
    int itemAt(const QPoint &pos) const;
    void moveItem(const CalendarItem &item, qint64 seconds);

    const Database &m_db;
    const Clock &m_clock;
    QDate m_monday;
    QList<CalendarItem> m_items;
    // What the mouse is doing: selecting a range, or dragging item m_dragItem.
    bool m_selecting = false;
    int m_dragItem = -1;
    QPoint m_pressPos;
    QPoint m_currentPos;
};
