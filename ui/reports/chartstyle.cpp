#include "chartstyle.h"

#include "common/colorscheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <cmath>

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    const bool dark = ColorScheme::isDark(palette);
    // setTheme recolours the series: their own colours are set after this.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

void ChartStyle::clear(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    // A removed axis is ours again: deleted, or every redraw would leak its
    // labels, pens and fonts (LeakSanitizer found it).
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartStyle::setCountRange(QValueAxis *axis, qint64 most, double room)
{
    double step = 1;
    for (double scale = 1; step * 5 < double(most); scale *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            step = m * scale;
            if (step * 5 >= double(most))
                break;
        }
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(std::ceil(double(std::max<qint64>(most, 1)) / step) * step,
                               double(most) * room));
}

void ChartStyle::setUp(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->setMinimumSize(320, 240);
}

QString ChartStyle::label(const QString &typed)
{
    return typed.toHtmlEscaped();
}
