#include "editclientcommand.h"

#include "clientcard.h"

EditClientCommand::EditClientCommand(ClientCard *card, Client before, Client after,
                                     const QString &text, int mergeKey)
    : QUndoCommand(text), m_card(card), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void EditClientCommand::undo()
{
    m_card->applyBuffer(m_before);
}

void EditClientCommand::redo()
{
    m_card->applyBuffer(m_after);
}

bool EditClientCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditClientCommand *>(other);
    if (o->m_card != m_card)
        return false;
    m_after = o->m_after;
    return true;
}
