#pragma once

#include <QList>
#include <QString>
#include <kainjow/mustache.hpp>
#include <string>

// The variables of a mustache template that would print nothing for a given
// data tree. It walks the parsed template as rendering would (sections over
// lists and values, inverted sections when empty): kainjow's parser and
// context are public in its header, but the renderer tells nobody what it
// skipped. Proposals and mail templates refuse to come out with a hole.
class EmptyFieldFinder
{
public:
    struct Field
    {
        QString key;  // "client.inn", or "name" inside a list
        QString list; // the list section it is in ("items"), or empty
        int line = 0; // 1-based element of that list
    };

    // false with the parser's message when the template does not parse.
    static bool parse(const std::string &body, kainjow::mustache::component<std::string> *tree,
                      QString *error);
    // In the order they appear, each once (per list element).
    static QList<Field> find(const kainjow::mustache::component<std::string> &tree,
                             const kainjow::mustache::data &root);
    static bool isEmpty(const kainjow::mustache::data *value);
    // The first {{{x}}} or {{&x}}, which would put data into HTML unescaped:
    // refused in HTML templates, so that a client named <b>…</b> reads as typed.
    static QString unescapedVariable(const kainjow::mustache::component<std::string> &tree);
};
