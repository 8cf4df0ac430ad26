#pragma once

#include "deals/dealcard.h"
#include "deals/dealfilter.h"

#include <QAbstractListModel>
#include <QDateTime>

class DealRepository;

// The cards of one board column, lazy: the open deals of a stage that pass
// the filter, longest in the stage first, read 50 at a time by keyset as the
// view scrolls (canFetchMore / fetchMore), so a stage of 100,000 deals opens
// as fast as one of ten.
class StageColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole, // the amount in minor units
        IdRole,
        ClientRole,
        TitleRole,
        AmountTextRole, // with its currency
        DaysInStageRole,
        NextTaskRole,
        NextTaskDueRole, // the due time, local, as text
        OverdueRole
    };
    static constexpr int kPageSize = 50;

    StageColumnModel(const DealRepository &deals, qint64 stageId, QObject *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    // Starts over with the first page of what passes the filter.
    void setFilter(const DealFilter &filter);
    // Reads again as many cards as are loaded (after a deal moved or changed),
    // with the filter given if any.
    void reload(const std::optional<DealFilter> &filter = std::nullopt);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        DealCard card;
        QString amountText;
        int days = 0;
        QDateTime due; // local; invalid without a task or a due time
    };
    QList<Row> read(const std::optional<DealCardKey> &after, int limit) const;

    const DealRepository &m_deals;
    qint64 m_stageId;
    DealFilter m_filter;
    QList<Row> m_rows;
    bool m_more = false;
};
