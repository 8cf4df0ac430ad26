#pragma once

#include "reportpage.h"
#include "reports/interactionstats.h"

class QChartView;
class QLabel;
class QRadioButton;
class QSpinBox;

// Who talked to clients, how and with what result: the interactions of the
// period by week or month stacked by type, the table by type and result,
// per responsible, and the clients nobody has contacted for N days.
class InteractionPage : public ReportPage
{
    Q_OBJECT

public:
    InteractionPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;
    QList<const QAbstractItemModel *> moreTables() const override;
    bool usesDealFilters() const override { return false; }

    const InteractionStats &stats() const { return m_stats; }
    QChartView *chartView() const { return m_chart; }
    QTableView *peopleView() const { return m_peopleView; }
    QTableView *quietView() const { return m_quietView; }

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void show();
    void drawChart();
    void showPeople();
    void showQuiet();
    // The types in the stats, in the order of the client card's menu.
    QStringList types() const;

    InteractionStats m_stats;
    QChartView *m_chart;
    QRadioButton *m_week;
    QRadioButton *m_month;
    QSpinBox *m_quietDays;
    QLabel *m_quietCount;
    ReportTableModel *m_people;
    ReportTableModel *m_quiet;
    QTableView *m_peopleView;
    QTableView *m_quietView;
};
