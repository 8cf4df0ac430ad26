#include "reporttablemodel.h"

#include <QFont>

#include <cstdlib>

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_drillHint(tr("Double-click to see these deals"))
{
}

void ReportTableModel::setTable(const QStringList &headers, const QList<bool> &numeric,
                                const QList<Row> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_numeric = numeric;
    m_rows = rows;
    endResetModel();
}

QVariant ReportTableModel::alignment(int column) const
{
    // An int: printing reads it back with toInt().
    return int(m_numeric.value(column) ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.text.value(index.column());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::FontRole:
        if (r.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return r.drill.isValid() ? m_drillHint : QVariant();
    case RawValueRole:
        return r.raw.value(index.column(), r.text.value(index.column()));
    case DrillRole:
        return r.drill;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole) {
        // Long headers on two lines: "To next stage" is wider than its percentages.
        QString text = m_headers.at(section);
        const qsizetype middle = text.size() / 2;
        qsizetype space = -1;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text.at(i) == QLatin1Char(' ') &&
                (space < 0 || std::abs(i - middle) < std::abs(space - middle)))
                space = i;
        if (text.size() > 12 && space > 0)
            text[space] = QLatin1Char('\n');
        return text;
    }
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    return {};
}
