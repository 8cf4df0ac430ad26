#include "chartlabels.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

ChartLabels::ChartLabels(QChart *chart, QAbstractSeries *series)
    : QObject(series), m_chart(chart), m_series(series)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartLabels::place);
}

ChartLabels::~ChartLabels()
{
    for (const Label &l : m_labels)
        delete l.item;
}

void ChartLabels::add(const QPointF &value, const QString &text, const QColor &colour, bool centred)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(colour);
    item->setZValue(10); // above the bars
    m_labels << Label{value, item, centred};
    place();
}

void ChartLabels::place()
{
    for (const Label &l : m_labels) {
        const QPointF at = m_chart->mapToPosition(l.value, m_series);
        const QRectF box = l.item->boundingRect();
        l.item->setPos(l.centred ? at.x() - box.width() / 2 : at.x() + 6,
                       at.y() - box.height() / 2);
    }
}
