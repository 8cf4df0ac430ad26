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
    // An SQLite error meaning the database cannot be written (full disk,
    // read-only or vanished file) is told in words, naming the file.
    void error(QWidget *parent, const QString &title, const QString &text);
    // The database the errors are about; set by whoever opens it.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
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
    // A file to write, chosen by the person (who confirmed replacing one
    // that exists); empty when they cancel.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter);

protected:
    virtual void showError(QWidget *parent, const QString &title, const QString &text);

private:
    QString m_databasePath;
};
