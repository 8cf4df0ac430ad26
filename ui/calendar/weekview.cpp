#include "weekview.h"

#include "calendar/calendarrepository.h"
#include "calendar/clock.h"
#include "calendar/eventrepository.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>

namespace {
constexpr int kHeaderHeight = 24;
constexpr int kAllDayHeight = 22;
constexpr int kGutter = 52;
constexpr int kStepMinutes = 15;

QColor kindColour(CalendarItem::Kind kind)
{
    switch (kind) {
    case CalendarItem::Kind::Event:
        return QColor(0x3d, 0x7e, 0xd8);
    case CalendarItem::Kind::Task:
        return QColor(0x2e, 0x9d, 0x5b);
    case CalendarItem::Kind::Birthday:
        return QColor(0xd8, 0x7a, 0x2b);
    case CalendarItem::Kind::DealClose:
        return QColor(0x8a, 0x5c, 0xc7);
    }
    return Qt::gray;
}
} // namespace

WeekView::WeekView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("weekView"));
    setMinimumSize(600, 24 * 20 + kHeaderHeight + kAllDayHeight);
    setMouseTracking(false);
    setWeek(m_clock.now().toLocalTime().date());
}

void WeekView::setWeek(const QDate &anyDay)
{
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    reload();
}

void WeekView::reload()
{
    const QDateTime from(m_monday, QTime(0, 0));
    const QDateTime to(m_monday.addDays(7), QTime(0, 0));
    m_items = CalendarRepository(m_db).items(from.toUTC(), to.toUTC());
    update();
}

QRect WeekView::gridRect() const
{
    const int top = kHeaderHeight + kAllDayHeight;
    return QRect(kGutter, top, width() - kGutter - 1, height() - top - 1);
}

double WeekView::hourHeight() const
{
    return gridRect().height() / 24.0;
}

int WeekView::dayWidth() const
{
    return std::max(1, gridRect().width() / 7);
}

QPoint WeekView::pointAt(const QDateTime &time) const
{
    const QDateTime local = time.toLocalTime();
    const int day = int(m_monday.daysTo(local.date()));
    const QRect g = gridRect();
    const double minutes = local.time().hour() * 60 + local.time().minute();
    return QPoint(g.left() + day * dayWidth(), g.top() + int(minutes * hourHeight() / 60.0));
}

QDateTime WeekView::timeAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    const int day = std::clamp((pos.x() - g.left()) / dayWidth(), 0, 6);
    int minutes = int((pos.y() - g.top()) * 60.0 / hourHeight());
    minutes = std::clamp(minutes - minutes % kStepMinutes, 0, 24 * 60 - kStepMinutes);
    return QDateTime(m_monday.addDays(day), QTime(minutes / 60, minutes % 60));
}

QRect WeekView::itemRect(int index) const
{
    if (index < 0 || index >= m_items.size())
        return {};
    const CalendarItem &item = m_items.at(index);
    const QRect g = gridRect();
    if (item.allDay) {
        const int first = std::max<qint64>(0, m_monday.daysTo(item.startDate));
        const int last = std::min<qint64>(7, m_monday.daysTo(item.endDate));
        if (last <= first)
            return {};
        return QRect(g.left() + first * dayWidth() + 1, kHeaderHeight + 2,
                     (last - first) * dayWidth() - 2, kAllDayHeight - 4);
    }
    const QDateTime start = item.start.toLocalTime();
    if (start.date() < m_monday || start.date() >= m_monday.addDays(7))
        return {};
    const QPoint top = pointAt(item.start);
    // Until the end of its day at most; a task (no length) gets a quarter hour.
    const QDateTime dayEnd(start.date().addDays(1), QTime(0, 0));
    const qint64 secs =
        std::max<qint64>(kStepMinutes * 60, start.secsTo(std::min(item.end.toLocalTime(), dayEnd)));
    const int h = std::max(6, int(secs / 3600.0 * hourHeight()));
    return QRect(top.x() + 2, top.y(), dayWidth() - 4, h);
}

