#pragma once

#include "reportpage.h"
#include "reports/channels.h"

class QChartView;
class QLabel;

// Where clients and sales come from: revenue by source on the chart, new
// clients, new deals, won deals and revenue per source in the table, and
// each mailing's results, cost and return below the chart.
class ChannelPage : public ReportPage
{
    Q_OBJECT

public:
    ChannelPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;
    QList<const QAbstractItemModel *> moreTables() const override;

    const Channels &channels() const { return m_channels; }
    QChartView *chartView() const { return m_chart; }
    QTableView *mailingsView() const { return m_mailingsView; }

protected:
    void refresh() override;
    void drill(const QVariant &key) override;
    void changeEvent(QEvent *event) override;

private:
    void show();
    void showMailings();
    void drawChart();
    QString sourceName(const QString &source) const;

    Channels m_channels;
    QChartView *m_chart;
    ReportTableModel *m_mailings;
    QLabel *m_mailingsLabel;
    QTableView *m_mailingsView;
};
