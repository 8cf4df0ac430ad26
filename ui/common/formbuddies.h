#pragma once

class QFormLayout;

// A form row whose field is several widgets (an edit with its Browse…
// button, an edit with its check under it) has no buddy of its own: its
// label gets the first widget in it that takes focus, so that the label's
// Alt+letter reaches it and a screen reader names it by the label (its
// accessible name, when it sits inside a widget of its own).
class FormBuddies
{
public:
    static void link(QFormLayout *form);
};
