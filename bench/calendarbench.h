#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class Database;

// The calendar case of the bench: N events in one month (one in twenty a
// series running through it), then the month as the Calendar section reads
// and paints it: CalendarRepository over the six weeks the month view
// shows, and the month view widget painted into an image (offscreen).
class CalendarBench
{
public:
    struct Figures
    {
        int events = 0;      // rows written
        int items = 0;       // what the month's six weeks show, series expanded
        double writeMs = 0;  // creating the events through EventRepository, one transaction
        double queryMs = 0;  // CalendarRepository::items over the six weeks, p50 of the runs
        double reloadMs = 0; // MonthView::reload (query and placing on days), p50
        double paintMs = 0;  // MonthView painted into a QImage, p50
        double maxPaintMs = 0;
        double firstMs = 0; // the first setMonth (read and place) on this connection
        double peakRssMb = 0;
    };

    static bool run(int events, quint64 seed, Figures *figures, QString *error);
    // The month of `db` as the month view opens it at `now`: the items of its
    // six weeks read, placed and painted (figures but events and writeMs).
    static bool measureMonth(const Database &db, const QDate &month, const QDateTime &now,
                             Figures *figures, QString *error);
};
