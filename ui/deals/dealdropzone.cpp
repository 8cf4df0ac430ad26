#include "dealdropzone.h"

#include "dealmime.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

DealDropZone::DealDropZone(const QIcon &icon, const QString &text, const QColor &accent,
                           QWidget *parent)
    : QFrame(parent), m_accent(accent)
{
    setAcceptDrops(true);
    auto *iconLabel = new QLabel(this);
    const int size = fontMetrics().height();
    iconLabel->setPixmap(icon.pixmap(size, size));
    auto *textLabel = new QLabel(text, this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addStretch();
    layout->addWidget(iconLabel);
    layout->addWidget(textLabel);
    layout->addStretch();
}

void DealDropZone::setHover(bool on)
{
    if (m_hover != on) {
        m_hover = on;
        update();
    }
}

void DealDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (DealMime::dealId(event->mimeData()) == 0) {
        event->ignore();
        return;
    }
    setHover(true);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DealDropZone::dragMoveEvent(QDragMoveEvent *event)
{
    if (DealMime::dealId(event->mimeData()) == 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DealDropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHover(false);
    event->accept();
}

void DealDropZone::dropEvent(QDropEvent *event)
{
    setHover(false);
    const qint64 id = DealMime::dealId(event->mimeData());
    if (id == 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // After the drop returns, so the dragging side is not kept waiting on a dialog.
    QMetaObject::invokeMethod(
        this, [this, id] { Q_EMIT dealDropped(id); }, Qt::QueuedConnection);
}

void DealDropZone::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = m_accent;
    fill.setAlphaF(m_hover ? 0.28f : 0.08f);
    QPen pen(m_accent);
    pen.setStyle(m_hover ? Qt::SolidLine : Qt::DashLine);
    pen.setWidthF(m_hover ? 2 : 1);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 5, 5);
}
