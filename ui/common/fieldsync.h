#pragma once

class QLineEdit;
class QString;

// Shows a value of the card's buffer in a field without disturbing typing:
// an unchanged text keeps the cursor, and no edit signal goes out.
class FieldSync
{
public:
    static void setText(QLineEdit *edit, const QString &text);
};
