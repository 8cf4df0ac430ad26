#pragma once

#include <QObject>

// Every line edit's clear button (setClearButtonEnabled) gets a name a
// screen reader can say: Qt 6.4 leaves the icon-only button unnamed.
// Installed once on the application; a line edit is named when polished.
class ClearButtonNames : public QObject
{
    Q_OBJECT

public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
