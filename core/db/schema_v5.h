#pragma once

#include <QStringList>

// Tasks, assignments and the calendar: the people of the office, tasks with
// contacts, all-day dues, repeat rules and their history, calendar events
// with attendees and changed or deleted occurrences, and the reminders of
// both.
QStringList schemaV5Statements();
