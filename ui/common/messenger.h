#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one way the UI tells the user about errors and asks for confirmation,
// so that tests can answer instead of a person.
class Messenger
{
public:
    enum class Answer
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Messenger() = default;
    virtual void error(QWidget *parent, const QString &title, const QString &text);
    virtual void info(QWidget *parent, const QString &title, const QString &text);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptText);
    virtual Answer askSave(QWidget *parent, const QString &title, const QString &text);
    // A line of text from the person (a comment); false when they cancel.
    virtual bool askText(QWidget *parent, const QString &title, const QString &label,
                         QString *text);
    // One of several answers (buttons in this order); -1 when they cancel.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices);
};
