#pragma once

#include "calendar/calendaritem.h"
#include "calendar/event.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRect>
#include <QTime>
#include <QWidget>

class Clock;
class Database;
class QScrollBar;

// A week (or a single day) of the calendar: day columns with the hours of
// the day, the hours outside the working day shaded, all-day items in a row
// at the top, timed items as blocks coloured by kind, and a line at the
// current time. The hours scroll under fixed day headers, an hour at least
// two lines of text high. Items at the same time share the column side by
// side. Dragging over empty time creates an event; dragging an
// event moves it and dragging its bottom edge resizes it (a repeating one's
// occurrence alone), in steps of 15 minutes and whole days.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    WeekView(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    void setWeek(const QDate &anyDay); // shows the week (Monday to Sunday) of that day
    void setDay(const QDate &day);     // shows that day alone
    // The first day shown (the Monday in the week view).
    QDate monday() const { return m_first; }
    int dayCount() const { return m_days; }
    void setKinds(int kinds); // CalendarItem::KindFlag
    void setWorkingHours(const QTime &start, const QTime &end);
    // The day the keyboard works on: its header is marked.
    void setSelectedDate(const QDate &day);
    QDate selectedDate() const { return m_selectedDate; }
    void reload();

    const QList<CalendarItem> &items() const { return m_items; }
    // The item clicked last (Enter opens it, Delete deletes it); -1: none.
    int selectedItem() const { return m_selectedItem; }
    void setSelectedItem(int index);
    // Where an item is painted; empty when it is not in view.
    QRect itemRect(int index) const;
    // The time at a point of the time grid (local), rounded down to 15 minutes.
    QDateTime timeAt(const QPoint &pos) const;
    QPoint pointAt(const QDateTime &time) const;
    // Scrolls the hours so that this time of day is at the top of the grid.
    void scrollToTime(const QTime &time);

Q_SIGNALS:
    void eventCreated(qint64 eventId);
    void eventMoved(qint64 eventId);
    // A move or resize saved: the whole event before and after, for undo.
    void eventChanged(const Event &before, const Event &after);
    void itemActivated(const CalendarItem &item);
    void failed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showRange(const QDate &first, int days);
    // Lanes for items that overlap: all-day rows, and timed columns per day.
    void layOut();
    void updateScrollBar();
    int allDayHeight() const;
    int laneHeight() const;
    int gutterWidth() const;
    QRect gridRect() const;
    double hourHeight() const;
    int dayWidth() const;
    int itemAt(const QPoint &pos) const;
    bool onBottomEdge(int index, const QPoint &pos) const;
    void changeItem(const CalendarItem &item, qint64 startSeconds, qint64 endSeconds);

    const Database &m_db;
    const Clock &m_clock;
    QDate m_first;
    int m_days = 7;
    int m_kinds = CalendarItem::AllKinds;
    QTime m_workStart = QTime(9, 0);
    QTime m_workEnd = QTime(18, 0);
    QDate m_selectedDate;
    QList<CalendarItem> m_items;
    // Per item: its lane and how many lanes its group of overlapping items has.
    QList<int> m_lane;
    QList<int> m_lanes;
    int m_allDayLanes = 1;
    double m_topHour = 0; // the time of day at the top of the grid, in hours
    QScrollBar *m_scrollBar;
    int m_selectedItem = -1;
    // What the mouse is doing: selecting a range, or dragging (moving or
    // resizing) item m_dragItem.
    bool m_selecting = false;
    int m_dragItem = -1;
    bool m_resizing = false;
    QPoint m_pressPos;
    QPoint m_currentPos;
};
