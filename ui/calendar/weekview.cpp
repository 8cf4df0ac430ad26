#include "weekview.h"

#include "calendar/calendarrepository.h"
#include "calendar/clock.h"
#include "calendar/eventrepository.h"
#include "calendarcolours.h"

#include "common/uiformat.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace {
constexpr int kHeaderHeight = 24;
constexpr int kStepMinutes = 15;
constexpr int kTaskMinutes = 30; // a task has no length: shown as half an hour
constexpr int kEdge = 5;         // pixels at an event's bottom that resize it

// Where an item sits in time for laying out, in seconds since the epoch;
// a short item takes at least what it is shown as.
std::pair<qint64, qint64> span(const CalendarItem &item)
{
    const qint64 start = item.start.toSecsSinceEpoch();
    const qint64 minimum =
        (item.kind == CalendarItem::Kind::Task ? kTaskMinutes : kStepMinutes) * 60;
    return {start, std::max(item.end.toSecsSinceEpoch(), start + minimum)};
}
} // namespace

WeekView::WeekView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("weekView"));
    setMinimumSize(600, 300);
    m_scrollBar->setObjectName(QStringLiteral("weekViewScrollBar"));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_topHour = value / hourHeight();
        update();
    });
    setMouseTracking(true); // the cursor shows where a drag resizes
    setFocusPolicy(Qt::StrongFocus);
    m_selectedDate = m_clock.now().toLocalTime().date();
    setWeek(m_selectedDate);
    scrollToTime(m_workStart.addSecs(-3600));
}

void WeekView::setWeek(const QDate &anyDay)
{
    showRange(anyDay.addDays(1 - anyDay.dayOfWeek()), 7);
}

void WeekView::setDay(const QDate &day)
{
    showRange(day, 1);
}

void WeekView::showRange(const QDate &first, int days)
{
    m_first = first;
    m_days = days;
    reload();
}

void WeekView::setKinds(int kinds)
{
    m_kinds = kinds;
    reload();
}

void WeekView::setWorkingHours(const QTime &start, const QTime &end)
{
    m_workStart = start;
    m_workEnd = end;
    // The working day in view, with an hour before it.
    scrollToTime(start.hour() > 0 ? start.addSecs(-3600) : QTime(0, 0));
}

void WeekView::scrollToTime(const QTime &time)
{
    m_topHour = time.msecsSinceStartOfDay() / 3600000.0;
    updateScrollBar();
    update();
}

void WeekView::setSelectedDate(const QDate &day)
{
    m_selectedDate = day;
    update();
}

void WeekView::setSelectedItem(int index)
{
    m_selectedItem = index >= 0 && index < m_items.size() ? index : -1;
    update();
}

void WeekView::reload()
{
    const QDateTime from(m_first, QTime(0, 0));
    const QDateTime to(m_first.addDays(m_days), QTime(0, 0));
    // The selection names an item by what it is, not by its place in the old list.
    const CalendarItem selected = m_selectedItem >= 0 && m_selectedItem < m_items.size()
                                      ? m_items.at(m_selectedItem)
                                      : CalendarItem{};
    m_items = CalendarRepository(m_db).items(from.toUTC(), to.toUTC(), m_kinds);
    layOut();
    m_selectedItem = -1;
    for (int i = 0; selected.id != 0 && i < m_items.size(); ++i) {
        const CalendarItem &item = m_items.at(i);
        if (item.kind == selected.kind && item.id == selected.id &&
            item.originalStart == selected.originalStart)
            m_selectedItem = i;
    }
    update();
}

