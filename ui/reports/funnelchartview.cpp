#include "funnelchartview.h"

#include "chartlabels.h"
#include "chartstyle.h"
#include "reportformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace {
// The won deals' bar: a light green, as light as the stages' colours, so
// that its figures read in black (on a patch of the bar's colour where they
// are wider than the bar).
const QColor WonColour(QStringLiteral("#81c784"));
} // namespace

FunnelChartView::FunnelChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("funnelChartView"));
    ChartStyle::setUp(this);
    chart()->legend()->hide();
}

void FunnelChartView::setFunnel(const Funnel &funnel)
{
    m_funnel = funnel;
    rebuild();
}

void FunnelChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void FunnelChartView::rebuild()
{
    QChart *c = chart();
    ChartStyle::clear(c);

    struct Bar
    {
        QString name;
        QString figures;
        qint64 count;
        QColor colour;
    };
    QList<Bar> bars;
    for (const FunnelStage &s : m_funnel.stages) {
        const QString figures = m_compact ? ReportFormat::count(s.count)
                                          : tr("%1 · %2").arg(ReportFormat::count(s.count),
                                                              ReportFormat::wholeMoney(s.amount));
        bars << Bar{s.name, figures, s.count,
                    QColor::isValidColorName(s.color) ? QColor::fromString(s.color)
                                                      : palette().color(QPalette::Highlight)};
    }
    if (m_funnel.mode == Funnel::Mode::Flow) {
        const QString figures =
            m_compact ? ReportFormat::count(m_funnel.wonCount)
                      : tr("%1 · %2").arg(ReportFormat::count(m_funnel.wonCount),
                                          ReportFormat::wholeMoney(m_funnel.wonAmount));
        bars << Bar{tr("Won"), figures, m_funnel.wonCount, WonColour};
    }
    qint64 widest = 1;
    for (const Bar &b : bars)
        widest = std::max(widest, b.count);

    // The first stage on top: categories run from the bottom up.
    QStringList categories;
    auto *series = new QHorizontalStackedBarSeries;
    auto *pad = new QBarSet(QString());
    QList<QBarSet *> sets;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        categories << ChartStyle::label(bars.at(i).name);
        *pad << double(widest - bars.at(i).count) / 2.0;
    }
    series->append(pad);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        auto *set = new QBarSet(ChartStyle::label(bars.at(i).name));
        for (qsizetype j = bars.size() - 1; j >= 0; --j)
            *set << (j == i ? double(std::max<qint64>(bars.at(i).count, 0)) : 0.0);
        series->append(set);
        sets << set;
    }
    series->setBarWidth(0.8);
    c->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setRange(0, double(widest));
    values->setVisible(false);
    c->addAxis(names, Qt::AlignLeft);
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    names->setGridLineVisible(false);
    ChartStyle::apply(c, palette());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(bars.at(i).colour);
        sets.at(i)->setBorderColor(bars.at(i).colour.darker(120));
    }
    // The figures in the middle of each bar, dark on light colours, on a patch
    // of the bar's colour: a narrow bar's figures overhang it.
    auto *labels = new ChartLabels(c, series);
    for (qsizetype i = 0; i < bars.size(); ++i)
        labels->add(QPointF(double(widest) / 2.0, double(bars.size() - 1 - i)), bars.at(i).figures,
                    bars.at(i).colour.lightness() > 110 ? QColor(Qt::black) : QColor(Qt::white),
                    true, bars.at(i).colour);
    connect(series, &QAbstractBarSeries::doubleClicked, this, [this, n = bars.size()](int index) {
        // Categories run bottom up; the stages top down.
        const int row = int(n) - 1 - index;
        if (row >= 0 && row < n)
            Q_EMIT stageActivated(row);
    });
}
