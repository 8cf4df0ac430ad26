#include "dealboard.h"

#include "dealactions.h"
#include "dealdropzone.h"
#include "stagecolumn.h"
#include "stagecolumnmodel.h"
#include "stagelistview.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

DealBoard::DealBoard(DealActions &actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_scroll(new QScrollArea(this)),
      m_strip(new QWidget(m_scroll)), m_stripLayout(new QHBoxLayout(m_strip)),
      m_won(new DealDropZone(QIcon::fromTheme(QStringLiteral("flag-green"),
                                              QIcon::fromTheme(QStringLiteral("dialog-ok-apply"))),
                             tr("Drop here: won"), QColor(0x2e, 0x9d, 0x5b), this)),
      m_lost(new DealDropZone(QIcon::fromTheme(QStringLiteral("flag-red"),
                                               QIcon::fromTheme(QStringLiteral("dialog-cancel"))),
                              tr("Drop here: lost"), QColor(0xc0, 0x39, 0x2b), this))
{
    setObjectName(QStringLiteral("dealBoardWidget"));
    m_scroll->setObjectName(QStringLiteral("boardScrollArea"));
    m_won->setObjectName(QStringLiteral("wonDealDropZone"));
    m_lost->setObjectName(QStringLiteral("lostDealDropZone"));
    m_won->setToolTip(tr("Drop a card here to close the deal as won"));
    m_lost->setToolTip(tr("Drop a card here to close the deal as lost, with the reason"));
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout->setSpacing(8);
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *zones = new QHBoxLayout;
    zones->setSpacing(8);
    zones->addWidget(m_won);
    zones->addWidget(m_lost);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(zones);

    connect(m_won, &DealDropZone::dealDropped, this,
            [this](qint64 id) { m_actions.win(this, id); });
    connect(m_lost, &DealDropZone::dealDropped, this,
            [this](qint64 id) { m_actions.lose(this, id); });
}

void DealBoard::setPipeline(const Pipeline &pipeline)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_pipeline = pipeline;
    for (const Stage &stage : pipeline.stages) {
        auto *column = new StageColumn(m_actions.deals(), stage, m_strip);
        m_stripLayout->addWidget(column);
        m_columns << column;
        StageListView *view = column->view();
        connect(view, &StageListView::dealDropped, this,
                [this, stageId = stage.id](qint64 id) { m_actions.move(this, id, stageId); });
        connect(view, &StageListView::openRequested, this, &DealBoard::openRequested);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    // One selected card on the whole board.
                    for (StageColumn *other : std::as_const(m_columns))
                        if (other->view() != view)
                            other->view()->clearSelection();
                    const qint64 id = current.data(StageColumnModel::IdRole).toLongLong();
                    if (id != m_currentId) {
                        m_currentId = id;
                        Q_EMIT currentDealChanged(id);
                    }
                });
    }
    m_stripLayout->addStretch();
    setFilter(m_filter);
}

void DealBoard::setFilter(const DealFilter &filter)
{
    m_filter = filter;
    m_filter.pipelineId = m_pipeline.id;
    m_filter.status = Deal::Status::Open;
    // Words to look for: the matching deals found once for all the columns.
    m_filter.matched.reset();
    m_actions.deals().matchText(m_filter);
    for (StageColumn *column : std::as_const(m_columns))
        column->model()->setFilter(m_filter);
    updateTotals();
}

void DealBoard::refresh()
{
    const qint64 current = m_currentId;
    // A deal may have come to match the words, or stopped matching.
    if (m_filter.matched) {
        m_filter.matched.reset();
        m_actions.deals().matchText(m_filter);
    }
    for (StageColumn *column : std::as_const(m_columns))
        column->model()->reload(m_filter);
    updateTotals();
    selectDeal(current);
}

void DealBoard::updateTotals()
{
    const QList<StageTotals> totals = m_actions.deals().totals(m_pipeline.id, m_filter);
    for (StageColumn *column : std::as_const(m_columns)) {
        StageTotals t{column->stage().id, 0, 0, 0};
        for (const StageTotals &s : totals)
            if (s.stageId == t.stageId)
                t = s;
        column->setTotals(t);
    }
}

StageColumn *DealBoard::column(qint64 stageId) const
{
    for (StageColumn *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

qint64 DealBoard::currentDealId() const
{
    for (StageColumn *c : m_columns)
        if (c->view()->selectionModel()->hasSelection())
            return c->view()->currentDealId();
    return 0;
}

void DealBoard::selectDeal(qint64 dealId)
{
    for (StageColumn *c : std::as_const(m_columns)) {
        const int row = c->model()->rowOf(dealId);
        if (row < 0)
            continue;
        const QModelIndex index = c->model()->index(row, 0);
        c->view()->setCurrentIndex(index);
        c->view()->scrollTo(index);
        // Once the strip is laid out (a board just built has no geometry yet).
        QTimer::singleShot(0, c, [this, c] { m_scroll->ensureWidgetVisible(c); });
        return;
    }
}