int WeekView::itemAt(const QPoint &pos) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        if (itemRect(i).contains(pos))
            return i;
    return -1;
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRect g = gridRect();
    const QLocale locale;
    const QDate today = m_clock.now().toLocalTime().date();
    // Day headers and columns.
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        const QRect head(g.left() + d * dayWidth(), 0, dayWidth(), kHeaderHeight);
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(head, Qt::AlignCenter,
                   locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                       QString::number(day.day()));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(head.left(), 0, head.left(), g.bottom());
    }
    p.setFont(font());
    // Hour lines and labels.
    for (int h = 0; h < 24; ++h) {
        const int y = g.top() + int(h * hourHeight());
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(g.left(), y, g.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y, kGutter - 4, int(hourHeight())), Qt::AlignRight | Qt::AlignTop,
                   locale.toString(QTime(h, 0), QLocale::ShortFormat));
    }
    // Items, coloured by kind; the one being dragged where it would land.
    for (int i = 0; i < m_items.size(); ++i) {
        QRect r = itemRect(i);
        if (r.isEmpty())
            continue;
        if (i == m_dragItem && !m_items.at(i).allDay)
            r.translate(m_currentPos - m_pressPos);
        const QColor c = kindColour(m_items.at(i).kind);
        p.setPen(c.darker(130));
        p.setBrush(c);
        p.drawRoundedRect(r, 3, 3);
        p.setPen(Qt::white);
        p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_items.at(i).title);
    }
    // The range being selected.
    if (m_selecting) {
        const QDateTime a = timeAt(m_pressPos);
        const QDateTime b = timeAt(m_currentPos).addSecs(kStepMinutes * 60);
        const QPoint top = pointAt(std::min(a, b));
        const QPoint bottom = pointAt(std::max(a, b));
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(90);
        p.fillRect(QRect(top.x() + 1, top.y(), dayWidth() - 2, bottom.y() - top.y()), c);
    }
    // Now.
    const QDateTime now = m_clock.now();
    const QDate nowDate = now.toLocalTime().date();
    if (nowDate >= m_monday && nowDate < m_monday.addDays(7)) {
        const QPoint at = pointAt(now);
        p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
        p.drawLine(at.x(), at.y(), at.x() + dayWidth(), at.y());
    }
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_currentPos = event->position().toPoint();
    const int index = itemAt(m_pressPos);
    if (index >= 0 && m_items.at(index).kind == CalendarItem::Kind::Event &&
        !m_items.at(index).allDay) {
        m_dragItem = index;
    } else if (index < 0 && gridRect().contains(m_pressPos)) {
        m_selecting = true;
    }
    update();
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting && m_dragItem < 0)
        return;
    m_currentPos = event->position().toPoint();
    update();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_currentPos = event->position().toPoint();
    if (m_selecting) {
        m_selecting = false;
        const QDateTime a = timeAt(m_pressPos);
        const QDateTime b = timeAt(m_currentPos);
        Event e;
        e.title = tr("New event");
        e.start = std::min(a, b).toUTC();
        e.end = std::max(a, b).addSecs(kStepMinutes * 60).toUTC();
        QString error;
        if (EventRepository(m_db).create(e, &error)) {
            reload();
            Q_EMIT eventCreated(e.id);
        } else {
            Q_EMIT failed(error);
        }
    } else if (m_dragItem >= 0) {
        const CalendarItem item = m_items.at(m_dragItem);
        m_dragItem = -1;
        const QDateTime from = timeAt(m_pressPos);
        const QDateTime to = timeAt(m_currentPos);
        const qint64 seconds = from.secsTo(to);
        if (seconds != 0)
            moveItem(item, seconds);
    }
    update();
}

void WeekView::moveItem(const CalendarItem &item, qint64 seconds)
{
    EventRepository events(m_db);
    QString error;
    bool ok = false;
    if (item.repeating) {
        ok = events.moveOccurrence(item.id, item.originalStart, item.start.addSecs(seconds),
                                   item.end.addSecs(seconds), &error);
    } else if (std::optional<Event> e = events.load(item.id)) {
        e->start = e->start.addSecs(seconds);
        e->end = e->end.addSecs(seconds);
        ok = events.update(*e, &error);
    }
    if (!ok) {
        Q_EMIT failed(error);
        return;
    }
    reload();
    Q_EMIT eventMoved(item.id);
}
