#include "interactionpage.h"

#include "chartstyle.h"
#include "clients/interactiondialog.h"
#include "common/uiformat.h"
#include "interactions/interaction.h"
#include "reportformat.h"
#include "reports/interactionreport.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {
// Every type in the order of the client card, each in its colour on the chart.
const QList<std::pair<Interaction::Type, const char *>> kTypes = {
    {Interaction::Type::CallOut, "#1565c0"}, {Interaction::Type::CallIn, "#00838f"},
    {Interaction::Type::Meeting, "#558b2f"}, {Interaction::Type::Email, "#ef6c00"},
    {Interaction::Type::Sms, "#6a1b9a"},     {Interaction::Type::Note, "#6d4c41"}};

QString typeName(const QString &code)
{
    Interaction::Type type;
    return Interaction::typeFromString(code, &type) ? InteractionDialog::typeText(type) : code;
}

QColor typeColour(const QString &code)
{
    for (const auto &[type, colour] : kTypes)
        if (Interaction::typeToString(type) == code)
            return QColor(QLatin1String(colour));
    return QColor(QStringLiteral("#757575"));
}

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

InteractionPage::InteractionPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_chart(new QChartView(this)),
      m_week(new QRadioButton(tr("By &week"), this)),
      m_month(new QRadioButton(tr("By &month"), this)), m_quietDays(new QSpinBox(this)),
      m_quietCount(new QLabel(this)), m_people(new ReportTableModel(this)),
      m_quiet(new ReportTableModel(this)),
      m_peopleView(addTable(m_people, QStringLiteral("interactionPeopleTableView"), {})),
      m_quietView(addTable(m_quiet, QStringLiteral("quietClientsTableView"),
                           [this](const QVariant &id) { Q_EMIT clientRequested(id.toLongLong()); }))
{
    setObjectName(QStringLiteral("interactionPageWidget"));
    m_chart->setObjectName(QStringLiteral("interactionChartView"));
    m_week->setObjectName(QStringLiteral("weekRadioButton"));
    m_month->setObjectName(QStringLiteral("monthRadioButton"));
    m_quietDays->setObjectName(QStringLiteral("quietDaysSpinBox"));
    m_quietCount->setObjectName(QStringLiteral("quietCountLabel"));
    m_quiet->setDrillHint(tr("Double-click to open the client"));
    ChartStyle::setUp(m_chart);
    m_month->setChecked(true);
    auto *buckets = new QButtonGroup(this);
    buckets->addButton(m_week);
    buckets->addButton(m_month);
    m_quietDays->setRange(1, 3650);
    m_quietDays->setValue(30);
    m_quietDays->setToolTip(tr("Clients with no call, meeting, message or note for this many "
                               "days"));
    auto *quietLabel = new QLabel(tr("&No contact for, days:"), this);
    quietLabel->setBuddy(m_quietDays);

    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_week);
    row->addWidget(m_month);
    row->addSpacing(24);
    row->addWidget(quietLabel);
    row->addWidget(m_quietDays);
    row->addStretch();

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("interactionChartsSplitter"));
    left->addWidget(m_chart);
    left->addWidget(m_peopleView);
    left->setChildrenCollapsible(false);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setSizes({3000, 1000}); // the chart the larger part from the start
    auto *quiet = new QWidget(this);
    auto *quietLayout = new QVBoxLayout(quiet);
    quietLayout->setContentsMargins(0, 0, 0, 0);
    m_quietCount->setWordWrap(true);
    quietLayout->addWidget(m_quietCount);
    quietLayout->addWidget(m_quietView, 1);
    setContent(left, header, quiet);

    connect(buckets, &QButtonGroup::buttonClicked, this, [this] { refresh(); });
    connect(m_quietDays, &QSpinBox::valueChanged, this, [this] { refresh(); });
}

QString InteractionPage::title() const
{
    return tr("Interactions");
}

void InteractionPage::refresh()
{
    const InteractionStats::Bucket bucket =
        m_week->isChecked() ? InteractionStats::Bucket::Week : InteractionStats::Bucket::Month;
    auto result = std::make_shared<InteractionStats>();
    run(
        [db = &m_db, filter = filter(), bucket, days = m_quietDays->value(),
         now = QDateTime::currentDateTimeUtc(), result](QString *error) {
            std::optional<InteractionStats> s =
                InteractionReport(*db).run(filter, bucket, days, now, error);
            if (s)
                *result = std::move(*s);
            return s.has_value();
        },
        [this, result] {
            m_stats = *result;
            show();
        });
}

QStringList InteractionPage::types() const
{
    QStringList present;
    for (const InteractionStats::Count &c : m_stats.byResult)
        if (!present.contains(c.type))
            present << c.type;
    QStringList out;
    for (const auto &[type, colour] : kTypes)
        if (present.contains(Interaction::typeToString(type)))
            out << Interaction::typeToString(type);
    return out;
}

void InteractionPage::show()
{
    drawChart();
    QList<ReportTableModel::Row> rows;
    for (const InteractionStats::Count &c : m_stats.byResult) {
        const std::optional<double> share =
            m_stats.total ? std::optional<double>(double(c.count) / double(m_stats.total))
                          : std::nullopt;
        const QString result = c.key.isEmpty() ? tr("not given") : c.key;
        rows << ReportTableModel::Row{
            {typeName(c.type), result, ReportFormat::count(c.count), ReportFormat::percent(share)},
            {typeName(c.type), result, c.count, optional(share)},
            {},
            false};
    }
    rows << ReportTableModel::Row{
        {tr("Total"), QString(), ReportFormat::count(m_stats.total), QString()},
        {tr("Total"), QString(), m_stats.total, {}},
        {},
        true};
    model()->setTable({tr("Type"), tr("Result"), tr("Interactions"), tr("Share")},
                      {false, false, true, true}, rows);
    showPeople();
    showQuiet();
}

