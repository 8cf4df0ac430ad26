#pragma once

#include "deals/deal.h"

#include <QUndoCommand>

class DealForm;

// One edit of the open deal card: the whole deal before and after, as the
// client card's EditClientCommand does. Typing in one field merges.
class EditDealCommand : public QUndoCommand
{
public:
    EditDealCommand(DealForm *form, Deal before, Deal after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DealForm *m_form;
    Deal m_before;
    Deal m_after;
    int m_mergeKey;
};
