#pragma once

#include <QStringList>

// A template filled for one recipient; held back when `missing` names the
// placeholders that would have come out empty.
struct RenderedMessage
{
    QString subject;
    QString html; // e-mail: the HTML part; SMS: empty
    QString text; // e-mail: the plain-text part; SMS: the message
    QStringList missing;

    bool isComplete() const { return missing.isEmpty(); }
};
