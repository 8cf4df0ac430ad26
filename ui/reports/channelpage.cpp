#include "channelpage.h"

#include "chartlabels.h"
#include "chartstyle.h"
#include "common/messenger.h"
#include "reportformat.h"
#include "reports/channelreport.h"
#include "reports/reportdeals.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// The Total row's key: every won deal of the period.
constexpr int kAllSources = -1;
} // namespace

ChannelPage::ChannelPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_chart(new QChartView(this)),
      m_mailings(new ReportTableModel(this)), m_mailingsLabel(new QLabel(this)),
      m_mailingsView(addTable(m_mailings, QStringLiteral("mailingResultsTableView"), {}))
{
    setObjectName(QStringLiteral("channelPageWidget"));
    m_chart->setObjectName(QStringLiteral("channelChartView"));
    ChartStyle::setUp(m_chart);
    m_chart->chart()->legend()->hide();
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("channelChartsSplitter"));
    left->addWidget(m_chart);
    auto *mailings = new QWidget(this);
    auto *mailingsLayout = new QVBoxLayout(mailings);
    mailingsLayout->setContentsMargins(0, 0, 0, 0);
    m_mailingsLabel->setObjectName(QStringLiteral("mailingsLabel"));
    m_mailingsLabel->setWordWrap(true);
    mailingsLayout->addWidget(m_mailingsLabel);
    mailingsLayout->addWidget(m_mailingsView, 1);
    left->addWidget(mailings);
    left->setChildrenCollapsible(false);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setSizes({3000, 2000}); // the chart the larger part from the start
    setContent(left);
}

QString ChannelPage::title() const
{
    return tr("Channels and campaigns");
}

QString ChannelPage::sourceName(const QString &source) const
{
    return source.isEmpty() ? tr("Source not given") : source;
}

void ChannelPage::refresh()
{
    auto result = std::make_shared<Channels>();
    run(
        [db = &m_db, filter = filter(), result](QString *error) {
            std::optional<Channels> c = ChannelReport(*db).run(filter, error);
            if (c)
                *result = std::move(*c);
            return c.has_value();
        },
        [this, result] {
            m_channels = *result;
            show();
        });
}

void ChannelPage::show()
{
    drawChart();
    QList<ReportTableModel::Row> rows;
    Channels::Source total;
    for (int i = 0; i < m_channels.sources.size(); ++i) {
        const Channels::Source &s = m_channels.sources.at(i);
        const QString name = sourceName(s.source);
        rows << ReportTableModel::Row{{name, ReportFormat::count(s.newClients),
                                       ReportFormat::count(s.newDeals), ReportFormat::count(s.won),
                                       ReportFormat::money(s.revenue)},
                                      {name, s.newClients, s.newDeals, s.won, s.revenue},
                                      s.won ? QVariant(i) : QVariant(),
                                      false};
        total.newClients += s.newClients;
        total.newDeals += s.newDeals;
        total.won += s.won;
        total.revenue += s.revenue;
    }
    rows << ReportTableModel::Row{
        {tr("Total"), ReportFormat::count(total.newClients), ReportFormat::count(total.newDeals),
         ReportFormat::count(total.won), ReportFormat::money(total.revenue)},
        {tr("Total"), total.newClients, total.newDeals, total.won, total.revenue},
        total.won ? QVariant(kAllSources) : QVariant(),
        true};
    model()->setDrillHint(tr("Double-click to see the won deals"));
    model()->setTable(
        {tr("Source"), tr("New clients"), tr("New deals"), tr("Won deals"), tr("Revenue")},
        {false, true, true, true, true}, rows);
    showMailings();
}

