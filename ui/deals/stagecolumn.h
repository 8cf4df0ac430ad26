#pragma once

#include "deals/dealcard.h"
#include "deals/stage.h"

#include <QFrame>

class DealRepository;
class QLabel;
class StageColumnModel;
class StageListView;

// One column of the board: the stage's name and colour, how many deals it
// holds, their sum and the sum weighted by probability, then the cards.
class StageColumn : public QFrame
{
    Q_OBJECT

public:
    StageColumn(const DealRepository &deals, const Stage &stage, QWidget *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    StageColumnModel *model() const { return m_model; }
    StageListView *view() const { return m_view; }
    void setTotals(const StageTotals &totals);
    const StageTotals &totals() const { return m_totals; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Stage m_stage;
    StageTotals m_totals;
    StageColumnModel *m_model;
    StageListView *m_view;
    QLabel *m_name;
    QLabel *m_count;
    QLabel *m_sum;
    QLabel *m_weighted;
};
