#pragma once

#include "documenttemplate.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Database;

// Templates of documents: the built-in ones (resources/templates, compiled
// into the core) and those saved in the database. Saving a template under a
// built-in's name overrides it; removing that saved one restores the built-in.
class DocumentTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplateRepository)

public:
    static inline const QString kProposal = QStringLiteral("proposal");

    explicit DocumentTemplateRepository(const Database &db) : m_db(db) {}

    // Built-ins first (each as saved when overridden), then the saved ones by name.
    QList<DocumentTemplate> list(const QString &kind = kProposal) const;
    std::optional<DocumentTemplate> find(const QString &name,
                                         const QString &kind = kProposal) const;
    // The built-in template in `language` ("ru", else English), as saved
    // when overridden.
    DocumentTemplate defaultFor(const QString &language, const QString &kind = kProposal) const;
    // Inserts or replaces the template of that kind and name; refused when
    // the name is empty or the body is not valid mustache.
    bool save(DocumentTemplate &documentTemplate, QString *error = nullptr);
    // Removes the saved template; a built-in of the name comes back.
    bool remove(const QString &name, const QString &kind = kProposal, QString *error = nullptr);

    static QList<DocumentTemplate> builtIns(const QString &kind = kProposal);
    static std::optional<DocumentTemplate> builtIn(const QString &name,
                                                   const QString &kind = kProposal);
    // Empty when the body parses; else the parser's message.
    static QString syntaxError(const QString &body);

private:
    QList<DocumentTemplate> saved(const QString &kind, const QString &name = {}) const;

    const Database &m_db;
};
