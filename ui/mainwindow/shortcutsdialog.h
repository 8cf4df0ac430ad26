#pragma once

#include "common/keyhelp.h"

#include <QDialog>
#include <QList>
#include <utility>

class QMenuBar;

// Help → Keyboard shortcuts (F1): every menu action that has a shortcut,
// read from the menus themselves so the list cannot drift from them, and
// the keys sections answer on their own.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus,
                    const QList<std::pair<QString, QList<KeyHelp>>> &sections,
                    QWidget *parent = nullptr);
};
