#pragma once

#include <QString>

// A key a section answers without a menu action, for the Keyboard shortcuts
// window: the keys as the user presses them and what they do.
struct KeyHelp
{
    QString keys;
    QString what;
};
