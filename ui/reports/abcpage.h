#pragma once

#include "reportpage.h"
#include "reports/clientclasses.h"

class QChartView;
class QPushButton;
class QSpinBox;

// Client analytics: ABC by the revenue of the period's won deals and XYZ by
// how regularly each client buys, with thresholds of one's own; the share
// of revenue per class, the ABC/XYZ matrix and the clients. The ABC class
// can be written into the clients' importance.
class AbcPage : public ReportPage
{
    Q_OBJECT

public:
    AbcPage(const Database &db, Messenger &messenger, QWidget *parent = nullptr);

    QString title() const override;
    ReportTable table() const override;
    QList<QChartView *> charts() const override;
    QList<const QAbstractItemModel *> moreTables() const override;

    const ClientClasses &classes() const { return m_classes; }
    QChartView *chartView() const { return m_chart; }
    QTableView *matrixView() const { return m_matrixView; }
    // Asks, then sets every classified client's importance to its class.
    void applyImportance();

Q_SIGNALS:
    // Clients' importance was written.
    void clientsChanged();

protected:
    void refresh() override;
    void drill(const QVariant &key) override;
    void changeEvent(QEvent *event) override;

private:
    void show();
    void showMatrix();
    void drawChart();
    // B at most what A leaves, Y at least X.
    void limitThresholds();
    ClientClasses::Thresholds thresholds() const;

    ClientClasses m_classes;
    QChartView *m_chart;
    QSpinBox *m_a;
    QSpinBox *m_b;
    QSpinBox *m_x;
    QSpinBox *m_y;
    QPushButton *m_apply;
    ReportTableModel *m_matrix;
    QTableView *m_matrixView;
};
