#include "chartlabels.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <algorithm>

ChartLabels::ChartLabels(QChart *chart, QAbstractSeries *series)
    : QObject(series), m_chart(chart), m_series(series)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartLabels::place);
}

ChartLabels::~ChartLabels()
{
    for (const Label &l : m_labels) {
        delete l.item;
        delete l.chip;
    }
}

void ChartLabels::add(const QPointF &value, const QString &text, const QColor &colour, bool centred,
                      const QColor &chip)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(colour);
    item->setZValue(10); // above the bars
    // A figure beside its bar that would run past the chart's edge moves back
    // over the bar, on a patch of the chart's background.
    const bool whenMoved = !centred && !chip.isValid();
    QGraphicsRectItem *patch = nullptr;
    if (chip.isValid() || whenMoved) {
        patch = new QGraphicsRectItem(item->boundingRect().adjusted(-4, -1, 4, 1), m_chart);
        patch->setBrush(whenMoved ? m_chart->backgroundBrush() : QBrush(chip));
        patch->setPen(Qt::NoPen);
        patch->setZValue(9);
    }
    m_labels << Label{value, item, centred, patch, whenMoved};
    place();
}

void ChartLabels::place()
{
    for (const Label &l : m_labels) {
        const QPointF at = m_chart->mapToPosition(l.value, m_series);
        const QRectF box = l.item->boundingRect();
        qreal x = l.centred ? at.x() - box.width() / 2 : at.x() + 6;
        const qreal last = m_chart->rect().right() - 6 - box.width();
        const bool moved = !l.centred && x > last;
        if (moved)
            x = std::max(last, qreal(0));
        l.item->setPos(x, at.y() - box.height() / 2);
        if (l.chip) {
            l.chip->setPos(l.item->pos());
            l.chip->setVisible(!l.chipWhenMoved || moved);
        }
    }
}
