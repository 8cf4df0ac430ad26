#pragma once

#include "reports/funnel.h"

#include <QChartView>

// The sales funnel as a funnel: one bar a stage, centred, as long as its
// deals are many, in the stage's colour, its figures beside it. A flow ends
// with the won deals. Double-clicking a bar asks for its deals.
class FunnelChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChartView(QWidget *parent = nullptr);

    void setFunnel(const Funnel &funnel);
    // The dashboard's small funnel: names and counts only.
    void setCompact(bool compact) { m_compact = compact; }

Q_SIGNALS:
    // The row of the funnel's stages; stages.size(): the won deals.
    void stageActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Funnel m_funnel;
    bool m_compact = false;
};
