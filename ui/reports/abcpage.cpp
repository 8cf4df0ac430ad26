#include "abcpage.h"

#include "chartlabels.h"
#include "chartstyle.h"
#include "common/messenger.h"
#include "reportformat.h"
#include "reports/abcreport.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

namespace {
QColor classColour(int index)
{
    static const QList<QColor> colours = {QColor(QStringLiteral("#2e7d32")),
                                          QColor(QStringLiteral("#f9a825")),
                                          QColor(QStringLiteral("#c62828"))};
    return colours.at(index % colours.size());
}
} // namespace

AbcPage::AbcPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_chart(new QChartView(this)), m_a(new QSpinBox(this)),
      m_b(new QSpinBox(this)), m_x(new QSpinBox(this)), m_y(new QSpinBox(this)),
      m_apply(new QPushButton(tr("&Write classes into importance…"), this)),
      m_matrix(new ReportTableModel(this)),
      m_matrixView(addTable(m_matrix, QStringLiteral("abcMatrixTableView"), {}))
{
    setObjectName(QStringLiteral("abcPageWidget"));
    m_chart->setObjectName(QStringLiteral("abcChartView"));
    m_a->setObjectName(QStringLiteral("abcThresholdASpinBox"));
    m_b->setObjectName(QStringLiteral("abcThresholdBSpinBox"));
    m_x->setObjectName(QStringLiteral("xyzThresholdXSpinBox"));
    m_y->setObjectName(QStringLiteral("xyzThresholdYSpinBox"));
    m_apply->setObjectName(QStringLiteral("applyImportancePushButton"));
    model()->setDrillHint(tr("Double-click to open the client"));
    ChartStyle::setUp(m_chart);
    m_chart->chart()->legend()->hide();
    const ClientClasses::Thresholds defaults;
    m_a->setRange(1, 100);
    m_a->setValue(defaults.a);
    m_b->setRange(0, 100);
    m_b->setValue(defaults.b);
    m_x->setRange(0, 1000);
    m_x->setValue(defaults.x);
    m_y->setRange(0, 1000);
    m_y->setValue(defaults.y);
    for (QSpinBox *box : {m_a, m_b, m_x, m_y})
        box->setSuffix(QStringLiteral(" %"));
    m_a->setToolTip(tr("Class A: the clients who bring the first this much of the revenue"));
    m_b->setToolTip(tr("Class B: the clients who bring the next this much; the rest is C"));
    m_x->setToolTip(tr("Class X: monthly revenue varies by at most this much (coefficient of "
                       "variation)"));
    m_y->setToolTip(tr("Class Y: varies by at most this much; more is Z"));
    m_apply->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_apply->setToolTip(tr("Set each client's importance to its ABC class"));
    limitThresholds();

    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QSpinBox *>> fields = {
        {tr("&A:"), m_a}, {tr("&B:"), m_b}, {tr("&X up to:"), m_x}, {tr("&Y up to:"), m_y}};
    for (const auto &[text, box] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
        row->addSpacing(box == m_b ? 24 : 8);
    }
    row->addStretch();
    row->addWidget(m_apply);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("abcChartsSplitter"));
    left->addWidget(m_chart);
    left->addWidget(m_matrixView);
    left->setChildrenCollapsible(false);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setSizes({3000, 1000}); // the chart the larger part from the start
    setContent(left, header);

    for (QSpinBox *box : {m_a, m_b, m_x, m_y})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            limitThresholds();
            refresh();
        });
    connect(m_apply, &QPushButton::clicked, this, &AbcPage::applyImportance);
}

QString AbcPage::title() const
{
    return tr("Client analytics (ABC/XYZ)");
}

void AbcPage::limitThresholds()
{
    const QSignalBlocker blockB(m_b);
    const QSignalBlocker blockY(m_y);
    m_b->setMaximum(100 - m_a->value());
    m_y->setMinimum(m_x->value());
}

ClientClasses::Thresholds AbcPage::thresholds() const
{
    return {m_a->value(), m_b->value(), m_x->value(), m_y->value()};
}

void AbcPage::refresh()
{
    auto result = std::make_shared<ClientClasses>();
    run(
        [db = &m_db, filter = filter(), thresholds = thresholds(), result](QString *error) {
            std::optional<ClientClasses> c = AbcReport(*db).run(filter, thresholds, error);
            if (c)
                *result = std::move(*c);
            return c.has_value();
        },
        [this, result] {
            m_classes = *result;
            show();
        });
}

void AbcPage::show()
{
    drawChart();
    QList<ReportTableModel::Row> rows;
    for (const ClientClasses::Client &c : m_classes.clients)
        rows << ReportTableModel::Row{
            {c.name, ReportFormat::count(c.won), ReportFormat::money(c.revenue),
             ReportFormat::percent(c.share), ReportFormat::percent(c.cumulative), QString(c.abc),
             QString(c.xyz), ReportFormat::percent(c.variation)},
            {c.name, c.won, c.revenue, c.share, c.cumulative, QString(c.abc), QString(c.xyz),
             c.variation},
            c.id,
            false};
    const ReportTable plain = ReportTable::clientClasses(m_classes);
    model()->setTable(plain.headers, plain.numeric, rows);
    m_apply->setEnabled(!m_classes.clients.isEmpty());
    showMatrix();
}

