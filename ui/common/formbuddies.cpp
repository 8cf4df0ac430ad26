#include "formbuddies.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>

namespace {
QWidget *firstFocusable(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *w = item->widget()) {
        if (w->focusPolicy() & Qt::TabFocus)
            return w;
        // In the order they are laid out, not the order they were made.
        if (QLayout *layout = w->layout()) {
            for (int i = 0; i < layout->count(); ++i)
                if (QWidget *found = firstFocusable(layout->itemAt(i)))
                    return found;
        }
        for (QWidget *child : w->findChildren<QWidget *>())
            if (child->focusPolicy() & Qt::TabFocus)
                return child;
        return nullptr;
    }
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            if (QWidget *w = firstFocusable(layout->itemAt(i)))
                return w;
    return nullptr;
}
} // namespace

void FormBuddies::link(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label =
            qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                       ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                       : nullptr);
        if (!label || (label->buddy() && label->buddy()->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget *field = firstFocusable(form->itemAt(row, QFormLayout::FieldRole));
        if (!field)
            continue;
        label->setBuddy(field);
        // A screen reader finds a buddy label only beside its field.
        if (field->parentWidget() != label->parentWidget() && field->accessibleName().isEmpty())
            field->setAccessibleName(label->text()
                                         .remove(QLatin1Char('&'))
                                         .remove(QRegularExpression(QStringLiteral(":\\s*$"))));
    }
}
