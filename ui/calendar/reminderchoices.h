#pragma once

#include <QCoreApplication>

class QComboBox;

// The reminders offered for an event, as minutes before its start: the event
// card and the default in Settings offer the same ones.
class ReminderChoices
{
    Q_DECLARE_TR_FUNCTIONS(ReminderChoices)

public:
    static constexpr int kNone = -1;
    // Fills `box`: none, at the start, 5, 15, 30 minutes, an hour, a day before.
    static void fill(QComboBox *box);
    // Selects `minutes`, adding it when it is not among the choices (an
    // offset made on the command line); kNone selects "none".
    static void select(QComboBox *box, int minutes);
};
