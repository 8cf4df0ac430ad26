#include "dealcarddelegate.h"

#include "stagecolumnmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPadding = 8;
constexpr int kLineGap = 3;
constexpr int kLines = 4;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

QColor DealCardDelegate::overdueColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x6b) : QColor(0xc0, 0x39, 0x2b);
}

QColor DealCardDelegate::secondaryColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 220,
            2 * kPadding + kLines * line + (kLines - 1) * kLineGap + 2};
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card: a rounded box on the column's background.
    const QRectF box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 4, 4);
    painter->fillPath(path, pal.color(QPalette::Base));
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    QPen border(selected  ? pal.color(QPalette::Highlight)
                : hovered ? mix(pal.color(QPalette::Mid), pal.color(QPalette::Highlight), 0.4)
                          : mix(pal.color(QPalette::Mid), pal.color(QPalette::Base), 0.35));
    border.setWidthF(selected ? 2 : 1);
    painter->setPen(border);
    painter->drawPath(path);

    const QFontMetrics fm = option.fontMetrics;
    const int lineHeight = fm.height();
    QRect line = option.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, 0);
    line.setHeight(lineHeight);
    const auto nextLine = [&] { line.translate(0, lineHeight + kLineGap); };
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = secondaryColor(pal);

    // 1. Title, bold.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        line, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(StageColumnModel::TitleRole).toString(),
                                      Qt::ElideRight, line.width()));
    nextLine();

    // 2. Client.
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(StageColumnModel::ClientRole).toString(),
                                    Qt::ElideRight, line.width()));
    nextLine();

    // 3. Amount on the left, days in the stage on the right.
    const int days = index.data(StageColumnModel::DaysInStageRole).toInt();
    const QString daysText =
        days == 0 ? tr("new in stage") : tr("%n day(s) in stage", nullptr, days);
    const int daysWidth = fm.horizontalAdvance(daysText);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, daysText);
    painter->setPen(text);
    painter->drawText(line.adjusted(0, 0, -daysWidth - kPadding, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(StageColumnModel::AmountTextRole).toString(),
                                    Qt::ElideRight, line.width() - daysWidth - kPadding));
    nextLine();

    // 4. The next task and when it is due.
    const QString task = index.data(StageColumnModel::NextTaskRole).toString();
    if (task.isEmpty()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(mix(quiet, pal.color(QPalette::Base), 0.25));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("No next step"));
    } else {
        const bool overdue = index.data(StageColumnModel::OverdueRole).toBool();
        const QString due = index.data(StageColumnModel::NextTaskDueRole).toString();
        painter->setPen(overdue ? overdueColor(pal) : quiet);
        QFont dueFont = option.font;
        dueFont.setBold(overdue);
        const int dueWidth = due.isEmpty() ? 0 : QFontMetrics(dueFont).horizontalAdvance(due);
        if (!due.isEmpty()) {
            painter->setFont(dueFont);
            painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, due);
            painter->setFont(option.font);
        }
        const int room = line.width() - dueWidth - (due.isEmpty() ? 0 : kPadding);
        painter->drawText(line.adjusted(0, 0, -(line.width() - room), 0),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(QStringLiteral("▸ ") + task, Qt::ElideRight, room));
    }
    painter->restore();
}
