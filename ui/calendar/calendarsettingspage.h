#pragma once

#include "settings/settingspage.h"

class Database;
class ProblemLabel;
class QComboBox;
class QTimeEdit;

// Settings → Calendar and reminders: the working day the calendar shows
// unshaded and starts new events and "tomorrow morning" snoozes at, and the
// reminder a new event gets. Business settings, kept in the database.
class CalendarSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit CalendarSettingsPage(const Database &db, QWidget *parent = nullptr);

    bool apply() override;

private:
    const Database &m_db;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_reminder;
    ProblemLabel *m_problem;
};
