#pragma once

#include <QtGlobal>

class QChart;
class QChartView;
class QPalette;
class QValueAxis;

// Charts in the window's light or dark palette: the theme by the palette's
// lightness, the background and text from the palette itself.
class ChartStyle
{
public:
    static void apply(QChart *chart, const QPalette &palette);
    // No series and no axes: a chart drawn again from scratch.
    static void clear(QChart *chart);
    // A view for the report pages: antialiased, no margins wasted.
    static void setUp(QChartView *view);
    // Whole numbers from 0 to at least `most`, ticks at 1, 2 or 5 times a
    // power of ten; `room` stretches the end for labels beside the bars.
    static void setCountRange(QValueAxis *axis, qint64 most, double room = 1.0);
    // A name people typed (a stage, a source, a loss reason) for an axis or a
    // legend: Qt Charts lays those out as HTML, where "<b>" would be a tag.
    static QString label(const QString &typed);
};
