#pragma once

#include <QLabel>

// Why a value was refused, in red under its form; hidden while there is no
// reason. The red reads on the light and the dark palette alike.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void showProblem(const QString &text);
};
