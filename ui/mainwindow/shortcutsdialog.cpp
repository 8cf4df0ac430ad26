#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString plain(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

// The actions of `menu` and its submenus that have shortcuts, under `parent`.
void listShortcuts(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            listShortcuts(parent, a->menu());
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        keys.removeDuplicates(); // a standard key and the same one spelled out
        if (!keys.isEmpty())
            new QTreeWidgetItem(parent, {plain(a->text()), keys.join(QStringLiteral(", "))});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus,
                                 const QList<std::pair<QString, QList<KeyHelp>>> &sections,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tab and Shift+Tab move between fields; Alt with the "
                                    "underlined letter opens a menu or presses a button.")));
    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    for (const QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(list, {plain(top->text())});
        listShortcuts(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    for (const auto &[area, keys] : sections) {
        auto *group = new QTreeWidgetItem(list, {area});
        for (const KeyHelp &k : keys)
            new QTreeWidgetItem(group, {k.what, k.keys});
    }
    list->expandAll();
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}
