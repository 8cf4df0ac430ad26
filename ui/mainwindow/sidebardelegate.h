#pragma once

#include <QStyledItemDelegate>

// Paints a section of the sidebar with its badge: the text of BadgeRole in
// red at the right (overdue tasks), so the count that matters stands out.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        BadgeRole = Qt::UserRole + 1
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
