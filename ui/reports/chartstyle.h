#pragma once

class QChart;
class QChartView;
class QPalette;

// Charts in the window's light or dark palette: the theme by the palette's
// lightness, the background and text from the palette itself.
class ChartStyle
{
public:
    static void apply(QChart *chart, const QPalette &palette);
    // A view for the report pages: antialiased, no margins wasted.
    static void setUp(QChartView *view);
};
