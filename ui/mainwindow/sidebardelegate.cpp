#include "sidebardelegate.h"

#include <QPainter>

namespace {
QColor badgeColor()
{
    return QColor(0xc0, 0x39, 0x2b);
}
} // namespace

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QString badge = index.data(BadgeRole).toString();
    if (badge.isEmpty())
        return;
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics metrics(bold);
    const int pad = metrics.height() / 3;
    QRect r(0, 0, metrics.horizontalAdvance(badge) + 2 * pad, metrics.height());
    r.moveCenter(option.rect.center());
    r.moveRight(option.rect.right() - pad);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor());
    painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, badge);
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(BadgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(badge) +
                         QFontMetrics(option.font).height() * 2;
    return size;
}
