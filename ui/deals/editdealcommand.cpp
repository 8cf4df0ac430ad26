#include "editdealcommand.h"

#include "dealform.h"

EditDealCommand::EditDealCommand(DealForm *form, Deal before, Deal after, const QString &text,
                                 int mergeKey)
    : QUndoCommand(text), m_form(form), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void EditDealCommand::undo()
{
    m_form->applyBuffer(m_before);
}

void EditDealCommand::redo()
{
    m_form->applyBuffer(m_after);
}

bool EditDealCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditDealCommand *>(other);
    if (o->m_form != m_form)
        return false;
    m_after = o->m_after;
    return true;
}
