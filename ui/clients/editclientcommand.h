#pragma once

#include "clients/client.h"

#include <QUndoCommand>

class ClientCard;

// One edit of the open card: the whole client before and after, so every form
// field, list and table of the card undoes the same way. Typing in one field
// merges into one command.
class EditClientCommand : public QUndoCommand
{
public:
    EditClientCommand(ClientCard *card, Client before, Client after, const QString &text,
                      int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ClientCard *m_card;
    Client m_before;
    Client m_after;
    int m_mergeKey;
};
