#include "stagecolumnmodel.h"

#include "common/uiformat.h"
#include "dealmime.h"
#include "deals/dealrepository.h"
#include "deals/money.h"

#include <QLocale>

StageColumnModel::StageColumnModel(const DealRepository &deals, qint64 stageId, QObject *parent)
    : QAbstractListModel(parent), m_deals(deals), m_stageId(stageId)
{
}

QList<StageColumnModel::Row> StageColumnModel::read(const std::optional<DealCardKey> &after,
                                                    int limit) const
{
    QList<Row> out;
    for (const DealCard &c : m_deals.column(m_stageId, m_filter, after, limit)) {
        Row r;
        r.card = c;
        // Whole amounts without kopecks: a card has room for little.
        r.amountText = c.amount % 100 == 0 ? UiFormat::wholeMoney(c.amount, c.currency)
                                           : Money::format(c.amount, c.currency);
        r.days = UiFormat::daysSince(c.stageEnteredAt);
        r.due = QDateTime::fromString(c.nextTaskDue, Qt::ISODate).toLocalTime();
        out << r;
    }
    return out;
}

void StageColumnModel::setFilter(const DealFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows = read(std::nullopt, kPageSize);
    m_more = m_rows.size() == kPageSize;
    endResetModel();
}

void StageColumnModel::reload(const std::optional<DealFilter> &filter)
{
    // As many as the person has scrolled through, so the view stays where it was.
    const int limit = std::max<int>(kPageSize, int(m_rows.size()));
    beginResetModel();
    if (filter)
        m_filter = *filter;
    m_rows = read(std::nullopt, limit);
    m_more = m_rows.size() == limit;
    endResetModel();
}

qint64 StageColumnModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).card.id : 0;
}

int StageColumnModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).card.id == id)
            return i;
    return -1;
}

int StageColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.card.title;
    case Qt::ToolTipRole: {
        QString tip = r.card.title + QLatin1Char('\n') + r.card.clientName + QLatin1Char('\n') +
                      r.amountText + QStringLiteral(" · ") +
                      tr("probability %1 %").arg(r.card.probability);
        if (!r.card.nextTaskTitle.isEmpty())
            tip += QLatin1Char('\n') + tr("Next: %1").arg(r.card.nextTaskTitle);
        return tip;
    }
    case RawValueRole:
        return r.card.amount;
    case IdRole:
        return r.card.id;
    case ClientRole:
        return r.card.clientName;
    case AmountTextRole:
        return r.amountText;
    case DaysInStageRole:
        return r.days;
    case NextTaskRole:
        return r.card.nextTaskTitle;
    case NextTaskDueRole:
        if (!r.due.isValid())
            return QString();
        // Today: the time matters. This year: day and month ("24 Nov"). Else the date.
        if (r.due.date() == QDate::currentDate())
            return UiFormat::time(r.due.time());
        if (r.due.date().year() == QDate::currentDate().year())
            return QLocale().toString(r.due.date(), QStringLiteral("d MMM"));
        return QLocale().toString(r.due.date(), QLocale::ShortFormat);
    case OverdueRole:
        return r.due.isValid() && r.due < QDateTime::currentDateTime();
    default:
        return {};
    }
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList StageColumnModel::mimeTypes() const
{
    return {DealMime::type()};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    // One card at a time: a move asks questions (a reason, an amount) per deal.
    for (const QModelIndex &index : indexes)
        if (index.isValid())
            return DealMime::encode(idAt(index.row()), m_stageId);
    return nullptr;
}

Qt::DropActions StageColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool StageColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void StageColumnModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    const DealCard &last = m_rows.last().card;
    const QList<Row> page = read(DealCardKey{last.stageEnteredAt, last.id}, kPageSize);
    m_more = page.size() == kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}
