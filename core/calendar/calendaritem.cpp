#include "calendaritem.h"

#include <QHash>
#include <algorithm>
#include <utility>

QString CalendarItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Event:
        return QStringLiteral("event");
    case Kind::Task:
        return QStringLiteral("task");
    case Kind::Birthday:
        return QStringLiteral("birthday");
    case Kind::DealClose:
        return QStringLiteral("deal");
    }
    return {};
}

void CalendarItem::sortByStart(QList<CalendarItem> &items)
{
    QHash<QDate, qint64> dayStarts; // local midnight of a date, in UTC ms
    std::vector<std::pair<qint64, qsizetype>> keys;
    keys.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CalendarItem &item = items.at(i);
        qint64 key = 0;
        if (item.allDay) {
            auto it = dayStarts.find(item.startDate);
            if (it == dayStarts.end())
                it = dayStarts.insert(item.startDate,
                                      QDateTime(item.startDate, QTime(0, 0)).toMSecsSinceEpoch());
            // Before the day's timed items; a day's count of expected closes
            // first of all, so a crowded day never hides it under "+N more".
            key = *it - (item.count > 1 ? 2 : 1);
        } else {
            key = item.start.toMSecsSinceEpoch();
        }
        keys.emplace_back(key, i);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<CalendarItem> sorted;
    sorted.reserve(items.size());
    for (const auto &k : keys)
        sorted.append(std::move(items[k.second]));
    items = std::move(sorted);
}
