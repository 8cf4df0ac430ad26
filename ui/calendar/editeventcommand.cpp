#include "editeventcommand.h"

#include "calendar/eventrepository.h"

EditEventCommand::EditEventCommand(const Database &db, Event before, Event after,
                                   const QString &text, Done done)
    : QUndoCommand(text), m_db(db), m_before(std::move(before)), m_after(std::move(after)),
      m_done(std::move(done))
{
}

void EditEventCommand::undo()
{
    write(m_before);
}

void EditEventCommand::redo()
{
    if (m_applied) {
        m_applied = false; // saved already when the command was pushed
        return;
    }
    write(m_after);
}

void EditEventCommand::write(Event event)
{
    QString error;
    EventRepository(m_db).update(event, &error);
    if (m_done)
        m_done(error);
}
