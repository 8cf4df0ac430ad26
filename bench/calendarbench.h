#pragma once

#include <QString>

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
        double peakRssMb = 0;
    };

    static bool run(int events, quint64 seed, Figures *figures, QString *error);
};
