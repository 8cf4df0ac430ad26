#pragma once

#include "calendar/repeatrule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

// How a task repeats: never, daily, weekly on chosen days, monthly or
// yearly; every N of them; for ever, until a date or so many times.
class RepeatRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RepeatRuleEditor(QWidget *parent = nullptr);

    RepeatRule rule() const;
    void setRule(const RepeatRule &rule);

Q_SIGNALS:
    void ruleChanged();

private:
    void updateVisibility();

    QComboBox *m_frequency;
    QSpinBox *m_interval;
    QLabel *m_unit;
    QWidget *m_days;
    QList<QCheckBox *> m_dayBoxes;
    QComboBox *m_end;
    QDateEdit *m_until;
    QSpinBox *m_count;
    QLabel *m_summary;
};
