#include "stagelistview.h"

#include "dealcarddelegate.h"
#include "dealmime.h"
#include "stagecolumnmodel.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

StageListView::StageListView(qint64 stageId, QWidget *parent)
    : QListView(parent), m_stageId(stageId)
{
    setObjectName(QStringLiteral("stageListView"));
    setProperty("stageId", stageId);
    setItemDelegate(new DealCardDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // Equal cards: the view never measures thousands of them.
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    // Cards (Base) stand out on the column's quieter background.
    viewport()->setBackgroundRole(QPalette::Window);
    setAutoFillBackground(false);
    connect(this, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(StageColumnModel::IdRole).toLongLong());
    });
}

qint64 StageListView::currentDealId() const
{
    return currentIndex().isValid() ? currentIndex().data(StageColumnModel::IdRole).toLongLong()
                                    : 0;
}

bool StageListView::accepts(const QMimeData *data) const
{
    return DealMime::dealId(data) != 0 && DealMime::fromStageId(data) != m_stageId;
}

void StageListView::setDropHover(bool on)
{
    if (m_dropHover == on)
        return;
    m_dropHover = on;
    viewport()->update();
}

void StageListView::startDrag(Qt::DropActions)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    QMimeData *data = model()->mimeData({index});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    // The card itself follows the pointer.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(QPoint(0, 0), visualRect(index).size());
    option.state |= QStyle::State_Selected;
    QPixmap pixmap(option.rect.size() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        itemDelegate()->paint(&painter, option, index);
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - visualRect(index).topLeft());
    // The rows stay: the board reloads both columns once the move is made.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void StageListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    setDropHover(true);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StageListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StageListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHover(false);
    event->accept();
}

void StageListView::dropEvent(QDropEvent *event)
{
    setDropHover(false);
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    const qint64 id = DealMime::dealId(event->mimeData());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drop returns, so the dragging side is not kept waiting on a question.
    QMetaObject::invokeMethod(
        this, [this, id] { Q_EMIT dealDropped(id); }, Qt::QueuedConnection);
}

void StageListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentDealId()) {
        Q_EMIT openRequested(currentDealId());
        return;
    }
    QListView::keyPressEvent(event);
}

void StageListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    if (model() && model()->rowCount() == 0 && !m_emptyText.isEmpty()) {
        painter.setPen(DealCardDelegate::secondaryColor(palette()));
        painter.drawText(viewport()->rect().adjusted(12, 24, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
    }
    if (m_dropHover) {
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(2, 2, -2, -2), 5, 5);
    }
}
