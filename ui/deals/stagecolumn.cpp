#include "stagecolumn.h"

#include "common/uiformat.h"
#include "dealcarddelegate.h"
#include "stagecolumnmodel.h"
#include "stagelistview.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace {
// A round swatch of the stage's colour before its name.
QPixmap swatch(const QColor &color, int size, qreal ratio)
{
    QPixmap p(QSize(size, size) * ratio);
    p.setDevicePixelRatio(ratio);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return p;
}
} // namespace

StageColumn::StageColumn(const DealRepository &deals, const Stage &stage, QWidget *parent)
    : QFrame(parent), m_stage(stage), m_model(new StageColumnModel(deals, stage.id, this)),
      m_view(new StageListView(stage.id, this)), m_name(new QLabel(this)),
      m_count(new QLabel(this)), m_sum(new QLabel(this)), m_weighted(new QLabel(this))
{
    setObjectName(QStringLiteral("stageColumnFrame"));
    setProperty("stageId", stage.id);
    setFrameShape(QFrame::StyledPanel);
    m_view->setModel(m_model);
    m_view->setEmptyText(tr("No deals here.\nDrag a card to this stage."));
    m_name->setObjectName(QStringLiteral("stageNameLabel"));
    m_count->setObjectName(QStringLiteral("stageCountLabel"));
    m_sum->setObjectName(QStringLiteral("stageSumLabel"));
    m_weighted->setObjectName(QStringLiteral("stageWeightedLabel"));

    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    // Long stage names are elided to the column (resizeEvent); the tooltip has it whole.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_name->setText(stage.name);
    m_name->setToolTip(
        tr("%1: deals enter it with probability %2 %").arg(stage.name).arg(stage.probability));
    m_count->setFont(bold);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_weighted->setToolTip(tr("The sum weighted by each deal's probability"));
    QPalette quiet = m_weighted->palette();
    quiet.setColor(QPalette::WindowText, DealCardDelegate::secondaryColor(palette()));
    m_weighted->setPalette(quiet);

    auto *dot = new QLabel(this);
    const int size = fontMetrics().height() * 2 / 3;
    dot->setPixmap(swatch(QColor(stage.color.isEmpty() ? QStringLiteral("#9aa5b1") : stage.color),
                          size, devicePixelRatioF()));

    auto *head = new QGridLayout;
    head->setContentsMargins(10, 8, 10, 6);
    head->setHorizontalSpacing(6);
    head->setVerticalSpacing(2);
    head->addWidget(dot, 0, 0);
    head->addWidget(m_name, 0, 1);
    head->addWidget(m_count, 0, 2);
    head->addWidget(m_sum, 1, 1, 1, 2);
    head->addWidget(m_weighted, 2, 1, 1, 2);
    head->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);

    // Wide enough for "12 345 678,00 ₽" and the days on one card line.
    const int width = fontMetrics().averageCharWidth() * 42;
    setMinimumWidth(width);
    setMaximumWidth(width * 3 / 2);
    setTotals(StageTotals{stage.id, 0, 0, 0});
}

void StageColumn::setTotals(const StageTotals &totals)
{
    m_totals = totals;
    m_count->setText(QLocale().toString(totals.count));
    m_count->setToolTip(tr("%n open deal(s)", nullptr, totals.count));
    m_sum->setText(UiFormat::wholeMoney(totals.sum));
    m_weighted->setText(tr("weighted %1").arg(UiFormat::wholeMoney(totals.weighted)));
}

void StageColumn::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    m_name->setText(
        m_name->fontMetrics().elidedText(m_stage.name, Qt::ElideRight, m_name->width()));
}
