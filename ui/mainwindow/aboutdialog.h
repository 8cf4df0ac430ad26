#pragma once

#include <QDialog>

// Help → About: the version, the licence and the libraries Clientele is
// built on, with the version each runs at.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
