#include "losspage.h"

#include "chartlabels.h"
#include "chartstyle.h"
#include "common/messenger.h"
#include "reportformat.h"
#include "reports/lossreport.h"
#include "reports/reportdeals.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {
// A reason's colour, the same on both charts.
QColor reasonColour(int row)
{
    static const QList<QColor> colours = {
        QColor(QStringLiteral("#c62828")), QColor(QStringLiteral("#ef6c00")),
        QColor(QStringLiteral("#f9a825")), QColor(QStringLiteral("#6a1b9a")),
        QColor(QStringLiteral("#1565c0")), QColor(QStringLiteral("#00838f")),
        QColor(QStringLiteral("#558b2f")), QColor(QStringLiteral("#6d4c41"))};
    return colours.at(row % colours.size());
}
} // namespace

LossPage::LossPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_reasons(new QChartView(this)),
      m_trend(new QChartView(this))
{
    setObjectName(QStringLiteral("lossPageWidget"));
    m_reasons->setObjectName(QStringLiteral("lossReasonsChartView"));
    m_trend->setObjectName(QStringLiteral("lossTrendChartView"));
    ChartStyle::setUp(m_reasons);
    ChartStyle::setUp(m_trend);
    m_reasons->chart()->legend()->hide();
    m_trend->chart()->legend()->hide();
    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->setObjectName(QStringLiteral("lossChartsSplitter"));
    charts->addWidget(m_reasons);
    charts->addWidget(m_trend);
    charts->setChildrenCollapsible(false);
    setContent(charts);
}

QString LossPage::title() const
{
    return tr("Loss reasons");
}

void LossPage::refresh()
{
    auto result = std::make_shared<Losses>();
    run(
        [db = &m_db, filter = filter(), result](QString *error) {
            std::optional<Losses> l = LossReport(*db).run(filter, error);
            if (l)
                *result = std::move(*l);
            return l.has_value();
        },
        [this, result] {
            m_losses = *result;
            show();
        });
}

void LossPage::show()
{
    drawCharts();
    QList<ReportTableModel::Row> rows;
    for (int i = 0; i < m_losses.reasons.size(); ++i) {
        const Losses::Reason &r = m_losses.reasons.at(i);
        const std::optional<double> share =
            m_losses.totalCount ? std::optional<double>(double(r.count) / m_losses.totalCount)
                                : std::nullopt;
        rows << ReportTableModel::Row{
            {r.name, ReportFormat::count(r.count), ReportFormat::money(r.amount),
             ReportFormat::percent(share)},
            {r.name, r.count, r.amount, share ? QVariant(*share) : QVariant()},
            i,
            false};
    }
    rows << ReportTableModel::Row{{tr("Total"), ReportFormat::count(m_losses.totalCount),
                                   ReportFormat::money(m_losses.totalAmount), QString()},
                                  {tr("Total"), m_losses.totalCount, m_losses.totalAmount, {}},
                                  m_losses.totalCount ? QVariant(-1) : QVariant(),
                                  true};
    const ReportTable plain = ReportTable::losses(m_losses);
    model()->setTable(plain.headers, plain.numeric, rows);
}

void LossPage::changeEvent(QEvent *event)
{
    ReportPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawCharts();
}

