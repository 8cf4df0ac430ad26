#pragma once

#include "calendar/calendaritem.h"

#include <QColor>

class QPalette;

// The colour of each kind of calendar item, the same in every view; a dark
// palette gets lighter shades so that white text on them stays readable
// and they stand out from the dark base.
class CalendarColours
{
public:
    static QColor kind(CalendarItem::Kind kind, const QPalette &palette);
    // The hours outside the working day: a shade between base and window.
    static QColor offHours(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};
