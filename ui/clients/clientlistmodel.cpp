#include "clientlistmodel.h"

#include "clients/clientrepository.h"
#include "common/uiformat.h"
#include "deals/money.h"

#include <QIcon>

ClientListModel::ClientListModel(const ClientRepository &clients, QObject *parent)
    : QAbstractTableModel(parent), m_clients(clients)
{
    reload();
}

void ClientListModel::setQuery(const ClientListQuery &query)
{
    beginResetModel();
    m_query = query;
    reload();
    endResetModel();
}

void ClientListModel::setSearchText(const QString &text)
{
    beginResetModel();
    m_search = text.trimmed();
    reload();
    endResetModel();
}

void ClientListModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void ClientListModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    m_searchRows.clear();
    if (!m_search.isEmpty()) {
        m_searchRows = m_clients.search(m_search, kSearchLimit, m_query.archived);
        if (m_query.archived) // search over the archive shows archived clients only
            m_searchRows.removeIf([](const ClientListRow &r) { return !r.archived; });
        m_count = int(m_searchRows.size());
    } else {
        m_count = m_clients.count(m_query);
    }
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ClientListModel::loadPage(int page) const
{
    const int start = page * kPageSize;
    const int end = std::min(m_count, start + kPageSize);
    // Cheapest way in: from the start, from the end, or from a cached page.
    int bestCost = start;
    std::optional<ClientSortKey> from;
    bool backward = false;
    int offset = start;
    if (m_count - end < bestCost) {
        bestCost = m_count - end;
        backward = true;
        offset = m_count - end;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const int q = it.key();
        if (it->isEmpty())
            continue;
        if (q < page && (page - q - 1) * kPageSize < bestCost) {
            bestCost = (page - q - 1) * kPageSize;
            from = ClientSortKey{it->last().sortValue, it->last().id};
            backward = false;
            offset = bestCost;
        } else if (q > page && q * kPageSize - end < bestCost) {
            bestCost = q * kPageSize - end;
            from = ClientSortKey{it->first().sortValue, it->first().id};
            backward = true;
            offset = bestCost;
        }
    }
    m_pages.insert(page, m_clients.page(m_query, from, backward, offset, end - start));
    m_recent.removeAll(page);
    m_recent.append(page);
    while (m_recent.size() > kMaxPages)
        m_pages.remove(m_recent.takeFirst());
}

const ClientListRow *ClientListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    if (!m_search.isEmpty())
        return &m_searchRows.at(row);
    const int page = row / kPageSize;
    if (!m_pages.contains(page)) {
        loadPage(page);
    } else if (m_recent.last() != page) {
        m_recent.removeAll(page);
        m_recent.append(page);
    }
    const QList<ClientListRow> &rows = m_pages[page];
    const int index = row % kPageSize;
    return index < rows.size() ? &rows.at(index) : nullptr;
}

qint64 ClientListModel::idAt(int row) const
{
    const ClientListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int ClientListModel::loadedRowOf(qint64 id) const
{
    if (!m_search.isEmpty()) {
        for (int i = 0; i < m_searchRows.size(); ++i)
            if (m_searchRows.at(i).id == id)
                return i;
        return -1;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    const ClientListRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::DecorationRole && index.column() == Name)
        return QIcon::fromTheme(r->kind == QLatin1String("person")
                                    ? QStringLiteral("user-identity")
                                    : QStringLiteral("folder-building"),
                                QIcon::fromTheme(QStringLiteral("contact-new")));
    if (role == Qt::TextAlignmentRole && index.column() >= OpenDeals)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Name:
        return r->name;
    case City:
        return r->city;
    case Region:
        return r->region;
    case Importance:
        return r->importance;
    case Phone:
        return raw ? r->phone : m_clients.phoneNormalizer().format(r->phone);
    case Email:
        return r->email;
    case OpenDeals:
        // Nothing rather than a column of zeros.
        if (raw)
            return r->openDealsAmount;
        return r->openDealsAmount ? Money::format(r->openDealsAmount) : QString();
    case LastContact:
        return raw ? r->lastContactAt : UiFormat::relativeDate(r->lastContactAt);
    case Created:
        return raw ? r->createdAt : UiFormat::date(r->createdAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case City:
        return tr("City");
    case Region:
        return tr("Region");
    case Importance:
        return tr("Importance");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case OpenDeals:
        return tr("Open deals");
    case LastContact:
        return tr("Last contact");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    using S = ClientListQuery::SortColumn;
    static const QHash<int, S> columns = {{Name, S::Name},           {City, S::City},
                                          {Region, S::Region},       {Importance, S::Importance},
                                          {OpenDeals, S::OpenDeals}, {LastContact, S::LastContact},
                                          {Created, S::Created}};
    if (!columns.contains(column))
        return;
    ClientListQuery q = m_query;
    q.sort = columns.value(column);
    q.order = order;
    setQuery(q);
}