void ChannelPage::showMailings()
{
    QList<ReportTableModel::Row> rows;
    for (const Channels::Campaign &c : m_channels.campaigns) {
        const std::optional<double> roi = c.roi();
        const std::optional<qint64> perWon = c.costPerWon();
        // Without a cost entered, neither the cost nor what it bought is known.
        const bool costed = c.cost > 0;
        rows << ReportTableModel::Row{
            {c.name, ReportFormat::count(c.sent), ReportFormat::count(c.failed),
             ReportFormat::count(c.waiting), ReportFormat::count(c.excluded),
             costed ? ReportFormat::money(c.cost) : QString(), ReportFormat::count(c.won),
             ReportFormat::money(c.revenue), ReportFormat::percent(roi),
             perWon ? ReportFormat::money(*perWon) : QString()},
            {c.name, c.sent, c.failed, c.waiting, c.excluded, c.cost, c.won, c.revenue,
             roi ? QVariant(*roi) : QVariant(), perWon ? QVariant(*perWon) : QVariant()},
            {},
            false};
    }
    m_mailingsLabel->setText(
        rows.isEmpty() ? tr("No mailings were created in the period. Their results, cost and "
                            "return show here.")
                       : tr("Mailings created in the period:"));
    m_mailingsView->setVisible(!rows.isEmpty());
    m_mailings->setTable({tr("Mailing"), tr("Sent"), tr("Failed"), tr("Waiting"), tr("Excluded"),
                          tr("Cost"), tr("Won deals"), tr("Revenue"), tr("ROI"),
                          tr("Cost per won deal")},
                         {false, true, true, true, true, true, true, true, true, true}, rows);
}

void ChannelPage::changeEvent(QEvent *event)
{
    ReportPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void ChannelPage::drawChart()
{
    QChart *chart = m_chart->chart();
    ChartStyle::clear(chart);
    chart->setTitle(tr("Revenue by source"));
    // The sources with revenue, the largest on top.
    QList<int> earning; // rows of m_channels.sources
    for (int i = 0; i < m_channels.sources.size(); ++i)
        if (m_channels.sources.at(i).revenue > 0)
            earning << i;
    const qsizetype n = earning.size();
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Revenue"));
    QStringList names;
    qint64 most = 1;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Channels::Source &s = m_channels.sources.at(earning.at(i));
        names << ChartStyle::label(sourceName(s.source));
        *set << double(s.revenue) / 100.0;
        most = std::max(most, s.revenue);
    }
    bars->append(set);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto *sourceAxis = new QBarCategoryAxis;
    sourceAxis->append(names);
    sourceAxis->setGridLineVisible(false);
    // The amounts are written beside the bars: the axis only gives the scale.
    auto *moneyAxis = new QValueAxis;
    moneyAxis->setRange(0, double(most) / 100.0 * 1.8);
    moneyAxis->setLabelsVisible(false);
    chart->addAxis(sourceAxis, Qt::AlignLeft);
    chart->addAxis(moneyAxis, Qt::AlignBottom);
    bars->attachAxis(sourceAxis);
    bars->attachAxis(moneyAxis);
    ChartStyle::apply(chart, palette());
    set->setColor(QColor(QStringLiteral("#1565c0")));
    set->setBorderColor(Qt::transparent);
    auto *labels = new ChartLabels(chart, bars);
    for (qsizetype i = 0; i < n; ++i) {
        const Channels::Source &s = m_channels.sources.at(earning.at(i));
        labels->add(QPointF(double(s.revenue) / 100.0, double(n - 1 - i)),
                    tr("%1 · %n won", "", int(s.won)).arg(ReportFormat::wholeMoney(s.revenue)),
                    palette().color(QPalette::Text), false);
    }
    connect(bars, &QAbstractBarSeries::doubleClicked, this, [this, earning, n](int index) {
        if (index >= 0 && index < n)
            drill(earning.at(n - 1 - index));
    });
}

ReportTable ChannelPage::table() const
{
    return ReportTable::channels(m_channels);
}

QList<QChartView *> ChannelPage::charts() const
{
    return {m_chart};
}

QList<const QAbstractItemModel *> ChannelPage::moreTables() const
{
    return {m_mailings};
}

void ChannelPage::drill(const QVariant &key)
{
    const int row = key.toInt();
    ReportDeals::Field field = ReportDeals::Field::Any;
    QString source;
    QString caption = tr("Won deals");
    if (row >= 0 && row < m_channels.sources.size()) {
        field = ReportDeals::Field::Source;
        source = m_channels.sources.at(row).source;
        caption = tr("Won deals from «%1»").arg(sourceName(source));
    } else if (row != kAllSources) {
        return;
    }
    QString error;
    const std::optional<QList<qint64>> ids =
        ReportDeals(m_db).closedWith(filter(), QStringLiteral("won"), field, source, &error);
    if (!ids) {
        m_messenger.error(this, tr("Cannot find the deals"), error);
        return;
    }
    Q_EMIT dealsRequested(*ids, caption);
}
