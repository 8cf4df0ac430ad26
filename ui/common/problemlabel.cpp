#include "problemlabel.h"

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    QPalette warn = palette();
    warn.setColor(QPalette::WindowText, QColor(0xe7, 0x4c, 0x3c));
    setPalette(warn);
    hide();
}

void ProblemLabel::showProblem(const QString &text)
{
    setText(text);
    show();
}
