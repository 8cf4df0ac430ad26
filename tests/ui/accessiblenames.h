#pragma once

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

// The fields under `root` a screen reader could not name: every visible
// button, combo box, line edit and spin box (their inner line edits aside)
// must give Qt's accessibility interface a name, as "objectName (Class)".
inline QStringList unnamedFields(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const QWidget *parent = w->parentWidget();
        const bool inner = qobject_cast<const QComboBox *>(parent) ||
                           qobject_cast<const QAbstractSpinBox *>(parent);
        const bool field = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                           (qobject_cast<QLineEdit *>(w) && !inner) ||
                           qobject_cast<QAbstractSpinBox *>(w);
        if (!field || !w->isVisibleTo(root))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << w->objectName() + QStringLiteral(" (") +
                           QLatin1String(w->metaObject()->className()) + QLatin1Char(')');
    }
    return unnamed;
}
