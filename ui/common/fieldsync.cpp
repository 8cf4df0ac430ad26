#include "fieldsync.h"

#include <QLineEdit>
#include <QSignalBlocker>

void FieldSync::setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker block(edit);
    edit->setText(text);
}
