#include "messenger.h"

#include "db/database.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

void Messenger::error(QWidget *parent, const QString &title, const QString &text)
{
    showError(parent, title,
              m_databasePath.isEmpty() ? text : Database::explainError(m_databasePath, text));
}

void Messenger::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void Messenger::info(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool Messenger::confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Messenger::Answer Messenger::askSave(QWidget *parent, const QString &title, const QString &text)
{
    const auto button = QMessageBox::question(
        parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (button == QMessageBox::Save)
        return Answer::Save;
    if (button == QMessageBox::Discard)
        return Answer::Discard;
    return Answer::Cancel;
}

bool Messenger::askText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    bool ok = false;
    *text = QInputDialog::getMultiLineText(parent, title, label, *text, &ok);
    return ok;
}

int Messenger::choose(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &choices)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString Messenger::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}
