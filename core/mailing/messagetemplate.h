#pragma once

#include <QString>

// An e-mail or SMS template in mustache: a built-in one (resources) or one
// saved in message_templates, which hides a built-in of its channel and name.
struct MessageTemplate
{
    qint64 id = 0;                             // 0: built-in, not saved
    QString channel = QStringLiteral("email"); // email or sms
    QString name;
    QString language; // of a built-in: "ru" or "en"; empty for the user's own
    QString subject;  // e-mail only
    QString body;     // e-mail: HTML; SMS: the text
    QString textBody; // e-mail: the plain-text alternative; empty: made from the HTML
    QString updatedAt;
    bool builtIn = false; // a built-in template of this channel and name exists

    bool isSaved() const { return id != 0; }
    bool isEmail() const { return channel == QLatin1String("email"); }
};