void LossPage::drawCharts()
{
    // Reasons: the most frequent on top, with their amounts.
    QChart *reasons = m_reasons->chart();
    ChartStyle::clear(reasons);
    reasons->setTitle(tr("Lost deals by reason"));
    // A set per reason, its count on its own row only: each bar in the
    // reason's colour, as in the trend below.
    auto *bars = new QHorizontalStackedBarSeries;
    QStringList names;
    qint64 most = 1;
    const qsizetype n = m_losses.reasons.size();
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Losses::Reason &r = m_losses.reasons.at(i);
        names << ChartStyle::label(r.name);
        most = std::max(most, r.count);
    }
    QList<QBarSet *> reasonSets;
    for (qsizetype i = 0; i < n; ++i) {
        auto *set = new QBarSet(ChartStyle::label(m_losses.reasons.at(i).name));
        for (qsizetype j = n - 1; j >= 0; --j)
            *set << (j == i ? double(m_losses.reasons.at(i).count) : 0.0);
        bars->append(set);
        reasonSets << set;
    }
    bars->setBarWidth(0.7);
    reasons->addSeries(bars);
    auto *reasonAxis = new QBarCategoryAxis;
    reasonAxis->append(names);
    reasonAxis->setGridLineVisible(false);
    auto *countAxis = new QValueAxis;
    ChartStyle::setCountRange(countAxis, most, 1.5); // room for the figures
    reasons->addAxis(reasonAxis, Qt::AlignLeft);
    reasons->addAxis(countAxis, Qt::AlignBottom);
    bars->attachAxis(reasonAxis);
    bars->attachAxis(countAxis);
    ChartStyle::apply(reasons, palette());
    for (qsizetype i = 0; i < reasonSets.size(); ++i) {
        reasonSets.at(i)->setColor(reasonColour(int(i)));
        reasonSets.at(i)->setBorderColor(Qt::transparent);
    }
    // Each reason's deals and amount just past its bar.
    auto *labels = new ChartLabels(reasons, bars);
    for (qsizetype i = 0; i < n; ++i) {
        const Losses::Reason &r = m_losses.reasons.at(i);
        labels->add(
            QPointF(double(r.count), double(n - 1 - i)),
            tr("%1 · %2").arg(ReportFormat::count(r.count), ReportFormat::wholeMoney(r.amount)),
            palette().color(QPalette::Text), false);
    }
    connect(bars, &QAbstractBarSeries::doubleClicked, this,
            [this, n](int index) { openDeals(int(n - 1 - index), {}); });

    // Trend: the months of the period, stacked by reason.
    QChart *trend = m_trend->chart();
    ChartStyle::clear(trend);
    trend->setTitle(tr("Lost deals by month, coloured by reason"));
    auto *stacks = new QStackedBarSeries;
    QList<QDate> firstDays;
    qint64 highest = 1;
    for (const Losses::Month &m : m_losses.months) {
        firstDays << m.month;
        qint64 sum = 0;
        for (qint64 c : m.counts)
            sum += c;
        highest = std::max(highest, sum);
    }
    QList<QBarSet *> sets;
    for (qsizetype i = 0; i < m_losses.reasons.size(); ++i) {
        auto *reason = new QBarSet(ChartStyle::label(m_losses.reasons.at(i).name));
        for (const Losses::Month &m : m_losses.months)
            *reason << double(m.counts.value(i));
        stacks->append(reason);
        sets << reason;
    }
    trend->addSeries(stacks);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(ReportFormat::monthLabels(firstDays));
    monthAxis->setGridLineVisible(false);
    auto *lostAxis = new QValueAxis;
    ChartStyle::setCountRange(lostAxis, highest);
    trend->addAxis(monthAxis, Qt::AlignBottom);
    trend->addAxis(lostAxis, Qt::AlignLeft);
    stacks->attachAxis(monthAxis);
    stacks->attachAxis(lostAxis);
    // The reasons' colours are those of the chart above, named there.
    trend->legend()->hide();
    ChartStyle::apply(trend, palette());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(reasonColour(int(i)));
        sets.at(i)->setBorderColor(Qt::transparent);
    }
    connect(stacks, &QAbstractBarSeries::doubleClicked, this,
            [this, sets](int index, QBarSet *set) {
                if (index >= 0 && index < m_losses.months.size())
                    openDeals(int(sets.indexOf(set)), m_losses.months.at(index).month);
            });
}

ReportTable LossPage::table() const
{
    return ReportTable::losses(m_losses);
}

QList<QChartView *> LossPage::charts() const
{
    return {m_reasons, m_trend};
}

void LossPage::drill(const QVariant &key)
{
    openDeals(key.toInt(), {});
}

void LossPage::openDeals(int reasonRow, const QDate &month)
{
    ReportFilter f = filter();
    if (month.isValid()) { // the month within the period
        f.from = std::max(f.from, month);
        f.to = std::min(f.to, month.addMonths(1).addDays(-1));
    }
    std::optional<qint64> reason;
    QString caption = tr("Lost deals");
    if (reasonRow >= 0 && reasonRow < m_losses.reasons.size()) {
        reason = m_losses.reasons.at(reasonRow).reasonId;
        caption = tr("Lost deals: %1").arg(m_losses.reasons.at(reasonRow).name);
    }
    if (month.isValid())
        caption += QStringLiteral(", ") + ReportFormat::month(month);
    QString error;
    const std::optional<QList<qint64>> ids = ReportDeals(m_db).closed(
        f, QStringLiteral("lost"), ReportDeals::ClosedBy::ClosedAt, reason, &error);
    if (!ids) {
        m_messenger.error(this, tr("Cannot find the deals"), error);
        return;
    }
    Q_EMIT dealsRequested(*ids, caption);
}
