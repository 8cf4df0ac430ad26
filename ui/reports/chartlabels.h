#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>

class QAbstractSeries;
class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// Figures written on a chart's bars, kept in place as the plot area moves:
// axis labels are cut short when long, a bar's own label is not.
class ChartLabels : public QObject
{
    Q_OBJECT

public:
    // Owned by the chart; gone with the series they label.
    ChartLabels(QChart *chart, QAbstractSeries *series);
    ~ChartLabels() override;

    // At the point of `value` (x, category) in the series: centred on it,
    // or starting just right of it (moved back over the bar, on the chart's
    // background, where it would pass the chart's edge). With a `chip` colour
    // the text sits on a patch of it, so it reads where it is wider than its
    // bar, on any background.
    void add(const QPointF &value, const QString &text, const QColor &colour, bool centred,
             const QColor &chip = QColor());

private:
    void place();

    struct Label
    {
        QPointF value;
        QGraphicsSimpleTextItem *item;
        bool centred;
        QGraphicsRectItem *chip;
        bool chipWhenMoved; // the background's patch, shown when moved over the bar
    };
    QChart *m_chart;
    QAbstractSeries *m_series;
    QList<Label> m_labels;
};