void AbcPage::showMatrix()
{
    // How many clients in each ABC class buy regularly (X), now and then (Y) or seldom (Z).
    QList<ReportTableModel::Row> rows;
    const QString abc = QStringLiteral("ABC");
    const QString xyz = QStringLiteral("XYZ");
    for (const QChar a : abc) {
        ReportTableModel::Row r{{a}, {QString(a)}, {}, false};
        qint64 total = 0;
        for (const QChar x : xyz) {
            qint64 n = 0;
            for (const ClientClasses::Client &c : m_classes.clients)
                if (c.abc == a && c.xyz == x)
                    ++n;
            r.text << ReportFormat::count(n);
            r.raw << n;
            total += n;
        }
        r.text << ReportFormat::count(total);
        r.raw << total;
        rows << r;
    }
    m_matrix->setTable(
        {tr("Class"), QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z"), tr("Clients")},
        {false, true, true, true, true}, rows);
}

void AbcPage::changeEvent(QEvent *event)
{
    ReportPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void AbcPage::drawChart()
{
    QChart *chart = m_chart->chart();
    ChartStyle::clear(chart);
    chart->setTitle(tr("Share of revenue by ABC class"));
    // A set per class, its share on its own row only: each bar in its class's colour.
    auto *bars = new QHorizontalStackedBarSeries;
    const qsizetype n = m_classes.abc.size();
    QStringList names;
    // The clients of each class beside its letter: the bar's figures are long enough.
    for (qsizetype i = n - 1; i >= 0; --i)
        names << tr("%1 (%n client(s))", "", int(m_classes.abc.at(i).clients))
                     .arg(m_classes.abc.at(i).cls);
    QList<QBarSet *> sets;
    QList<double> shares;
    for (qsizetype i = 0; i < n; ++i) {
        const ClientClasses::Total &t = m_classes.abc.at(i);
        const double share =
            m_classes.revenue > 0 ? double(t.revenue) / double(m_classes.revenue) * 100.0 : 0.0;
        shares << share;
        auto *set = new QBarSet(QString(t.cls));
        for (qsizetype j = n - 1; j >= 0; --j)
            *set << (j == i ? share : 0.0);
        bars->append(set);
        sets << set;
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto *classAxis = new QBarCategoryAxis;
    classAxis->append(names);
    classAxis->setGridLineVisible(false);
    auto *shareAxis = new QValueAxis;
    // Room for the figures beside the longest bar; they say the share, so the
    // axis only gives the scale (its labels past 100 % would mislead).
    shareAxis->setRange(0, 160);
    shareAxis->setTickType(QValueAxis::TicksDynamic);
    shareAxis->setTickAnchor(0);
    shareAxis->setTickInterval(20);
    shareAxis->setLabelsVisible(false);
    chart->addAxis(classAxis, Qt::AlignLeft);
    chart->addAxis(shareAxis, Qt::AlignBottom);
    bars->attachAxis(classAxis);
    bars->attachAxis(shareAxis);
    ChartStyle::apply(chart, palette());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(classColour(int(i)));
        sets.at(i)->setBorderColor(Qt::transparent);
    }
    auto *labels = new ChartLabels(chart, bars);
    for (qsizetype i = 0; i < n; ++i) {
        const ClientClasses::Total &t = m_classes.abc.at(i);
        labels->add(QPointF(shares.at(i), double(n - 1 - i)),
                    tr("%1 · %2").arg(ReportFormat::percent(shares.at(i) / 100.0),
                                      ReportFormat::wholeMoney(t.revenue)),
                    palette().color(QPalette::Text), false);
    }
}

ReportTable AbcPage::table() const
{
    return ReportTable::clientClasses(m_classes);
}

QList<QChartView *> AbcPage::charts() const
{
    return {m_chart};
}

QList<const QAbstractItemModel *> AbcPage::moreTables() const
{
    return {m_matrix};
}

void AbcPage::drill(const QVariant &key)
{
    Q_EMIT clientRequested(key.toLongLong());
}

void AbcPage::applyImportance()
{
    const int n = int(m_classes.clients.size());
    if (n == 0 || isBusy())
        return;
    if (!m_messenger.confirm(
            this, tr("Write classes into importance"),
            tr("Set the importance of %n client(s) to their ABC class of this report? Their "
               "present importance is replaced.",
               "", n),
            tr("&Write")))
        return;
    QString error;
    const std::optional<int> changed = AbcReport(m_db).applyImportance(m_classes, &error);
    if (!changed) {
        m_messenger.error(this, tr("Cannot write the importance"), error);
        return;
    }
    m_messenger.info(this, tr("Write classes into importance"),
                     tr("The importance of %n client(s) changed.", "", *changed));
    Q_EMIT clientsChanged();
    refresh(); // a report narrowed by importance counts other clients now
}