void WeekView::layOut()
{
    const int n = int(m_items.size());
    m_lane = QList<int>(n, 0);
    m_lanes = QList<int>(n, 1);
    // All-day items: each in the first row free over all its days.
    QList<QList<int>> rowEnds; // per row: the last day taken, by day index
    m_allDayLanes = 1;
    for (int i = 0; i < n; ++i) {
        const CalendarItem &item = m_items.at(i);
        if (!item.allDay)
            continue;
        const qint64 first = m_first.daysTo(item.startDate);
        int row = 0;
        while (row < int(rowEnds.size()) && !rowEnds.at(row).isEmpty() &&
               rowEnds.at(row).last() > first)
            ++row;
        if (row == int(rowEnds.size()))
            rowEnds.append(QList<int>());
        rowEnds[row].append(int(m_first.daysTo(item.endDate)));
        m_lane[i] = row;
        m_allDayLanes = std::max(m_allDayLanes, row + 1);
    }
    // Timed items, sorted by start: a group runs while its items overlap;
    // each takes the first column free at its start, the group shares the width.
    QList<int> group;
    QList<qint64> columnEnds;
    qint64 groupEnd = 0;
    const auto closeGroup = [&] {
        for (int j : group)
            m_lanes[j] = int(columnEnds.size());
        group.clear();
        columnEnds.clear();
    };
    for (int i = 0; i < n; ++i) {
        const CalendarItem &item = m_items.at(i);
        if (item.allDay)
            continue;
        const auto [start, end] = span(item);
        if (!group.isEmpty() &&
            (start >= groupEnd || item.start.toLocalTime().date() !=
                                      m_items.at(group.first()).start.toLocalTime().date()))
            closeGroup();
        int column = 0;
        while (column < int(columnEnds.size()) && columnEnds.at(column) > start)
            ++column;
        if (column == int(columnEnds.size()))
            columnEnds.append(end);
        else
            columnEnds[column] = end;
        m_lane[i] = column;
        group.append(i);
        groupEnd = group.size() == 1 ? end : std::max(groupEnd, end);
    }
    closeGroup();
    updateScrollBar();
}

int WeekView::gutterWidth() const
{
    // As wide as the widest hour label in this locale ("10:00 PM" is wider than "22:00").
    int widest = 0;
    for (int h = 0; h < 24; ++h)
        widest = std::max(widest, fontMetrics().horizontalAdvance(UiFormat::time(QTime(h, 0))));
    return widest + 12;
}

int WeekView::laneHeight() const
{
    return fontMetrics().height() + 6;
}

int WeekView::allDayHeight() const
{
    return m_allDayLanes * laneHeight() + 4;
}

QRect WeekView::gridRect() const
{
    const int top = kHeaderHeight + allDayHeight();
    const int bar = m_scrollBar->isHidden() ? 0 : m_scrollBar->sizeHint().width();
    const int gutter = gutterWidth();
    return QRect(gutter, top, width() - gutter - bar - 1, height() - top - 1);
}

double WeekView::hourHeight() const
{
    // Two lines of text in an hour at least; more when the whole day fits.
    return std::max(gridRect().height() / 24.0, 2.0 * fontMetrics().height() + 8);
}

void WeekView::updateScrollBar()
{
    const int top = kHeaderHeight + allDayHeight();
    const int visible = height() - top - 1;
    const double hour = hourHeight();
    const int content = int(std::ceil(24 * hour));
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setHidden(content <= visible);
    m_scrollBar->setRange(0, std::max(0, content - visible));
    m_scrollBar->setPageStep(std::max(1, visible));
    m_scrollBar->setSingleStep(std::max(1, int(hour / 2)));
    m_scrollBar->setValue(int(m_topHour * hour));
    const int w = m_scrollBar->sizeHint().width();
    m_scrollBar->setGeometry(width() - w, top, w, std::max(0, visible));
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void WeekView::wheelEvent(QWheelEvent *event)
{
    if (m_scrollBar->isHidden())
        return QWidget::wheelEvent(event);
    m_scrollBar->setValue(m_scrollBar->value() - event->angleDelta().y() * int(hourHeight()) / 240);
    event->accept();
}

int WeekView::dayWidth() const
{
    return std::max(1, gridRect().width() / m_days);
}

QPoint WeekView::pointAt(const QDateTime &time) const
{
    const QDateTime local = time.toLocalTime();
    const int day = int(m_first.daysTo(local.date()));
    const QRect g = gridRect();
    const double minutes = local.time().hour() * 60 + local.time().minute();
    return QPoint(g.left() + day * dayWidth(),
                  g.top() - m_scrollBar->value() + int(minutes * hourHeight() / 60.0));
}

QDateTime WeekView::timeAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    const int day = std::clamp((pos.x() - g.left()) / dayWidth(), 0, m_days - 1);
    int minutes = int((pos.y() - g.top() + m_scrollBar->value()) * 60.0 / hourHeight());
    minutes = std::clamp(minutes - minutes % kStepMinutes, 0, 24 * 60 - kStepMinutes);
    return QDateTime(m_first.addDays(day), QTime(minutes / 60, minutes % 60));
}

