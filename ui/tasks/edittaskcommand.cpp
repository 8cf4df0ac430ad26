#include "edittaskcommand.h"

#include "taskeditor.h"

EditTaskCommand::EditTaskCommand(TaskEditor *editor, Task before, Task after, const QString &text,
                                 int mergeKey)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void EditTaskCommand::undo()
{
    m_editor->applyBuffer(m_before);
}

void EditTaskCommand::redo()
{
    m_editor->applyBuffer(m_after);
}

bool EditTaskCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditTaskCommand *>(other);
    if (o->m_editor != m_editor)
        return false;
    m_after = o->m_after;
    return true;
}
