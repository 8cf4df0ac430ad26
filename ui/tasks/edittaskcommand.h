#pragma once

#include "tasks/task.h"

#include <QUndoCommand>

class TaskEditor;

// One edit of the open task: the whole task before and after, as the deal
// card's EditDealCommand does. Typing in one field merges.
class EditTaskCommand : public QUndoCommand
{
public:
    EditTaskCommand(TaskEditor *editor, Task before, Task after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TaskEditor *m_editor;
    Task m_before;
    Task m_after;
    int m_mergeKey;
};
