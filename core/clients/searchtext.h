#pragma once

#include <QString>
#include <QStringList>

// The one folding used for search and for the name sort key: lower case,
// ё→е and й→и (FTS5's unicode61 folds neither), spaces collapsed.
class SearchText
{
public:
    static QString fold(const QString &text);
    // Words of a query, folded; digits-only words keep only their digits.
    static QStringList words(const QString &query);
};
