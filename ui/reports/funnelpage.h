#pragma once

#include "reportpage.h"
#include "reports/funnel.h"

class FunnelChartView;
class QLabel;
class QRadioButton;

// The sales funnel: the open deals by stage now, or how far the deals
// created in the period got; the funnel chart beside the table.
class FunnelPage : public ReportPage
{
    Q_OBJECT

public:
    FunnelPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;
    bool needsPipeline() const override { return true; }

    void setMode(Funnel::Mode mode);
    const Funnel &funnel() const { return m_funnel; }
    FunnelChartView *chartView() const { return m_chart; }

protected:
    void refresh() override;
    void drill(const QVariant &key) override;

private:
    enum Drill
    {
        WonRow = -1,
        LostRow = -2
    };
    void show();

    Funnel m_funnel;
    FunnelChartView *m_chart;
    QRadioButton *m_snapshot;
    QRadioButton *m_flow;
    QLabel *m_explain;
};
