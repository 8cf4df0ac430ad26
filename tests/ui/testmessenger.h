#pragma once

#include "common/messenger.h"

#include <QStringList>

// Answers instead of a person and remembers what it was told.
class TestMessenger : public Messenger
{
public:
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void info(QWidget *, const QString &, const QString &text) override { infos << text; }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        ++confirmations;
        confirmTexts << text;
        return confirmAnswer;
    }
    Answer askSave(QWidget *, const QString &, const QString &) override { return saveAnswer; }
    bool askText(QWidget *, const QString &, const QString &, QString *text) override
    {
        ++textQuestions;
        *text = textAnswer;
        return textOk;
    }

    int choose(QWidget *, const QString &, const QString &text, const QStringList &) override
    {
        choiceQuestions << text;
        return choiceAnswer;
    }

    QStringList errors;
    QStringList infos;
    int confirmations = 0;
    QStringList confirmTexts;
    bool confirmAnswer = true;
    Answer saveAnswer = Answer::Discard;
    QString textAnswer;
    bool textOk = true;
    int textQuestions = 0;
    QString saveFileName(QWidget *, const QString &, const QString &suggested,
                         const QString &) override
    {
        savePathsSuggested << suggested;
        return saveFileAnswer;
    }

    QStringList choiceQuestions;
    int choiceAnswer = -1;
    QStringList savePathsSuggested;
    QString saveFileAnswer;
};
