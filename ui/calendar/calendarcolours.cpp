#include "calendarcolours.h"

#include <QPalette>

bool CalendarColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor CalendarColours::kind(CalendarItem::Kind kind, const QPalette &palette)
{
    QColor c;
    switch (kind) {
    case CalendarItem::Kind::Event:
        c = QColor(0x3d, 0x7e, 0xd8);
        break;
    case CalendarItem::Kind::Task:
        c = QColor(0x2e, 0x9d, 0x5b);
        break;
    case CalendarItem::Kind::Birthday:
        c = QColor(0xd8, 0x7a, 0x2b);
        break;
    case CalendarItem::Kind::DealClose:
        c = QColor(0x8a, 0x5c, 0xc7);
        break;
    }
    // On a dark base the saturated shades sink; a slightly darker one keeps
    // white text legible while the block still reads against the base.
    return isDark(palette) ? c.darker(115) : c;
}

QColor CalendarColours::offHours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF((base.redF() + window.redF() * 2) / 3, (base.greenF() + window.greenF() * 2) / 3,
                  (base.blueF() + window.blueF() * 2) / 3);
    // Base and window may be the same colour: darken (or lighten) a little then.
    if (mixed == base)
        mixed = isDark(palette) ? base.lighter(115) : base.darker(106);
    return mixed;
}
