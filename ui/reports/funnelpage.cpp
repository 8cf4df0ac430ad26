#include "funnelpage.h"

#include "common/messenger.h"
#include "funnelchartview.h"
#include "reportformat.h"
#include "reports/funnelreport.h"
#include "reports/reportdeals.h"
#include "reporttablemodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

FunnelPage::FunnelPage(const Database &db, Messenger &messenger, QWidget *parent)
    : ReportPage(db, messenger, parent), m_chart(new FunnelChartView(this)),
      m_snapshot(new QRadioButton(tr("&Open deals now"), this)),
      m_flow(new QRadioButton(tr("Deals &created in the period"), this)),
      m_explain(new QLabel(this))
{
    setObjectName(QStringLiteral("funnelPageWidget"));
    m_snapshot->setObjectName(QStringLiteral("snapshotRadioButton"));
    m_flow->setObjectName(QStringLiteral("flowRadioButton"));
    m_explain->setObjectName(QStringLiteral("funnelExplainLabel"));
    m_snapshot->setToolTip(tr("Snapshot: the open deals in each stage today; won and lost: the "
                              "deals closed in the period"));
    m_flow->setToolTip(tr("Flow: the deals created in the period and how far each got"));
    m_snapshot->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_snapshot);
    modes->addButton(m_flow);
    m_explain->setEnabled(false); // a quiet hint
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_snapshot);
    row->addWidget(m_flow);
    row->addSpacing(12);
    row->addWidget(m_explain, 1);
    setContent(m_chart, header);

    connect(modes, &QButtonGroup::buttonClicked, this, [this] { refresh(); });
    connect(m_chart, &FunnelChartView::stageActivated, this, [this](int row) {
        drill(row < m_funnel.stages.size() ? QVariant(row) : QVariant(int(WonRow)));
    });
}

QString FunnelPage::title() const
{
    return tr("Sales funnel");
}

void FunnelPage::setMode(Funnel::Mode mode)
{
    (mode == Funnel::Mode::Flow ? m_flow : m_snapshot)->setChecked(true);
    refresh();
}

void FunnelPage::refresh()
{
    const Funnel::Mode mode = m_flow->isChecked() ? Funnel::Mode::Flow : Funnel::Mode::Snapshot;
    auto result = std::make_shared<Funnel>();
    run(
        [db = &m_db, filter = filter(), mode, result](QString *error) {
            std::optional<Funnel> f = FunnelReport(*db).run(filter, mode, error);
            if (f)
                *result = std::move(*f);
            return f.has_value();
        },
        [this, result] {
            m_funnel = *result;
            show();
        });
}

void FunnelPage::show()
{
    m_explain->setText(m_funnel.mode == Funnel::Mode::Snapshot
                           ? tr("Stages: the open deals now. Won and lost: closed in the period.")
                           : tr("Every row: the period's new deals that got this far."));
    m_chart->setFunnel(m_funnel);
    QList<ReportTableModel::Row> rows;
    for (int i = 0; i < m_funnel.stages.size(); ++i) {
        const FunnelStage &s = m_funnel.stages.at(i);
        rows << ReportTableModel::Row{
            {s.name, ReportFormat::count(s.count), ReportFormat::money(s.amount),
             ReportFormat::money(s.weighted), ReportFormat::percent(s.conversionToNext),
             ReportFormat::percent(s.conversionToWon), ReportFormat::days(s.avgDaysInStage)},
            {s.name, s.count, s.amount, s.weighted,
             s.conversionToNext ? QVariant(*s.conversionToNext) : QVariant(),
             s.conversionToWon ? QVariant(*s.conversionToWon) : QVariant(),
             s.avgDaysInStage ? QVariant(*s.avgDaysInStage) : QVariant()},
            i,
            false};
    }
    rows << ReportTableModel::Row{{tr("Won"), ReportFormat::count(m_funnel.wonCount),
                                   ReportFormat::money(m_funnel.wonAmount)},
                                  {tr("Won"), m_funnel.wonCount, m_funnel.wonAmount},
                                  int(WonRow),
                                  true};
    rows << ReportTableModel::Row{{tr("Lost"), ReportFormat::count(m_funnel.lostCount),
                                   ReportFormat::money(m_funnel.lostAmount)},
                                  {tr("Lost"), m_funnel.lostCount, m_funnel.lostAmount},
                                  int(LostRow),
                                  true};
    const ReportTable plain = ReportTable::funnel(m_funnel);
    model()->setTable(plain.headers, plain.numeric, rows);
}

ReportTable FunnelPage::table() const
{
    return ReportTable::funnel(m_funnel);
}

QList<QChartView *> FunnelPage::charts() const
{
    return {m_chart};
}

void FunnelPage::drill(const QVariant &key)
{
    const int row = key.toInt();
    ReportFilter f = filter();
    f.pipelineId = m_funnel.pipelineId;
    const ReportDeals deals(m_db);
    const ReportDeals::ClosedBy by = m_funnel.mode == Funnel::Mode::Flow
                                         ? ReportDeals::ClosedBy::CreatedAt
                                         : ReportDeals::ClosedBy::ClosedAt;
    QString error;
    std::optional<QList<qint64>> ids;
    QString caption;
    if (row == WonRow) {
        ids = deals.closed(f, QStringLiteral("won"), by, {}, &error);
        caption = tr("Sales funnel: won");
    } else if (row == LostRow) {
        ids = deals.closed(f, QStringLiteral("lost"), by, {}, &error);
        caption = tr("Sales funnel: lost");
    } else if (row >= 0 && row < m_funnel.stages.size()) {
        const FunnelStage &s = m_funnel.stages.at(row);
        ids = deals.funnelStage(f, m_funnel.mode, s.stageId, &error);
        caption = m_funnel.mode == Funnel::Mode::Snapshot
                      ? tr("Sales funnel: open deals in «%1»").arg(s.name)
                      : tr("Sales funnel: new deals that reached «%1»").arg(s.name);
    } else {
        return;
    }
    if (!ids) {
        m_messenger.error(this, tr("Cannot find the deals"), error);
        return;
    }
    Q_EMIT dealsRequested(*ids, caption);
}
