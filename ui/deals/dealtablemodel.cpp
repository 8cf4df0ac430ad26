#include "dealtablemodel.h"

#include "common/uiformat.h"
#include "deals/dealrepository.h"
#include "deals/money.h"

#include <QIcon>
#include <QLocale>

DealTableModel::DealTableModel(const DealRepository &deals, QObject *parent)
    : QAbstractTableModel(parent), m_deals(deals)
{
}

void DealTableModel::setFilter(const DealFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
}

void DealTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void DealTableModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    m_ids = m_deals.ids(m_filter, m_sort, m_descending);
}

qint64 DealTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int DealTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int DealTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DealTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Deal *DealTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page)) {
        m_pages.insert(page, m_deals.rows(m_ids.mid(page * kPageSize, kPageSize)));
        while (m_recent.size() >= kMaxPages)
            m_pages.remove(m_recent.takeFirst());
    } else {
        m_recent.removeAll(page);
    }
    m_recent.append(page);
    const QList<Deal> &rows = m_pages[page];
    const int index = row % kPageSize;
    // A deal deleted since the ids were read leaves its page short.
    if (index >= rows.size() || rows.at(index).id != m_ids.at(row)) {
        for (const Deal &d : rows)
            if (d.id == m_ids.at(row))
                return &d;
        return nullptr;
    }
    return &rows.at(index);
}

QString DealTableModel::statusText(Deal::Status status)
{
    switch (status) {
    case Deal::Status::Won:
        return tr("Won");
    case Deal::Status::Lost:
        return tr("Lost");
    case Deal::Status::Open:
        break;
    }
    return tr("Open");
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    const Deal *d = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == IdRole)
        return d->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Probability
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Status && d->status != Deal::Status::Open)
        return QIcon::fromTheme(d->status == Deal::Status::Won ? QStringLiteral("flag-green")
                                                               : QStringLiteral("flag-red"));
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Title:
        return d->title;
    case Client:
        return d->clientName;
    case Stage:
        return d->stageName;
    case Status:
        if (role == Qt::ToolTipRole && d->status == Deal::Status::Lost)
            return d->lossComment.isEmpty() ? d->lossReason
                                            : d->lossReason + QStringLiteral(": ") + d->lossComment;
        return raw ? QVariant(Deal::statusToString(d->status)) : QVariant(statusText(d->status));
    case Amount:
        return raw ? QVariant(d->amount) : QVariant(Money::format(d->amount, d->currency));
    case Probability:
        return raw ? QVariant(d->probability)
                   : QVariant(tr("%1 %").arg(QLocale().toString(d->probability)));
    case ExpectedClose:
        return raw ? QVariant(d->expectedClose)
                   : QVariant(QLocale().toString(d->expectedClose, QLocale::ShortFormat));
    case Responsible:
        return d->responsible;
    case Source:
        return d->source;
    case Created:
        return raw ? d->createdAt : UiFormat::date(d->createdAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Deal");
    case Client:
        return tr("Client");
    case Stage:
        return tr("Stage");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Probability:
        return tr("Probability");
    case ExpectedClose:
        return tr("Expected close");
    case Responsible:
        return tr("Responsible");
    case Source:
        return tr("Source");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

void DealTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, DealSort> sorts = {{Title, DealSort::Title},
                                               {Client, DealSort::Client},
                                               {Stage, DealSort::Stage},
                                               {Status, DealSort::Status},
                                               {Amount, DealSort::Amount},
                                               {Probability, DealSort::Probability},
                                               {ExpectedClose, DealSort::ExpectedClose},
                                               {Created, DealSort::Created}};
    if (!sorts.contains(column))
        return;
    beginResetModel();
    m_sort = sorts.value(column);
    m_descending = order == Qt::DescendingOrder;
    reload();
    endResetModel();
}
