#pragma once

#include "reportpage.h"
#include "reports/losses.h"

class QChartView;

// Why deals were lost in the period: deals and amount per reason as bars,
// the months of the period stacked by reason below, the table beside.
class LossPage : public ReportPage
{
    Q_OBJECT

public:
    LossPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;

    const Losses &losses() const { return m_losses; }
    QChartView *reasonsChart() const { return m_reasons; }
    QChartView *trendChart() const { return m_trend; }

protected:
    void refresh() override;
    void drill(const QVariant &key) override;
    void changeEvent(QEvent *event) override;

private:
    void show();
    void drawCharts();
    // The lost deals of one reason, in one month when `month` is valid.
    void openDeals(int reasonRow, const QDate &month);

    Losses m_losses;
    QChartView *m_reasons;
    QChartView *m_trend;
};
