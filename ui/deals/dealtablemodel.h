#pragma once

#include "deals/deal.h"
#include "deals/dealfilter.h"

#include <QAbstractTableModel>
#include <QHash>

class DealRepository;

// The deals of the board as a table, lazy: the ids in the sort order are read
// once per filter and sort (a few bytes a deal), the rows in pages of 100 as
// the view shows them, a few dozen pages kept.
class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Client,
        Stage,
        Status,
        Amount,
        Probability,
        ExpectedClose,
        Responsible,
        Source,
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

    explicit DealTableModel(const DealRepository &deals, QObject *parent = nullptr);

    void setFilter(const DealFilter &filter);
    const DealFilter &filter() const { return m_filter; }
    // Reads the ids and rows again (after a change).
    void refresh();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusText(Deal::Status status);

private:
    const Deal *rowAt(int row) const;
    void reload();

    const DealRepository &m_deals;
    DealFilter m_filter;
    DealSort m_sort = DealSort::Created;
    bool m_descending = true;
    QList<qint64> m_ids;
    mutable QHash<int, QList<Deal>> m_pages;
    mutable QList<int> m_recent; // least recently used first
};
