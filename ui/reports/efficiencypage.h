#pragma once

#include "reportpage.h"
#include "reports/efficiency.h"

class QChartView;

// How well deals close: won deals and the win rate by month on the chart;
// win rate, revenue, average deal and cycle by month, source and
// responsible in the table. A row opens the deals closed behind it.
class EfficiencyPage : public ReportPage
{
    Q_OBJECT

public:
    EfficiencyPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;

    const Efficiency &efficiency() const { return m_efficiency; }
    QChartView *chartView() const { return m_chart; }

protected:
    void refresh() override;
    void drill(const QVariant &key) override;
    void changeEvent(QEvent *event) override;

private:
    void show();
    void drawChart();

    Efficiency m_efficiency;
    QChartView *m_chart;
};
