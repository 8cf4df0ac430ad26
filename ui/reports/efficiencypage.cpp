#include "efficiencypage.h"

#include "chartstyle.h"
#include "common/messenger.h"
#include "reportformat.h"
#include "reports/efficiencyreport.h"
#include "reports/reportdeals.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace {
// What a row of the table stands for, as its drill-down key: the group and its key.
const QString kMonth = QStringLiteral("month");
const QString kSource = QStringLiteral("source");
const QString kPerson = QStringLiteral("responsible");
const QString kAll = QStringLiteral("all");

QDate monthOf(const QString &key)
{
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

EfficiencyPage::EfficiencyPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("efficiencyPageWidget"));
    m_chart->setObjectName(QStringLiteral("efficiencyChartView"));
    ChartStyle::setUp(m_chart);
    setContent(m_chart);
}

QString EfficiencyPage::title() const
{
    return tr("Deal efficiency");
}

void EfficiencyPage::refresh()
{
    auto result = std::make_shared<Efficiency>();
    run(
        [db = &m_db, filter = filter(), result](QString *error) {
            std::optional<Efficiency> e = EfficiencyReport(*db).run(filter, error);
            if (e)
                *result = std::move(*e);
            return e.has_value();
        },
        [this, result] {
            m_efficiency = *result;
            show();
        });
}

void EfficiencyPage::show()
{
    drawChart();
    QList<ReportTableModel::Row> rows;
    auto add = [&rows](const QString &name, const Efficiency::Row &r, const QVariant &drill,
                       bool bold) {
        const std::optional<qint64> average = r.averageDeal();
        rows << ReportTableModel::Row{
            {name, ReportFormat::count(r.closed), ReportFormat::count(r.won),
             ReportFormat::percent(r.winRate()), ReportFormat::money(r.wonAmount),
             average ? ReportFormat::money(*average) : QString(),
             ReportFormat::days(r.averageCycleDays())},
            {name, r.closed, r.won, optional(r.winRate()), r.wonAmount,
             average ? QVariant(*average) : QVariant(), optional(r.averageCycleDays())},
            r.closed ? drill : QVariant(),
            bold};
    };
    // A heading row before each group, bold and with nothing behind it.
    auto heading = [&rows](const QString &name) {
        rows << ReportTableModel::Row{{name}, {name}, {}, true};
    };
    heading(tr("By month"));
    for (const Efficiency::Row &r : m_efficiency.byMonth) {
        const QDate month = monthOf(r.key);
        add(month.isValid() ? ReportFormat::month(month) : r.key, r, QStringList{kMonth, r.key},
            false);
    }
    heading(tr("By source"));
    for (const Efficiency::Row &r : m_efficiency.bySource)
        add(r.key.isEmpty() ? tr("Source not given") : r.key, r, QStringList{kSource, r.key},
            false);
    heading(tr("By responsible"));
    for (const Efficiency::Row &r : m_efficiency.byResponsible)
        add(r.key.isEmpty() ? tr("Nobody responsible") : r.key, r, QStringList{kPerson, r.key},
            false);
    add(tr("Total"), m_efficiency.total, QStringList{kAll}, true);
    const ReportTable plain = ReportTable::efficiency(m_efficiency);
    model()->setTable(plain.headers, plain.numeric, rows);
}

void EfficiencyPage::changeEvent(QEvent *event)
{
    ReportPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void EfficiencyPage::drawChart()
{
    QChart *chart = m_chart->chart();
    ChartStyle::clear(chart);
    chart->setTitle(tr("Won deals and win rate by month"));
    QList<QDate> months;
    auto *won = new QBarSet(tr("Won deals"));
    auto *rate = new QLineSeries;
    rate->setName(tr("Win rate"));
    qint64 most = 1;
    for (qsizetype i = 0; i < m_efficiency.byMonth.size(); ++i) {
        const Efficiency::Row &r = m_efficiency.byMonth.at(i);
        months << monthOf(r.key);
        *won << double(r.won);
        most = std::max(most, r.won);
        // A month with nothing closed has no rate: the line skips it.
        if (const std::optional<double> w = r.winRate())
            rate->append(double(i), *w * 100.0);
    }
    auto *bars = new QBarSeries;
    bars->append(won);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(ReportFormat::monthLabels(months));
    monthAxis->setGridLineVisible(false);
    monthAxis->setLabelsAngle(months.size() > 12 ? -90 : 0);
    auto *countAxis = new QValueAxis;
    ChartStyle::setCountRange(countAxis, most);
    countAxis->setTitleText(tr("Won deals"));
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setTickType(QValueAxis::TicksDynamic);
    rateAxis->setTickAnchor(0);
    rateAxis->setTickInterval(20);
    rateAxis->setLabelFormat(QStringLiteral("%d%"));
    rateAxis->setGridLineVisible(false);
    rateAxis->setTitleText(tr("Win rate"));
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    chart->addAxis(rateAxis, Qt::AlignRight);
    bars->attachAxis(monthAxis);
    bars->attachAxis(countAxis);
    rate->attachAxis(monthAxis);
    rate->attachAxis(rateAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::apply(chart, palette());
    for (QAbstractAxis *axis : chart->axes())
        axis->setTitleBrush(palette().brush(QPalette::Text));
    won->setColor(QColor(QStringLiteral("#2e7d32")));
    won->setBorderColor(Qt::transparent);
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidth(3);
    rate->setPen(pen);
    rate->setPointsVisible(true);
    connect(bars, &QAbstractBarSeries::doubleClicked, this, [this](int index) {
        if (index >= 0 && index < m_efficiency.byMonth.size())
            drill(QStringList{kMonth, m_efficiency.byMonth.at(index).key});
    });
}

ReportTable EfficiencyPage::table() const
{
    return ReportTable::efficiency(m_efficiency);
}

QList<QChartView *> EfficiencyPage::charts() const
{
    return {m_chart};
}

void EfficiencyPage::drill(const QVariant &key)
{
    const QStringList parts = key.toStringList();
    const QString group = parts.value(0);
    const QString value = parts.value(1);
    ReportFilter f = filter();
    ReportDeals::Field field = ReportDeals::Field::Any;
    QString caption = tr("Closed deals");
    if (group == kMonth) {
        const QDate month = monthOf(value);
        if (!month.isValid())
            return;
        // The month within the period.
        f.from = f.from.isValid() ? std::max(f.from, month) : month;
        f.to = f.to.isValid() ? std::min(f.to, month.addMonths(1).addDays(-1))
                              : month.addMonths(1).addDays(-1);
        caption = tr("Deals closed in %1").arg(ReportFormat::month(month));
    } else if (group == kSource) {
        field = ReportDeals::Field::Source;
        caption =
            tr("Closed deals from «%1»").arg(value.isEmpty() ? tr("Source not given") : value);
    } else if (group == kPerson) {
        field = ReportDeals::Field::Responsible;
        caption = tr("Closed deals of %1").arg(value.isEmpty() ? tr("nobody") : value);
    }
    QString error;
    const std::optional<QList<qint64>> ids =
        ReportDeals(m_db).closedWith(f, QString(), field, value, &error);
    if (!ids) {
        m_messenger.error(this, tr("Cannot find the deals"), error);
        return;
    }
    Q_EMIT dealsRequested(*ids, caption);
}
