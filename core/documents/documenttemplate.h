#pragma once

#include <QString>

// A mustache HTML template of a document: a built-in one from the resources
// or one saved in document_templates (which hides a built-in of its name).
struct DocumentTemplate
{
    qint64 id = 0; // 0: built-in, not saved
    QString kind = QStringLiteral("proposal");
    QString name;
    QString body;
    QString updatedAt;
    bool builtIn = false; // a built-in template of this name exists

    bool isSaved() const { return id != 0; }
    // The language the template is written in, from its first line's
    // `{{! language: en }}` comment; "ru" without one.
    QString language() const;
};
