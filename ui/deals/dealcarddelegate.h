#pragma once

#include <QStyledItemDelegate>

// Paints a board card: the title, the client, the amount and the days in the
// stage, and the next task with its due date (red when overdue, a quiet
// "no next step" when there is none: a deal without one is easy to forget).
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Red that reads on the palette's base, light or dark.
    static QColor overdueColor(const QPalette &palette);
    // Text halfway to the background: the quiet lines of a card.
    static QColor secondaryColor(const QPalette &palette);
};
