#include "agendamodel.h"

#include "calendar/calendarrepository.h"
#include "calendarcolours.h"
#include "common/uiformat.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

AgendaModel::AgendaModel(const Database &db, QObject *parent) : QAbstractListModel(parent), m_db(db)
{
}

void AgendaModel::setStart(const QDate &day)
{
    beginResetModel();
    m_start = day;
    m_loadedUntil = day;
    m_rows.clear();
    m_items.clear();
    endResetModel();
}

void AgendaModel::setKinds(int kinds)
{
    m_kinds = kinds;
    reload();
}

void AgendaModel::reload()
{
    // The same stretch of days as before, at least a chunk, read afresh.
    const QDate until = std::max(m_loadedUntil, m_start.addDays(ChunkDays));
    beginResetModel();
    m_rows.clear();
    m_items.clear();
    load(m_start, until, m_rows, m_items);
    m_loadedUntil = until;
    endResetModel();
}

void AgendaModel::load(const QDate &from, const QDate &to, QList<Row> &rows,
                       QList<CalendarItem> &items) const
{
    if (!from.isValid() || from >= to)
        return;
    const QList<CalendarItem> found = CalendarRepository(m_db).items(
        QDateTime(from, QTime(0, 0)).toUTC(), QDateTime(to, QTime(0, 0)).toUTC(), m_kinds);
    // Each item under the day it starts on; one that began before the
    // agenda's first day (a long event still running) under that day, and
    // one that began in a chunk read before is there already.
    QDate current;
    for (const CalendarItem &item : found) {
        const QDate begins = item.allDay ? item.startDate : item.start.toLocalTime().date();
        if (begins < from && from != m_start)
            continue;
        const QDate day = std::max(from, begins);
        if (day != current) {
            rows.append({day, -1});
            current = day;
        }
        items.append(item);
        rows.append({day, int(items.size()) - 1});
    }
}

bool AgendaModel::isHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).item < 0;
}

const CalendarItem *AgendaModel::item(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).item < 0)
        return nullptr;
    return &m_items.at(m_rows.at(row).item);
}

int AgendaModel::rowOfDate(const QDate &day) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).date >= day)
            return i;
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == DateRole)
        return row.date;
    if (role == IsHeaderRole)
        return row.item < 0;
    const QLocale locale;
    if (row.item < 0) {
        switch (role) {
        case Qt::DisplayRole: {
            const QString date = locale.toString(row.date, QLocale::LongFormat);
            if (row.date == m_today)
                return tr("Today, %1").arg(date);
            if (row.date == m_today.addDays(1))
                return tr("Tomorrow, %1").arg(date);
            return date;
        }
        case Qt::FontRole: {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    const CalendarItem &item = m_items.at(row.item);
    switch (role) {
    case KindRole:
        return int(item.kind);
    case Qt::DisplayRole: {
        QString when;
        if (item.allDay) {
            when = tr("all day");
        } else if (item.kind == CalendarItem::Kind::Task || item.start == item.end) {
            when = UiFormat::time(item.start.toLocalTime().time());
        } else {
            when = UiFormat::time(item.start.toLocalTime().time()) + QStringLiteral("–") +
                   UiFormat::time(item.end.toLocalTime().time());
        }
        QString text = when + QStringLiteral("   ") + item.title;
        if (!item.location.isEmpty())
            text += QStringLiteral(" · ") + item.location;
        return text;
    }
    case Qt::DecorationRole:
        return CalendarColours::kind(item.kind, QApplication::palette());
    case Qt::ToolTipRole:
        switch (item.kind) {
        case CalendarItem::Kind::Event:
            return tr("Event");
        case CalendarItem::Kind::Task:
            return tr("Task");
        case CalendarItem::Kind::Birthday:
            return tr("Birthday");
        case CalendarItem::Kind::DealClose:
            return tr("Deal's expected close");
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (isHeader(index.row()))
        return Qt::ItemIsEnabled;
    return QAbstractListModel::flags(index);
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_start.isValid() && m_loadedUntil < m_start.addDays(HorizonDays);
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Quiet months are read on until something is found: the view asks
    // again only when it scrolls, and an empty answer would stop it.
    QList<Row> rows;
    QList<CalendarItem> items = m_items;
    QDate until = m_loadedUntil;
    const QDate horizon = m_start.addDays(HorizonDays);
    while (rows.isEmpty() && until < horizon) {
        const QDate from = until;
        until = std::min(from.addDays(ChunkDays), horizon);
        load(from, until, rows, items);
    }
    m_loadedUntil = until;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_items = std::move(items);
    m_rows.append(rows);
    endInsertRows();
}
