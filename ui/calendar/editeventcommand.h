#pragma once

#include "calendar/event.h"

#include <QUndoCommand>
#include <functional>

class Database;

// One change of an event saved in the database (moved, resized, edited):
// the whole event before and after, written back on undo and redo. The
// change is made before the command is pushed, so the first redo does nothing.
class EditEventCommand : public QUndoCommand
{
public:
    using Done = std::function<void(const QString &error)>; // empty error: saved
    EditEventCommand(const Database &db, Event before, Event after, const QString &text, Done done);

    void undo() override;
    void redo() override;

private:
    void write(Event event);

    const Database &m_db;
    Event m_before;
    Event m_after;
    Done m_done;
    bool m_applied = true;
};
