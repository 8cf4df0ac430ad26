#include "monthview.h"

#include "calendar/calendarrepository.h"
#include "calendar/clock.h"
#include "calendarcolours.h"

#include <QFontMetrics>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <vector>

namespace {
constexpr int kHeaderHeight = 22;
constexpr int kWeeks = 6;

} // namespace

MonthView::MonthView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("monthView"));
    setMinimumSize(500, 400);
    setFocusPolicy(Qt::StrongFocus);
    m_selectedDate = m_clock.now().toLocalTime().date();
    setMonth(m_selectedDate);
}

void MonthView::setKinds(int kinds)
{
    m_kinds = kinds;
    reload();
}

void MonthView::setSelectedDate(const QDate &day)
{
    m_selectedDate = day;
    update();
}

void MonthView::setMonth(const QDate &anyDay)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    m_first = m_month.addDays(1 - m_month.dayOfWeek());
    reload();
}

void MonthView::reload()
{
    const QDate last = m_first.addDays(7 * kWeeks);
    // A day's cell shows a line or two of its expected closes at most: one
    // line counts them.
    m_items = CalendarRepository(m_db).items(QDateTime(m_first, QTime(0, 0)).toUTC(),
                                             QDateTime(last, QTime(0, 0)).toUTC(), m_kinds,
                                             CalendarRepository::Closes::CountedPerDay);
    m_byDay.clear();
    // The UTC start of each local day shown: placing an item is then a
    // binary search, not a time zone conversion per item.
    std::vector<qint64> dayStarts;
    for (int d = 0; d <= 7 * kWeeks; ++d)
        dayStarts.push_back(QDateTime(m_first.addDays(d), QTime(0, 0)).toMSecsSinceEpoch());
    auto dayOf = [&](qint64 ms) {
        return int(std::upper_bound(dayStarts.begin(), dayStarts.end(), ms) - dayStarts.begin()) -
               1;
    };
    for (int i = 0; i < m_items.size(); ++i) {
        const CalendarItem &item = m_items.at(i);
        int first = 0;
        int lastDay = 0;
        if (item.allDay) {
            first = int(m_first.daysTo(item.startDate));
            lastDay = int(m_first.daysTo(item.endDate)) - 1;
        } else {
            const qint64 start = item.start.toMSecsSinceEpoch();
            // An end at midnight belongs to the day before.
            const qint64 end = std::max(start, item.end.toMSecsSinceEpoch() - 1);
            first = dayOf(start);
            lastDay = dayOf(end);
        }
        if (lastDay < 0 || first >= 7 * kWeeks)
            continue; // not in the grid
        first = std::max(first, 0);
        lastDay = std::min(std::max(lastDay, first), 7 * kWeeks - 1);
        for (int d = first; d <= lastDay; ++d)
            m_byDay[m_first.addDays(d)].append(i);
    }
    update();
}

QRect MonthView::cellRect(const QDate &day) const
{
    const qint64 n = m_first.daysTo(day);
    if (n < 0 || n >= 7 * kWeeks)
        return {};
    const int w = width() / 7;
    const int h = (height() - kHeaderHeight) / kWeeks;
    return QRect(int(n % 7) * w, kHeaderHeight + int(n / 7) * h, w, h);
}

QDate MonthView::dayAt(const QPoint &pos) const
{
    const int w = std::max(1, width() / 7);
    const int h = std::max(1, (height() - kHeaderHeight) / kWeeks);
    if (pos.y() < kHeaderHeight)
        return {};
    const int col = std::clamp(pos.x() / w, 0, 6);
    const int row = std::clamp((pos.y() - kHeaderHeight) / h, 0, kWeeks - 1);
    return m_first.addDays(row * 7 + col);
}

int MonthView::linesPerCell() const
{
    const int line = QFontMetrics(font()).height();
    const int h = (height() - kHeaderHeight) / kWeeks;
    return std::max(0, (h - line - 4) / line);
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QLocale locale;
    const QFontMetrics fm(font());
    const int line = fm.height();
    const int lines = linesPerCell();
    const QDate today = m_clock.now().toLocalTime().date();
    for (int d = 0; d < 7; ++d) {
        const QRect head(d * (width() / 7), 0, width() / 7, kHeaderHeight);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(head, Qt::AlignCenter, locale.dayName(d + 1, QLocale::ShortFormat));
    }
    for (int n = 0; n < 7 * kWeeks; ++n) {
        const QDate day = m_first.addDays(n);
        const QRect cell = cellRect(day);
        if (day.month() != m_month.month())
            p.fillRect(cell, CalendarColours::offHours(pal));
        if (day == m_selectedDate) {
            QColor c = pal.color(QPalette::Highlight);
            c.setAlpha(50);
            p.fillRect(cell, c);
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        p.setPen(day == today ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
        p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop,
                   QString::number(day.day()));
        p.setFont(font());
        // Only the lines that fit are laid out: a busy day costs no more than a quiet one.
        const QList<int> on = m_byDay.value(day);
        const int shown = int(on.size()) > lines ? std::max(0, lines - 1) : int(on.size());
        for (int k = 0; k < shown; ++k) {
            const CalendarItem &item = m_items.at(on.at(k));
            const QRect r(cell.left() + 3, cell.top() + line + 2 + k * line, cell.width() - 6,
                          line);
            p.fillRect(QRect(r.left(), r.top() + 2, 4, line - 4),
                       CalendarColours::kind(item.kind, pal));
            const QString text = item.allDay ? item.title
                                             : locale.toString(item.start.toLocalTime().time(),
                                                               QLocale::ShortFormat) +
                                                   QLatin1Char(' ') + item.title;
            p.setPen(pal.color(QPalette::Text));
            p.drawText(r.adjusted(7, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, r.width() - 7));
        }
        if (shown < on.size()) {
            const QRect r(cell.left() + 10, cell.top() + line + 2 + shown * line, cell.width() - 13,
                          line);
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                       tr("+%n more", nullptr, int(on.size()) - shown));
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid() && event->button() == Qt::LeftButton) {
        m_selectedDate = day;
        update();
        Q_EMIT dayClicked(day);
    }
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        Q_EMIT dayActivated(day);
}
