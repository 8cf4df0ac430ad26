#pragma once

#include <QCoreApplication>
#include <QDateTime>

class Cli;
class Database;

// `clientele-cli event|calendar|remind ...`: events, the calendar of a range,
// iCalendar export and import, and due reminders, over the calendar core.
class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)

public:
    explicit CalendarCommands(Cli &cli) : m_cli(cli) {}
    int runEvent();
    int runCalendar();
    int runRemind();

private:
    int eventAdd(Database &db);
    int calendarList(Database &db);
    int calendarExport(Database &db);
    int calendarImport(Database &db);
    // --from/--to: ISO 8601; a date is its local midnight, a time without a zone is local.
    bool range(QDateTime *from, QDateTime *to, bool required, int *code);
    bool openDb(Database &db, bool write, int *code);

    Cli &m_cli;
};