QRect WeekView::itemRect(int index) const
{
    if (index < 0 || index >= m_items.size())
        return {};
    const CalendarItem &item = m_items.at(index);
    const QRect g = gridRect();
    if (item.allDay) {
        const int first = std::max<qint64>(0, m_first.daysTo(item.startDate));
        const int last = std::min<qint64>(m_days, m_first.daysTo(item.endDate));
        if (last <= first)
            return {};
        return QRect(g.left() + first * dayWidth() + 1,
                     kHeaderHeight + 2 + m_lane.value(index) * laneHeight(),
                     (last - first) * dayWidth() - 2, laneHeight() - 2);
    }
    const QDateTime start = item.start.toLocalTime();
    if (start.date() < m_first || start.date() >= m_first.addDays(m_days))
        return {};
    const QPoint top = pointAt(item.start);
    // Until the end of its day at most; a line of text high at least.
    const QDateTime dayEnd(start.date().addDays(1), QTime(0, 0));
    const auto [from, to] = span(item);
    const qint64 secs = std::min(to - from, start.secsTo(dayEnd));
    const int h = std::max(laneHeight() - 2, int(secs / 3600.0 * hourHeight()));
    const int lanes = m_lanes.value(index, 1);
    const int w = (dayWidth() - 4) / lanes;
    return QRect(top.x() + 2 + m_lane.value(index) * w, top.y(), w - (lanes > 1 ? 1 : 0), h);
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
    // The hours outside the working day, shaded.
    const QColor off = CalendarColours::offHours(pal);
    const int dayTop = g.top() - m_scrollBar->value();
    const int dayBottom = dayTop + int(24 * hourHeight());
    const int workTop =
        dayTop + int((m_workStart.msecsSinceStartOfDay() / 3600000.0) * hourHeight());
    const int workBottom =
        dayTop + int((m_workEnd.msecsSinceStartOfDay() / 3600000.0) * hourHeight());
    p.setClipRect(g);
    p.fillRect(QRect(g.left(), dayTop, g.width(), workTop - dayTop), off);
    p.fillRect(QRect(g.left(), workBottom, g.width(), dayBottom - workBottom), off);
    p.setClipping(false);
    // Day headers and columns; weekends shaded whole.
    for (int d = 0; d < m_days; ++d) {
        const QDate day = m_first.addDays(d);
        const QRect head(g.left() + d * dayWidth(), 0, dayWidth(), kHeaderHeight);
        if (day.dayOfWeek() >= 6)
            p.fillRect(QRect(head.left(), g.top(), dayWidth(), g.height()), off);
        if (day == m_selectedDate) {
            QColor c = pal.color(QPalette::Highlight);
            c.setAlpha(60);
            p.fillRect(head, c);
        }
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day == today ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
        const QString name = m_days == 1 ? locale.toString(day, QLocale::LongFormat)
                                         : locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) +
                                               QLatin1Char(' ') + QString::number(day.day());
        p.drawText(head, Qt::AlignCenter, name);
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(head.left(), 0, head.left(), g.bottom());
    }
    p.setFont(font());
    // Hour lines and labels, scrolled under the headers.
    p.setPen(pal.color(QPalette::Midlight));
    p.drawLine(g.left(), g.top(), g.right(), g.top());
    p.setClipRect(QRect(0, g.top(), width(), g.height() + 1));
    for (int h = 0; h < 24; ++h) {
        const int y = dayTop + int(h * hourHeight());
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(g.left(), y, g.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y + 1, g.left() - 6, int(hourHeight())), Qt::AlignRight | Qt::AlignTop,
                   UiFormat::time(QTime(h, 0)));
    }
    // Items, coloured by kind; the one being dragged where it would land.
    for (int i = 0; i < m_items.size(); ++i) {
        QRect r = itemRect(i);
        if (r.isEmpty())
            continue;
        if (m_items.at(i).allDay)
            p.setClipping(false);
        else
            p.setClipRect(QRect(g.left(), g.top(), g.width(), g.height() + 1));
        if (i == m_dragItem && m_resizing)
            r.setBottom(std::max(r.top() + int(hourHeight() / 4),
                                 pointAt(timeAt(m_currentPos)).y() + int(hourHeight() / 4)));
        else if (i == m_dragItem && !m_items.at(i).allDay)
            r.translate(m_currentPos - m_pressPos);
        const QColor c = CalendarColours::kind(m_items.at(i).kind, pal);
        p.setPen(i == m_selectedItem ? QPen(pal.color(QPalette::Text), 2) : QPen(c.darker(130)));
        p.setBrush(c);
        p.drawRoundedRect(r, 3, 3);
        p.setPen(Qt::white);
        // Whole lines only: one line elided, or as many wrapped lines as fit.
        const QRect text = r.adjusted(3, 1, -3, -1);
        const int lines = std::max(1, text.height() / fontMetrics().lineSpacing());
        if (lines == 1) {
            p.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                       fontMetrics().elidedText(m_items.at(i).title, Qt::ElideRight, text.width()));
        } else {
            const QRect shown(text.topLeft(),
                              QSize(text.width(), lines * fontMetrics().lineSpacing()));
            p.save();
            p.setClipRect(shown, Qt::IntersectClip);
            p.drawText(shown, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_items.at(i).title);
            p.restore();
        }
    }
    // The range being selected.
    if (m_selecting) {
        const QDateTime a = timeAt(m_pressPos);
        const QDateTime b = timeAt(m_currentPos).addSecs(kStepMinutes * 60);
        const QPoint top = pointAt(std::min(a, b));
        const QPoint bottom = pointAt(std::max(a, b));
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(90);
        p.setClipRect(g);
        p.fillRect(QRect(top.x() + 1, top.y(), dayWidth() - 2, bottom.y() - top.y()), c);
    }
    // Now.
    const QDateTime now = m_clock.now();
    const QDate nowDate = now.toLocalTime().date();
    if (nowDate >= m_first && nowDate < m_first.addDays(m_days)) {
        const QPoint at = pointAt(now);
        p.setClipRect(g);
        p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
        p.drawLine(at.x(), at.y(), at.x() + dayWidth(), at.y());
    }
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_currentPos = event->position().toPoint();
    const int index = itemAt(m_pressPos);
    m_selectedItem = index;
    if (const QDateTime t = timeAt(m_pressPos); gridRect().contains(m_pressPos))
        m_selectedDate = t.date();
    if (index >= 0 && m_items.at(index).kind == CalendarItem::Kind::Event &&
        !m_items.at(index).allDay) {
        m_dragItem = index;
        m_resizing = onBottomEdge(index, m_pressPos);
    } else if (index < 0 && gridRect().contains(m_pressPos)) {
        m_selecting = true;
    }
    update();
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting && m_dragItem < 0) {
        const QPoint pos = event->position().toPoint();
        const int index = itemAt(pos);
        const bool edge = index >= 0 && m_items.at(index).kind == CalendarItem::Kind::Event &&
                          !m_items.at(index).allDay && onBottomEdge(index, pos);
        setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
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
        const bool resizing = m_resizing;
        m_dragItem = -1;
        m_resizing = false;
        if (resizing) {
            // The end goes to the quarter hour under the mouse, a quarter hour at least.
            const QDateTime end = timeAt(m_currentPos).addSecs(kStepMinutes * 60).toUTC();
            const qint64 seconds = std::max<qint64>(item.start.secsTo(end), kStepMinutes * 60) -
                                   item.start.secsTo(item.end);
            if (seconds != 0)
                changeItem(item, 0, seconds);
        } else {
            const qint64 seconds = timeAt(m_pressPos).secsTo(timeAt(m_currentPos));
            if (seconds != 0)
                changeItem(item, seconds, seconds);
        }
    }
    update();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = itemAt(event->position().toPoint());
    if (index >= 0) {
        m_selectedItem = index;
        Q_EMIT itemActivated(m_items.at(index));
    }
}

bool WeekView::onBottomEdge(int index, const QPoint &pos) const
{
    const QRect r = itemRect(index);
    return !r.isEmpty() && pos.y() >= r.bottom() - kEdge && pos.y() <= r.bottom() + 1;
}

void WeekView::changeItem(const CalendarItem &item, qint64 startSeconds, qint64 endSeconds)
{
    EventRepository events(m_db);
    const std::optional<Event> before = events.load(item.id);
    if (!before) {
        Q_EMIT failed(tr("The event «%1» is no longer in the database.").arg(item.title));
        return;
    }
    QString error;
    bool ok = false;
    if (item.repeating) {
        ok = events.moveOccurrence(item.id, item.originalStart, item.start.addSecs(startSeconds),
                                   item.end.addSecs(endSeconds), &error);
    } else {
        Event e = *before;
        e.start = e.start.addSecs(startSeconds);
        e.end = e.end.addSecs(endSeconds);
        ok = events.update(e, &error);
    }
    if (!ok) {
        Q_EMIT failed(error);
        return;
    }
    reload();
    if (const std::optional<Event> after = events.load(item.id))
        Q_EMIT eventChanged(*before, *after);
    Q_EMIT eventMoved(item.id);
}
