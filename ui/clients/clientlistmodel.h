#pragma once

#include "clients/clientlistquery.h"
#include "clients/clientlistrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ClientRepository;

// The client list, lazy: it knows the row count and keeps only a few pages of
// 100 rows, each fetched by keyset from the nearest page it has, so scrolling a
// million clients costs one indexed query per page and memory stays flat.
// With search text it shows the best matches instead.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        City,
        Region,
        Importance,
        Phone,
        Email,
        OpenDeals,
        LastContact,
        Created,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole,
        IdRole
    };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 40;
    static constexpr int kSearchLimit = 200;

    explicit ClientListModel(const ClientRepository &clients, QObject *parent = nullptr);

    void setQuery(const ClientListQuery &query);
    const ClientListQuery &query() const { return m_query; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Re-reads the count and drops every cached page (after an edit).
    void refresh();
    qint64 idAt(int row) const;
    // The row of a client among the loaded pages, or -1.
    int loadedRowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    const ClientListRow *rowAt(int row) const;
    void loadPage(int page) const;
    void reload();

    const ClientRepository &m_clients;
    ClientListQuery m_query;
    QString m_search;
    int m_count = 0;
    QList<ClientListRow> m_searchRows;
    mutable QHash<int, QList<ClientListRow>> m_pages;
    mutable QList<int> m_recent; // least recently used first
};
