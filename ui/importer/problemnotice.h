#pragma once

#include <QFrame>

class QLabel;

// A warning line with an icon that shows only while it has something to say.
class ProblemNotice : public QFrame
{
    Q_OBJECT

public:
    // `labelName`: the objectName of the text label, for tests.
    ProblemNotice(const QString &labelName, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
