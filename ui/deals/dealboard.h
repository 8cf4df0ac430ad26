#pragma once

#include "deals/dealfilter.h"
#include "deals/pipeline.h"

#include <QWidget>

class DealActions;
class DealDropZone;
class QHBoxLayout;
class QScrollArea;
class StageColumn;

// The pipeline board: a column per stage with its cards, and the Won and
// Lost zones under them. A card dropped on another column or zone goes
// through DealActions; then the columns and their heads are read again.
class DealBoard : public QWidget
{
    Q_OBJECT

public:
    DealBoard(DealActions &actions, QWidget *parent = nullptr);

    void setPipeline(const Pipeline &pipeline);
    const Pipeline &pipeline() const { return m_pipeline; }
    // Every column starts over with the first cards that pass the filter.
    void setFilter(const DealFilter &filter);
    // Reads the heads and the loaded cards again, keeping the filter.
    void refresh();
    StageColumn *column(qint64 stageId) const;
    QList<StageColumn *> columns() const { return m_columns; }
    DealDropZone *wonZone() const { return m_won; }
    DealDropZone *lostZone() const { return m_lost; }
    // The deal whose card is selected, 0 for none.
    qint64 currentDealId() const;
    // Selects the deal's card if its column has it loaded.
    void selectDeal(qint64 dealId);

Q_SIGNALS:
    void openRequested(qint64 dealId);
    void currentDealChanged(qint64 dealId);

private:
    void updateTotals();

    DealActions &m_actions;
    Pipeline m_pipeline;
    DealFilter m_filter;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_stripLayout;
    QList<StageColumn *> m_columns;
    DealDropZone *m_won;
    DealDropZone *m_lost;
    qint64 m_currentId = 0;
};
