#pragma once

#include <QWidget>

// One page of the Settings dialog. It shows what is saved when made; apply()
// writes what the person changed. A value refused stays on the page with the
// reason said, and apply() returns false, so the dialog stays open on it.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual bool apply() = 0;
};