void InteractionPage::showPeople()
{
    // A row per person, a column per type: who does what at a glance.
    const QStringList columns = types();
    QHash<QString, QHash<QString, qint64>> counts;
    QHash<QString, qint64> totals;
    for (const InteractionStats::Count &c : m_stats.byUser) {
        counts[c.key][c.type] += c.count;
        totals[c.key] += c.count;
    }
    QStringList people = totals.keys();
    std::sort(people.begin(), people.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    QStringList headers{tr("Responsible")};
    QList<bool> numeric{false};
    for (const QString &type : columns) {
        headers << typeName(type);
        numeric << true;
    }
    headers << tr("Total");
    numeric << true;
    QList<ReportTableModel::Row> rows;
    for (const QString &person : people) {
        const QString name = person.isEmpty() ? tr("nobody") : person;
        ReportTableModel::Row r{{name}, {name}, {}, false};
        for (const QString &type : columns) {
            const qint64 n = counts.value(person).value(type);
            r.text << ReportFormat::count(n);
            r.raw << n;
        }
        r.text << ReportFormat::count(totals.value(person));
        r.raw << totals.value(person);
        rows << r;
    }
    m_people->setTable(headers, numeric, rows);
}

void InteractionPage::showQuiet()
{
    m_quietCount->setText(
        m_stats.quietCount > m_stats.quiet.size()
            ? tr("Clients with no contact for %n day(s): %1 (the %2 longest quiet shown)", nullptr,
                 m_stats.quietDays)
                  .arg(ReportFormat::count(m_stats.quietCount))
                  .arg(m_stats.quiet.size())
            : tr("Clients with no contact for %n day(s): %1", nullptr, m_stats.quietDays)
                  .arg(ReportFormat::count(m_stats.quietCount)));
    QList<ReportTableModel::Row> rows;
    for (const InteractionStats::Quiet &q : m_stats.quiet) {
        const bool never = q.lastContactAt.isEmpty();
        const int days = never ? 0 : UiFormat::daysSince(q.lastContactAt);
        rows << ReportTableModel::Row{
            {q.name, never ? tr("never") : UiFormat::date(q.lastContactAt),
             never ? QString() : ReportFormat::count(days)},
            {q.name, q.lastContactAt, never ? QVariant() : QVariant(days)},
            q.clientId,
            false};
    }
    m_quiet->setTable({tr("Client"), tr("Last contact"), tr("Days since")}, {false, true, true},
                      rows);
}

void InteractionPage::changeEvent(QEvent *event)
{
    ReportPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        drawChart();
}

void InteractionPage::drawChart()
{
    QChart *chart = m_chart->chart();
    ChartStyle::clear(chart);
    const bool weeks = m_stats.bucket == InteractionStats::Bucket::Week;
    chart->setTitle(weeks ? tr("Interactions by week") : tr("Interactions by month"));
    // Every week or month of the period, the quiet ones too.
    QStringList keys;
    QStringList labels;
    if (m_stats.from.isValid() && m_stats.to.isValid()) {
        QList<QDate> months;
        QDate d = weeks ? m_stats.from.addDays(1 - m_stats.from.dayOfWeek())
                        : QDate(m_stats.from.year(), m_stats.from.month(), 1);
        for (; d <= m_stats.to; d = weeks ? d.addDays(7) : d.addMonths(1)) {
            keys << d.toString(weeks ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM"));
            if (weeks)
                labels << QLocale().toString(d, QStringLiteral("d MMM"));
            months << d;
        }
        if (!weeks)
            labels = ReportFormat::monthLabels(months);
    } else {
        for (const InteractionStats::Count &c : m_stats.byPeriod)
            if (!keys.contains(c.key))
                keys << c.key;
        labels = keys;
    }
    QHash<QString, QHash<QString, qint64>> counts; // type -> period -> count
    QHash<QString, qint64> sums;
    for (const InteractionStats::Count &c : m_stats.byPeriod) {
        counts[c.type][c.key] += c.count;
        sums[c.key] += c.count;
    }
    qint64 highest = 1;
    for (qint64 s : std::as_const(sums))
        highest = std::max(highest, s);

    auto *stacks = new QStackedBarSeries;
    QList<QBarSet *> sets;
    const QStringList present = types();
    for (const QString &type : present) {
        auto *set = new QBarSet(typeName(type));
        for (const QString &key : keys)
            *set << double(counts.value(type).value(key));
        stacks->append(set);
        sets << set;
    }
    stacks->setBarWidth(0.7);
    chart->addSeries(stacks);
    auto *periodAxis = new QBarCategoryAxis;
    periodAxis->append(labels);
    periodAxis->setGridLineVisible(false);
    // Many weeks side by side: their dates upright, so that none hides another.
    periodAxis->setLabelsAngle(labels.size() > 12 ? -90 : 0);
    auto *countAxis = new QValueAxis;
    ChartStyle::setCountRange(countAxis, highest);
    chart->addAxis(periodAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    stacks->attachAxis(periodAxis);
    stacks->attachAxis(countAxis);
    // Beside the bars: the type names are long and a row under them elides.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(!sets.isEmpty());
    ChartStyle::apply(chart, palette());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(typeColour(present.at(i)));
        sets.at(i)->setBorderColor(Qt::transparent);
    }
}

ReportTable InteractionPage::table() const
{
    return ReportTable::interactions(m_stats);
}

QList<QChartView *> InteractionPage::charts() const
{
    return {m_chart};
}

QList<const QAbstractItemModel *> InteractionPage::moreTables() const
{
    return {m_people, m_quiet};
}
